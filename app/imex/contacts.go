package imex

import (
	"context"
	"fmt"
	"strings"

	"lodesk/app/contacts"
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

// contactRoleWords are data.ContactRoles in English and Indonesian.
var contactRoleWords = map[string]string{
	"embassy": data.ContactEmbassy, "kedutaan": data.ContactEmbassy, "kedubes": data.ContactEmbassy, "kedutaanbesar": data.ContactEmbassy,
	"protectingpower": data.ContactProtectingPower, "negarapelindung": data.ContactProtectingPower,
	"protocolofficer": data.ContactProtocolOfficer, "petugasprotokol": data.ContactProtocolOfficer, "protokol": data.ContactProtocolOfficer,
	"other": data.ContactOther, "lainnya": data.ContactOther, "lain": data.ContactOther,
}

// contactImporter matches a row to the contact of the same department, or
// of the same delegation, with the same name (case, spacing and
// diacritics ignored). A department contact's role is their job, free
// text; a delegation contact's is one of contactRoleWords.
type contactImporter struct {
	codes  codeIndex
	byKey  index[data.Contact]
	target map[string]int
}

func (c *contactImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	c.codes = newCodeIndex(ds)
	cs, err := data.All[data.Contact](ctx, s)
	if err != nil {
		return err
	}
	c.byKey, c.target = index[data.Contact]{}, map[string]int{}
	for i := range cs {
		c.byKey.add(key(cs[i].Department, cs[i].DelegationID, data.Fold(cs[i].Name)), &cs[i])
	}
	return nil
}

func (c *contactImporter) row(r *rowCtx) {
	name := r.get("name")
	r.rp.Label = strings.TrimSpace(r.get("department") + r.get("delegation") + " " + name)
	var dept string
	var d *data.Delegation
	switch {
	case r.get("department") != "" && r.get("delegation") != "":
		r.fail("delegation", contacts.ErrBothOwners)
	case r.get("department") != "":
		r.choice("department", departmentWords, &dept)
	case r.get("delegation") != "":
		d = c.codes.find(r, "delegation", r.get("delegation"))
	default:
		r.fail("department", fmt.Errorf("%w: a department or a delegation", field.ErrRequired))
	}
	if name == "" {
		r.fail("name", field.ErrRequired)
	}
	if (dept == "" && d == nil) || name == "" {
		return
	}
	delegID, owner := "", dept
	if d != nil {
		delegID, owner = d.ID, d.Code
	}
	k := key(dept, delegID, data.Fold(name))
	if len(c.byKey[k]) > 1 {
		r.fail("name", ErrAmbiguousRow)
		return
	}
	old := c.byKey.one(k)
	rec := &data.Contact{Department: dept, DelegationID: delegID}
	tk := "new\x00" + k
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, c.target, tk, "name") {
		return
	}
	rec.Name = name
	if d != nil {
		r.choice("role", contactRoleWords, &rec.Role)
	} else {
		r.text("role", &rec.Role)
	}
	r.phone("phone", &rec.Phone)
	r.text("radio", &rec.RadioChannel)
	if r.has("email") {
		e, err := field.Email(r.get("email"))
		if err != nil {
			r.fail("email", err)
		}
		rec.Email = e
	}
	r.text("notes", &rec.Notes)
	if r.rp.OK() {
		r.rule(contacts.Check(rec, r.pl.region), map[string]string{"radio_channel": "radio"}, "name")
	}
	r.rp.Label = owner + " " + name
	decide(r.rp, rec, old)
}

func (c *contactImporter) finish(*planner) {}
