package imex

import (
	"context"
	"strings"

	"lodesk/app/field"
	"lodesk/data"
)

// departmentWords are data.Departments in English and Indonesian.
var departmentWords = map[string]string{
	"groundhandling": "ground_handling", "gh": "ground_handling", "penanganandarat": "ground_handling",
	"transport": "transport", "transportation": "transport", "transportasi": "transport",
	"hospitalitydesk": "hospitality_desk", "hospitality": "hospitality_desk", "mejahospitality": "hospitality_desk", "mejahospitalitas": "hospitality_desk",
	"patwal": "patwal", "policeescort": "patwal", "pengawalan": "patwal",
	"eo": "eo", "organiser": "eo", "organizer": "eo", "eventorganiser": "eo", "eventorganizer": "eo", "penyelenggara": "eo",
	"medical": "medical", "medis": "medical", "kesehatan": "medical",
	"security": "security", "keamanan": "security", "pengamanan": "security",
	"locoordinator": "lo_coordinator", "koordinatorlo": "lo_coordinator", "coordinator": "lo_coordinator", "koordinator": "lo_coordinator",
}

// contactImporter matches a row to the contact of the same department
// with the same name (case, spacing and diacritics ignored).
type contactImporter struct {
	byKey  index[data.Contact]
	target map[string]int
}

func (c *contactImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	cs, err := data.All[data.Contact](ctx, s)
	if err != nil {
		return err
	}
	c.byKey, c.target = index[data.Contact]{}, map[string]int{}
	for i := range cs {
		c.byKey.add(key(cs[i].Department, data.Fold(cs[i].Name)), &cs[i])
	}
	return nil
}

func (c *contactImporter) row(r *rowCtx) {
	name := r.get("name")
	r.rp.Label = strings.TrimSpace(r.get("department") + " " + name)
	var dept string
	if r.get("department") == "" {
		r.fail("department", field.ErrRequired)
	} else {
		r.choice("department", departmentWords, &dept)
	}
	if name == "" {
		r.fail("name", field.ErrRequired)
	}
	if dept == "" || name == "" {
		return
	}
	k := key(dept, data.Fold(name))
	if len(c.byKey[k]) > 1 {
		r.fail("name", ErrAmbiguousRow)
		return
	}
	old := c.byKey.one(k)
	rec := &data.Contact{Department: dept}
	tk := "new\x00" + k
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, c.target, tk, "name") {
		return
	}
	rec.Name = name
	r.phone("phone", &rec.Phone)
	r.text("radio_channel", &rec.RadioChannel)
	r.text("notes", &rec.Notes)
	r.rp.Label = dept + " " + name
	decide(r.rp, rec, old)
}

func (c *contactImporter) finish(*planner) {}
