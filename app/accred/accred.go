// Package accred owns accreditation: the event's access zones, the badges
// of people and LOs (number, category, zones), the car passes of vehicles,
// and the rule the SOP sets for an LO: the same access as the delegation
// they escort (an LO lacking a zone their delegation's head has). The
// window and the importer both save badges and passes through it.
package accred

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"lodesk/app/field"
	"lodesk/data"
)

// Errors of zones and badges; the window translates them by errors.Is.
var (
	ErrBadZoneCode = errors.New("not a zone code (letters, digits, - or _)")
	ErrUnknownZone = errors.New("not one of the event's access zones (Event details)")
	ErrBadgeTaken  = errors.New("another badge or car pass has this number")
)

// DemoZones are the access zones a demo event (and a new event's
// suggestion) has.
var DemoZones = data.Codes{"apron", "vip", "plenary", "bilateral", "media"}

// ZoneList tidies an event's zone list: trimmed, lower-case codes, each
// once, in the order given. A code with other characters than letters,
// digits, - and _ is refused, the bad code in the error's Other.
func ZoneList(in data.Codes) (data.Codes, error) {
	out := make(data.Codes, 0, len(in))
	for _, z := range in {
		z = strings.ToLower(strings.TrimSpace(z))
		if z == "" || slices.Contains(out, z) {
			continue
		}
		if !isCode(z) {
			return nil, &field.Error{Field: "zones", Err: ErrBadZoneCode, Other: z}
		}
		out = append(out, z)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

func isCode(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
			return false
		}
	}
	return s != ""
}

// Zones tidies a badge's or pass's zones against the event's list: each
// must be on it (any case); they come back once each, in the list's order.
func Zones(in, event data.Codes) (data.Codes, error) {
	want := map[string]bool{}
	for _, z := range in {
		z = strings.ToLower(strings.TrimSpace(z))
		if z == "" {
			continue
		}
		if !slices.Contains(event, z) {
			return nil, &field.Error{Field: "zones", Err: fmt.Errorf("%w: %q (%s)", ErrUnknownZone, z, strings.Join(event, ", "))}
		}
		want[z] = true
	}
	var out data.Codes
	for _, z := range event {
		if want[z] {
			out = append(out, z)
		}
	}
	return out, nil
}

// Missing lists the zones the head has and the LO lacks, in the head's
// order.
func Missing(lo, head *data.Badge) []string {
	var out []string
	for _, z := range head.Zones {
		if !lo.HasZone(z) {
			out = append(out, z)
		}
	}
	return out
}

// Registry checks badges and car passes against the event file: the
// event's zones and the numbers already given, so that no two badges or
// passes share a number. Load it once for a form or a whole import.
type Registry struct {
	zones data.Codes
	owner map[string]string // folded number -> the person, LO or vehicle id
	held  map[string]string // id -> its folded number
}

// Load reads the event's zones and every badge and pass number.
func Load(ctx context.Context, s *data.Store) (*Registry, error) {
	r := &Registry{owner: map[string]string{}, held: map[string]string{}}
	ev, err := s.Event(ctx)
	switch {
	case err == nil:
		r.zones = ev.Zones
	case !errors.Is(err, data.ErrNotFound):
		return nil, fmt.Errorf("accreditation: %w", err)
	}
	ps, err := s.FindPeople(ctx, data.PersonFilter{})
	if err != nil {
		return nil, fmt.Errorf("accreditation: %w", err)
	}
	for i := range ps {
		r.claim(ps[i].BadgeNo, ps[i].ID)
	}
	los, err := data.All[data.LO](ctx, s)
	if err != nil {
		return nil, fmt.Errorf("accreditation: %w", err)
	}
	for i := range los {
		r.claim(los[i].BadgeNo, los[i].ID)
	}
	vs, err := data.All[data.Vehicle](ctx, s)
	if err != nil {
		return nil, fmt.Errorf("accreditation: %w", err)
	}
	for i := range vs {
		r.claim(vs[i].CarPass, vs[i].ID)
	}
	return r, nil
}

// EventZones is the event's list of zones.
func (r *Registry) EventZones() data.Codes { return r.zones }

// numberKey compares badge numbers with case, spaces and dashes ignored.
func numberKey(n string) string {
	return strings.ToUpper(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' {
			return -1
		}
		return r
	}, n))
}

func (r *Registry) claim(number, id string) {
	if k := numberKey(number); k != "" {
		if _, taken := r.owner[k]; !taken {
			r.owner[k], r.held[id] = id, k
		}
	}
}

// Badge tidies and checks the badge of the person or LO id (trimmed number
// and category, zones of the event's list) and, when it is sound, records
// its number as id's, so that a later badge with it is refused.
func (r *Registry) Badge(id string, b *data.Badge) error {
	b.BadgeNo = strings.TrimSpace(b.BadgeNo)
	b.BadgeCategory = strings.TrimSpace(b.BadgeCategory)
	if err := r.number("badge_no", id, b.BadgeNo); err != nil {
		return err
	}
	zs, err := Zones(b.Zones, r.zones)
	if err != nil {
		return err
	}
	b.Zones = zs
	r.take(id, b.BadgeNo)
	return nil
}

// Pass is Badge for a vehicle's car pass.
func (r *Registry) Pass(v *data.Vehicle) error {
	v.CarPass = strings.TrimSpace(v.CarPass)
	if err := r.number("car_pass", v.ID, v.CarPass); err != nil {
		return err
	}
	zs, err := Zones(v.Zones, r.zones)
	if err != nil {
		return err
	}
	v.Zones = zs
	r.take(v.ID, v.CarPass)
	return nil
}

func (r *Registry) number(col, id, n string) error {
	if o, ok := r.owner[numberKey(n)]; ok && numberKey(n) != "" && (id == "" || o != id) {
		return &field.Error{Field: col, Err: ErrBadgeTaken}
	}
	return nil
}

// take gives the number to id, freeing the number id had before.
func (r *Registry) take(id, n string) {
	if old, ok := r.held[id]; ok && id != "" && r.owner[old] == id {
		delete(r.owner, old)
	}
	if k := numberKey(n); k != "" {
		r.owner[k] = id
		if id != "" {
			r.held[id] = k
		}
	}
}
