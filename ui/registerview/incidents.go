package registerview

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/contacts"
	"lodesk/app/event"
	"lodesk/app/field"
	"lodesk/app/incidents"
	"lodesk/app/phone"
	"lodesk/data"
	"lodesk/ui/kit"
)

func (r *Requests) showIncidents() {
	rows := make([]kit.Row, 0, len(r.incs))
	for _, x := range r.incs {
		rows = append(rows, kit.NewRow(x.ID, x.Severity == "high" && !x.Resolved, kit.DateTime(x.OccurredAt, r.n.Loc),
			r.n.Delegation[x.DelegationID], kit.EnumLabel("severity", x.Severity), x.What, x.Action, kit.YesNo(x.Resolved)))
	}
	r.incidents.SetRows(rows)
}

func (r *Requests) editIncident(id string) {
	if x := kit.ByID(r.incs, id); x != nil {
		r.incidentEditor(x)
	}
}

// incidentEditor edits an incident, or adds one when x is nil.
func (r *Requests) incidentEditor(x *data.Incident) {
	isNew := x == nil
	if isNew {
		x = &data.Incident{OccurredAt: r.now(), Severity: "low"}
	}
	when := kit.Entry(kit.DateTime(x.OccurredAt, r.n.Loc), "YYYY-MM-DD HH:MM")
	del := r.n.DelegationSelect(x.DelegationID, true)
	sev := kit.NewEnumSelect("severity", data.Severities, x.Severity, nil)
	what, action := kit.TextArea(x.What), kit.TextArea(x.Action)
	resolved := kit.Checked(kit.NewCheck(lang.L("Resolved"), nil), x.Resolved)
	e := kit.NewEditor(r.env, lang.L("Incident"), []kit.Field{
		{Name: "time", Label: lang.L("Time"), Widget: when},
		{Name: "delegation", Label: lang.L("Delegation"), Widget: del},
		{Name: "severity", Label: lang.L("Severity"), Widget: sev},
		{Name: "what", Label: lang.L("What happened"), Widget: what},
		{Name: "action", Label: lang.L("Action"), Widget: action},
		{Widget: resolved},
	})
	if !isNew {
		cur := *x
		e.History("incident", cur.ID, r.n.Loc)
		e.Track("incident", cur.ID, func() { r.editIncident(cur.ID) })
		e.OnDelete(func() { r.bar.Delete(&cur, cur.What, nil, nil) })
	}
	var y data.Incident
	e.Collect = func() error {
		y = *x
		t, _, err := field.Time(when.Text, r.n.Loc)
		if err != nil {
			return field.New("time", err)
		}
		y.OccurredAt, y.DelegationID, y.Severity = t.UTC(), del.ID(), sev.Code()
		y.What, y.Action, y.Resolved = what.Text, action.Text, resolved.Checked
		return incidents.CheckFields(&y)
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		z := y
		return incidents.Save(ctx, st, &z)
	}
	e.Show(nil)
}

func (r *Requests) showContacts() {
	rows := make([]kit.Row, 0, len(r.contactL))
	for _, x := range r.contactL {
		rows = append(rows, kit.NewRow(x.ID, false, kit.EnumLabel("department", x.Department), x.Name, phone.Display(x.Phone), x.RadioChannel, x.Notes))
	}
	r.contacts.SetRows(rows)
}

func (r *Requests) editContact(id string) {
	if x := kit.ByID(r.contactL, id); x != nil {
		r.contactEditor(x)
	}
}

// contactEditor edits a department contact, or adds one when x is nil.
func (r *Requests) contactEditor(x *data.Contact) {
	isNew := x == nil
	if isNew {
		x = &data.Contact{}
	}
	dept := kit.NewEnumSelect("department", data.Departments, x.Department, nil)
	name := kit.Entry(x.Name, "")
	tel := kit.Entry(x.Phone, "+62 812 3456 7890")
	if x.Phone != "" {
		tel.SetText(phone.Display(x.Phone))
	}
	radio := kit.Entry(x.RadioChannel, lang.L("e.g. CH 5"))
	notes := kit.TextArea(x.Notes)
	e := kit.NewEditor(r.env, lang.L("Department contact"), []kit.Field{
		{Name: "department", Label: lang.L("Department"), Widget: dept},
		{Name: "name", Label: lang.L("Name"), Widget: name},
		{Name: "phone", Label: lang.L("Phone"), Widget: tel},
		{Name: "radio_channel", Label: lang.L("Radio channel"), Widget: radio},
		{Label: lang.L("Notes"), Widget: notes},
	})
	if !isNew {
		cur := *x
		e.History("contact", cur.ID, r.n.Loc)
		e.Track("contact", cur.ID, func() { r.editContact(cur.ID) })
		e.OnDelete(func() { r.bar.Delete(&cur, cur.Name, nil, nil) })
	}
	var y data.Contact
	e.Collect = func() error {
		y = *x
		y.Department, y.Name, y.Phone, y.RadioChannel, y.Notes = dept.Code(), name.Text, tel.Text, radio.Text, notes.Text
		return contacts.Check(&y, r.n.Event.HostCountry)
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		z := y
		region, err := event.Region(ctx, st)
		if err != nil {
			return err
		}
		return contacts.Save(ctx, st, &z, region)
	}
	e.Show(nil)
}
