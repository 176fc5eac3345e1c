package noteverbale

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"lodesk/app/field"
	"lodesk/data"
)

func TestCheck(t *testing.T) {
	ok := data.NoteVerbale{DelegationID: "d", Reference: "NV-1", Date: "2026-11-01"}
	with := func(f func(*data.NoteVerbale)) data.NoteVerbale { n := ok; f(&n); return n }
	tests := []struct {
		name  string
		n     data.NoteVerbale
		field string
		want  error
	}{
		{"no delegation", with(func(n *data.NoteVerbale) { n.DelegationID = "" }), "delegation", field.ErrNoDelegation},
		{"no reference", with(func(n *data.NoteVerbale) { n.Reference = " " }), "reference", field.ErrRequired},
		{"bad date", with(func(n *data.NoteVerbale) { n.Date = "1 Nov" }), "date", field.ErrBadDate},
		{"bad direction", with(func(n *data.NoteVerbale) { n.Direction = "up" }), "direction", field.ErrBadValue},
		{"bad status", with(func(n *data.NoteVerbale) { n.Status = "lost" }), "status", field.ErrBadValue},
		{"bad due", with(func(n *data.NoteVerbale) { n.FollowUpDue = "soon" }), "follow_up_due", field.ErrBadDate},
		{"due before", with(func(n *data.NoteVerbale) { n.FollowUpDue = "2026-10-30" }), "follow_up_due", ErrDueBefore},
		{"good", ok, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Check(&tc.n)
			var fe *field.Error
			switch {
			case tc.field == "" && (err != nil || tc.n.Direction != data.NoteOutgoing || tc.n.Status != data.NoteDraft):
				t.Fatalf("%v %+v", err, tc.n)
			case tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field || !errors.Is(err, tc.want)):
				t.Errorf("error %v, want %s: %v", err, tc.field, tc.want)
			}
		})
	}
}

func TestOverdue(t *testing.T) {
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := &data.Delegation{Code: "JP", Name: "Japan"}
	if err := s.Insert(ctx, d); err != nil {
		t.Fatal(err)
	}
	notes := []*data.NoteVerbale{
		{DelegationID: d.ID, Reference: "A", Date: "2026-11-01", Status: data.NoteSent, FollowUpDue: "2026-11-05"},
		{DelegationID: d.ID, Reference: "B", Date: "2026-11-01", Status: data.NoteAnswered, FollowUpDue: "2026-11-05"},
		{DelegationID: d.ID, Reference: "C", Date: "2026-11-01", Status: data.NoteSent, FollowUpDue: "2026-11-10"},
		{DelegationID: d.ID, Reference: "D", Date: "2026-11-01", Status: data.NoteSent},
	}
	for _, n := range notes {
		if err := Save(ctx, s, n); err != nil {
			t.Fatal(err)
		}
	}
	if err := Save(ctx, s, &data.NoteVerbale{DelegationID: d.ID, Reference: "a", Date: "2026-11-02"}); !errors.Is(err, ErrReferenceUsed) {
		t.Errorf("second note A: %v", err)
	}
	got, err := OverdueOn(ctx, s, time.Date(2026, 11, 8, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Note.Reference != "A" || got[0].DaysLate != 3 || got[0].Delegation != "JP Japan" {
		t.Fatalf("overdue %+v", got)
	}
	notes[0].Status = data.NoteClosed
	if err := Save(ctx, s, notes[0]); err != nil {
		t.Fatal(err)
	}
	if got, _ = OverdueOn(ctx, s, time.Date(2026, 11, 8, 0, 0, 0, 0, time.UTC)); len(got) != 0 {
		t.Errorf("closed note still overdue: %+v", got)
	}
}
