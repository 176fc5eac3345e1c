package demo

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/nyaruka/phonenumbers"

	"lodesk/data"
)

// passport draws a passport number; heads and deputies travel on
// diplomatic passports.
func (g *gen) passport(role string) string {
	prefix := string(rune('A'+g.r.IntN(26))) + string(rune('A'+g.r.IntN(26)))
	if role == data.RoleHOD || role == data.RoleDeputy {
		prefix = "D"
	}
	return fmt.Sprintf("%s%07d", prefix, g.r.IntN(10_000_000))
}

// phone draws a valid E.164 mobile number of the country: libphonenumber's
// example number with its last digits drawn at random.
func (g *gen) phone(c *country) string {
	ex, ok := g.phones[c.Code]
	if !ok {
		ex = phonenumbers.GetExampleNumberForType(c.Code, phonenumbers.MOBILE)
		if ex == nil {
			ex = phonenumbers.GetExampleNumber(c.Code)
		}
		g.phones[c.Code] = ex
	}
	if ex == nil {
		return ""
	}
	nsn := phonenumbers.GetNationalSignificantNumber(ex)
	for k := min(6, len(nsn)-3); k > 0; k-- {
		for range 4 {
			n := nsn[:len(nsn)-k]
			for range k {
				n += strconv.Itoa(g.r.IntN(10))
			}
			v, _ := strconv.ParseUint(n, 10, 64)
			num := &phonenumbers.PhoneNumber{CountryCode: ex.CountryCode, NationalNumber: &v}
			if phonenumbers.IsValidNumberForRegion(num, c.Code) {
				return phonenumbers.Format(num, phonenumbers.E164)
			}
		}
	}
	return phonenumbers.Format(ex, phonenumbers.E164)
}

// emailLocal turns a Latin name into an e-mail local part: "Nguyễn Văn
// An" gives "nguyen.van.an".
func emailLocal(fullName string) string {
	var b strings.Builder
	dot := false
	for _, r := range data.Fold(fullName) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dot = false
		case r == 'đ':
			b.WriteRune('d')
		case b.Len() > 0 && !dot:
			b.WriteByte('.')
			dot = true
		}
	}
	return strings.Trim(b.String(), ".")
}

func (g *gen) personLanguages(dl *deleg, nat *country) data.Codes {
	first := nat.Languages[0]
	if dl.c == nil && g.chance(0.5) {
		first = dl.d.Languages[0]
	}
	if first == "en" || g.chance(0.25) {
		return data.Codes{first}
	}
	langs := data.Codes{first, "en"}
	if len(nat.Languages) > 2 && nat.Languages[1] != "en" && g.chance(0.4) {
		langs = append(langs, nat.Languages[1])
	}
	return langs
}

var (
	halalPools = map[string]bool{"ar": true, "fa": true, "pk": true, "ms": true, "tr": true, "casia": true}
	allergens  = []string{"peanut", "tree nuts", "shellfish", "fish", "egg", "milk", "gluten", "soy", "sesame", "penicillin", "latex", "bee stings"}
	medical    = []string{
		"Type 2 diabetes; carries insulin, needs regular meals.",
		"Hypertension, on daily medication.",
		"Cardiac pacemaker: hand search instead of walk-through metal detectors.",
		"Severe asthma; carries an inhaler. Avoid smoke and incense.",
		"Recovering from knee surgery; cannot climb stairs.",
		"Epilepsy, well controlled; avoid strobe lighting.",
		"Pregnant (second trimester); needs rest breaks and a cool room.",
		"Coeliac disease: strictly gluten-free.",
		"Rare blood type (AB negative): hospital informed in advance.",
		"Chronic kidney disease; limited salt and fluids.",
	}
	mobility = []string{
		"Wheelchair user: step-free access and an accessible vehicle.",
		"Walks with a cane; avoid long standing and long walks.",
		"Limited stamina: golf cart between venues.",
		"Visually impaired; guide at every transfer.",
	}
	hodNotes = []string{
		"Punctual; dislikes waiting: give ten-minute warnings.",
		"Short-tempered when tired; keep buffers in the schedule.",
		"Prefers to be addressed as \"Minister\".",
		"Does not shake hands with the opposite sex; greet with a hand on the heart.",
		"Prefers tea, never coffee; green tea in the car.",
		"Smoker: arrange a discreet smoking area at each venue.",
		"Wants briefings in writing, the evening before.",
		"Reserved; avoid small talk in public.",
		"Enjoys local culture; suggest a short batik shop visit if time allows.",
		"Changes plans at short notice; keep the vehicle on standby.",
		"Sensitive to cold: keep the car and meeting rooms above 24 °C.",
		"Likes to walk between nearby venues; keep security informed.",
	}
	otherNotes = []string{
		"First visit to Indonesia.",
		"Speaks some Bahasa Indonesia.",
		"Travelling with a child (aged 9); needs a sitter for the gala.",
		"Prefers a window seat and a quiet room away from the lift.",
		"Photographer: needs access to the photo riser.",
		"Handles the HOD's schedule: confirm every change with them.",
	}
)

// care fills diets, allergies, medical notes, mobility and handling notes.
func (g *gen) care(p *data.Person, nat *country) {
	switch {
	case halalPools[nat.Pool] || (nat.Pool == "id" && g.chance(0.85)):
		p.Dietary = "halal"
	case nat.Pool == "he" && g.chance(0.6):
		p.Dietary = "kosher"
	case nat.Pool == "hi" && g.chance(0.45):
		p.Dietary = "vegetarian"
	default:
		p.Dietary = g.weighted(wv{"", 80}, wv{"vegetarian", 7}, wv{"vegan", 3}, wv{"gluten-free", 3},
			wv{"pescatarian", 3}, wv{"no pork", 2}, wv{"no beef", 2})
	}
	if g.chance(0.09) {
		n := 1 + g.r.IntN(2)
		for range n {
			a := data.Allergy{Substance: pick(g.r, allergens), Severity: g.weighted(
				wv{data.SeverityMild, 5}, wv{data.SeverityModerate, 3}, wv{data.SeveritySevere, 2})}
			if len(p.Allergies) == 0 || p.Allergies[0].Substance != a.Substance {
				p.Allergies = append(p.Allergies, a)
			}
		}
		if m, _ := p.Allergies.Most(); m.Severity == data.SeveritySevere {
			p.Medical = "Anaphylaxis risk (" + m.Substance + "): carries an adrenaline auto-injector."
		}
	}
	if p.Role != data.RoleSecurity && p.Medical == "" && g.chance(0.035) {
		p.Medical = pick(g.r, medical)
	}
	if p.Role != data.RoleSecurity && g.chance(0.03) {
		p.Mobility = pick(g.r, mobility)
	}
	switch {
	case p.Role == data.RoleHOD:
		p.HandlingNotes = pick(g.r, hodNotes)
		if g.chance(0.4) {
			if more := pick(g.r, hodNotes); more != p.HandlingNotes {
				p.HandlingNotes += " " + more
			}
		}
	case g.chance(0.08):
		p.HandlingNotes = pick(g.r, otherNotes)
	}
}
