package briefing

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/i18n"
	"lodesk/data"
)

// TestRosterRolesWhole prints, in both languages, the pack of a
// delegation with a member of every role: each role's short label stands
// whole in the members table, never broken inside the word (at 20 mm,
// Indonesian "Pendamping" printed as "Pendampin" over "g").
func TestRosterRolesWhole(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, true)
	d, err := s.DelegationByCode(ctx, "JP")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range data.PersonRoles {
		if err := s.Insert(ctx, &data.Person{DelegationID: d.ID, Role: r, FullName: "Role Test " + r}); err != nil {
			t.Fatal(err)
		}
	}
	as, err := s.FindAssignments(ctx, data.AssignmentFilter{DelegationID: d.ID})
	if err != nil || len(as) == 0 {
		t.Fatal("no assignment", err)
	}
	for _, lang := range []string{i18n.Indonesian, i18n.English} {
		t.Run(lang, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "pack.pdf")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := WritePack(ctx, s, as[0].ID, f, Options{Now: fixedNow, NoLog: true, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			lines := map[string]bool{}
			text := pdftotext(t, path)
			for l := range strings.Lines(text) {
				lines[strings.TrimSpace(l)] = true
			}
			tr, err := i18n.For(nil, lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range data.PersonRoles {
				label := tr.Label("role_short", r)
				if !lines[label] {
					t.Errorf("%q (%s) is not whole on a line of its own in the %s pack", label, r, lang)
				}
				for k := 1; k < len(label); k++ {
					if broken := label[:k] + "\n" + label[k:] + "\n"; strings.Contains(text, broken) {
						t.Errorf("%q breaks inside the word: %q", label, broken)
					}
				}
			}
		})
	}
}
