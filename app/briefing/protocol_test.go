package briefing

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/i18n"
	"lodesk/data"
)

var protocolKey = regexp.MustCompile(`\b(accreditation|movement|movement_kind|car_role|contact_role)\.[a-z_]+`)

// TestProtocolPrints: a pack shows the delegation's focal points on its
// contacts page, the badges on its cover and after the roster, and the
// convoy of each movement in the itinerary; the movement sheet names the
// double-booked car; the accreditation manifest lists who has no badge.
func TestProtocolPrints(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, false)
	jp, err := s.DelegationByCode(ctx, "JP")
	if err != nil {
		t.Fatal(err)
	}
	var noBadge string
	ps, _ := s.FindPeople(ctx, data.PersonFilter{})
	for _, p := range ps {
		if p.BadgeNo == "" {
			if d, _ := data.Get[data.Delegation](ctx, s, p.DelegationID); d != nil && d.Status != data.StatusCancelled {
				noBadge = p.FullName
				break
			}
		}
	}
	want := map[string]map[string][]string{
		i18n.English: {
			"pack":          {"Focal points of the delegation", "Embassy of Japan in Jakarta", "Badges and passes", "Your badge: LO-", "Convoy:", "VIP car", "Patwal lead"},
			"movements":     {"Movement sheet", "B 1945 RFR is in two movements at once", "VIP car", "Who rides where"},
			"accreditation": {"who still has no badge", "still without a badge or pass", noBadge, "LOs lacking an access zone"},
		},
		i18n.Indonesian: {
			"pack":          {"Narahubung delegasi", "Badge dan stiker", "Badge Anda: LO-", "Konvoi:", "Mobil VIP"},
			"movements":     {"Lembar pergerakan", "dipakai di dua pergerakan sekaligus", "Patwal depan"},
			"accreditation": {"belum memiliki badge", noBadge, "Pengamanan"}, // a role whole, not broken in its column
		},
	}
	for lang, kinds := range want {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			rs, err := Generate(ctx, s, Selection{DelegationIDs: []string{jp.ID}, Manifests: []string{"movements", "accreditation"}},
				Options{Dir: dir, Now: fixedNow, NoLog: true, Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, r := range rs {
				flat := strings.Join(strings.Fields(pdftotext(t, r.Path)), " ")
				kind := r.Kind
				seen[kind] = true
				for _, w := range kinds[kind] {
					if !strings.Contains(strings.ToLower(flat), strings.ToLower(w)) { // headings print in capitals
						t.Errorf("%s: no %q", filepath.Base(r.Path), w)
					}
				}
				if m := protocolKey.FindString(flat); m != "" {
					t.Errorf("%s: untranslated key %q", filepath.Base(r.Path), m)
				}
			}
			for kind := range kinds {
				if !seen[kind] {
					t.Errorf("no %s printed: %v", kind, rs)
				}
			}
		})
	}
}
