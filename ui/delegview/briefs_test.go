package delegview

import (
	"context"
	"errors"
	"strings"
	"testing"

	"lodesk/app/brief"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

// TestBriefEditorWarnsWhenChangedUnderneath: a country brief changed
// through app/ (as a sync would) while its editor is open is not
// overwritten by Save: the editor warns. Once another country is chosen
// in the editor (with a brief or none yet), it is that country's brief
// that counts.
func TestBriefEditorWarnsWhenChangedUnderneath(t *testing.T) {
	for _, to := range []string{"", "JP", "AQ"} { // AQ has no brief yet
		t.Run("then "+to, func(t *testing.T) {
			f := newFixture(t)
			ctx := context.Background()
			fr := storedBrief(t, f.st, "FR")
			storedBrief(t, f.st, "JP")
			f.s.editBrief("FR")
			f.env.Wait()
			if to != "" {
				kittest.Field[*kit.Select](t, f.win, "Country").SetSelectedIndex(countryIndex(t, f, to))
				f.env.Wait()
			}
			kittest.Input(t, f.win, "Relations with the host").SetText("Mine")
			fr.Relations = "Theirs"
			if err := brief.Save(ctx, f.st, fr); err != nil {
				t.Fatal(err)
			}
			f.tap(f.button(f.top(), "Save"))
			warned := strings.Contains(kittest.OverlayText(f.win), "This record changed underneath you")
			if warned != (to == "") {
				t.Fatalf("warning shown %v, want %v:\n%s", warned, to == "", kittest.OverlayText(f.win))
			}
			if got, _ := f.st.CountryBriefFor(ctx, "FR"); got.Relations != "Theirs" {
				t.Errorf("France's brief saved over the change: %q", got.Relations)
			}
			if to != "" {
				if got, err := f.st.CountryBriefFor(ctx, to); err != nil || got.Relations != "Mine" {
					t.Errorf("%s's brief not saved: %+v, %v", to, got, err)
				}
			}
		})
	}
}

// storedBrief is the brief of country, written if there is none.
func storedBrief(t *testing.T, st *data.Store, country string) *data.CountryBrief {
	t.Helper()
	ctx := context.Background()
	b, err := st.CountryBriefFor(ctx, country)
	if errors.Is(err, data.ErrNotFound) {
		b = &data.CountryBrief{Country: country, Relations: "Relations of " + country}
		err = brief.Save(ctx, st, b)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// countryIndex is the place of a country in the open brief editor's
// picker.
func countryIndex(t *testing.T, f *fixture, code string) int {
	t.Helper()
	sel := kittest.Field[*kit.Select](t, f.win, "Country")
	for i, o := range sel.Options {
		if strings.HasSuffix(o, "("+code+")") {
			return i
		}
	}
	t.Fatalf("no %s in the picker", code)
	return -1
}
