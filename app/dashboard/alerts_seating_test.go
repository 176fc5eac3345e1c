package dashboard

import (
	"context"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/programme"
	"lodesk/app/seating"
	"lodesk/data"
)

// TestSeatingAlertsOnDemo: the demo's delegation without relations shows
// with its guidance; a blank precedence and a newcomer in a locked
// session show once they exist.
func TestSeatingAlertsOnDemo(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	a, err := LoadAlerts(ctx, s, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Precedence) != 0 || len(a.SeatsToReview) != 0 {
		t.Errorf("the demo has precedence problems %v or seats to review %v", a.Precedence, a.SeatsToReview)
	}
	var il *RelationsAlert
	for i := range a.NoRelations {
		if a.NoRelations[i].Delegation.Code == "IL" {
			il = &a.NoRelations[i]
		}
	}
	if il == nil || il.Guidance == "" {
		t.Fatalf("no relations: %+v", a.NoRelations)
	}

	// Lock the group photo, add a head without precedence: both show.
	items, _ := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	var photo *data.ProgrammeItem
	for i := range items {
		if items[i].Photo {
			photo = &items[i]
		}
	}
	if err := programme.LockSeating(ctx, s, photo.ID, true); err != nil {
		t.Fatal(err)
	}
	d := &data.Delegation{Code: "AR", Name: "Argentina", Kind: data.KindCountry, Country: "AR", Status: data.StatusConfirmed}
	if err := s.Insert(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := s.Insert(ctx, &data.Person{DelegationID: d.ID, Role: data.RoleHOD, FullName: "Santiago Cafiero"}); err != nil {
		t.Fatal(err)
	}
	if _, err := seating.RegenerateAll(ctx, s); err != nil {
		t.Fatal(err)
	}
	if a, err = LoadAlerts(ctx, s, now); err != nil {
		t.Fatal(err)
	}
	if len(a.Precedence) != 1 || a.Precedence[0].Delegation.Code != "AR" || a.Precedence[0].Duplicate {
		t.Errorf("precedence problems %+v", a.Precedence)
	}
	review := 0
	for _, r := range a.SeatsToReview {
		if r.Person == "Santiago Cafiero" && r.ItemID == photo.ID {
			review++
		}
	}
	if review != 1 {
		t.Errorf("seats to review %+v", a.SeatsToReview)
	}
}
