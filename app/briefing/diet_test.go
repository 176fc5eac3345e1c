package briefing

import (
	"context"
	"strings"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/record"
	"lodesk/data"
)

// TestDefaultDietIsNoAlert: at an event in Indonesia a halal diet is the
// catering's default, so the pack's alerts do not list it; any other diet
// they do.
func TestDefaultDietIsNoAlert(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, true)
	d, err := s.DelegationByCode(ctx, "JP")
	if err != nil {
		t.Fatal(err)
	}
	people, _ := s.FindPeople(ctx, data.PersonFilter{DelegationID: d.ID})
	if len(people) < 2 {
		t.Fatal("JP has fewer than two people")
	}
	for i, diet := range []string{" Halal ", "vegetarian, no pork"} {
		p := people[i]
		p.Dietary = diet
		if err := record.Save(ctx, s, &p); err != nil {
			t.Fatal(err)
		}
	}
	rs, err := Generate(ctx, s, Selection{DelegationIDs: []string{d.ID}}, Options{Dir: t.TempDir(), Now: fixedNow, NoLog: true, Lang: "en"})
	if err != nil || len(rs) == 0 {
		t.Fatalf("%v %v", rs, err)
	}
	text := strings.ToLower(strings.Join(strings.Fields(pdftotext(t, rs[0].Path)), " "))
	if strings.Contains(text, "diet: halal") {
		t.Error("the default halal diet is listed as an alert")
	}
	if !strings.Contains(text, "diet: vegetarian, no pork") {
		t.Error("a vegetarian diet is not listed")
	}
}
