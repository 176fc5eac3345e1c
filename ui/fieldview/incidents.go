package fieldview

import (
	"context"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/phone"
	"lodesk/data"
)

func (r *Requests) showIncidents() {
	rows := make([]row, 0, len(r.incs))
	for _, x := range r.incs {
		rows = append(rows, newRow(x.ID, x.Severity == "high" && !x.Resolved, dateTime(x.OccurredAt, r.n.loc),
			r.n.delegation[x.DelegationID], enumLabel("severity", x.Severity), x.What, x.Action, yesNo(x.Resolved)))
	}
	r.incidents.setRows(rows)
}

func (r *Requests) editIncident(id string) {
	for _, x := range r.incs {
		if x.ID == id {
			cur := x
			r.incidentEditor(&cur)
		}
	}
}

// incidentEditor edits an incident, or adds one when x is nil.
func (r *Requests) incidentEditor(x *data.Incident) {
	isNew := x == nil
	if isNew {
		x = &data.Incident{OccurredAt: r.now(), Severity: "low"}
	}
	when := entry(dateTime(x.OccurredAt, r.n.loc), "YYYY-MM-DD HH:MM")
	del := delegationSelect(r.n, x.DelegationID, true)
	sev := newEnumSelect("severity", data.Severities, x.Severity, nil)
	what, action := textArea(x.What), textArea(x.Action)
	resolved := &widget.Check{Text: lang.L("Resolved"), Checked: x.Resolved}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Time"), when), widget.NewFormItem(lang.L("Delegation"), del),
		widget.NewFormItem(lang.L("Severity"), sev), widget.NewFormItem(lang.L("What happened"), what),
		widget.NewFormItem(lang.L("Action"), action), widget.NewFormItem("", resolved),
	}
	var rf *ref
	var delete func()
	if !isNew {
		rf = &ref{"incident", x.ID}
		cur := *x
		delete = func() { confirmDelete(r.env, r.bar, &cur, cur.What, nil) }
	}
	e := newEditor(r.env, lang.L("Incident"), items, rf, r.n, delete)
	e.onSave = func() (func() error, error) {
		y := *x
		t, err := parseDateTime(when.Text, r.n.loc)
		if err != nil {
			return nil, fieldErr(lang.L("Time"), err)
		}
		y.OccurredAt, y.DelegationID, y.Severity = t.UTC(), del.id(), sev.code()
		y.What, y.Action, y.Resolved = trimmed(what), trimmed(action), resolved.Checked
		if y.What == "" {
			return nil, fieldErr(lang.L("What happened"), errRequired)
		}
		if y.Severity == "" {
			return nil, fieldErr(lang.L("Severity"), errRequired)
		}
		return r.saver(isNew, &y), nil
	}
	e.show()
}

// saver writes a new or changed record.
func (r *Requests) saver(isNew bool, rec data.Record) func() error {
	return func() error {
		if isNew {
			return r.env.Store.Insert(context.Background(), rec)
		}
		return r.env.Store.Update(context.Background(), rec)
	}
}

func (r *Requests) showContacts() {
	rows := make([]row, 0, len(r.contactL))
	for _, x := range r.contactL {
		rows = append(rows, newRow(x.ID, false, enumLabel("department", x.Department), x.Name, phone.Display(x.Phone), x.RadioChannel, x.Notes))
	}
	r.contacts.setRows(rows)
}

func (r *Requests) editContact(id string) {
	for _, x := range r.contactL {
		if x.ID == id {
			cur := x
			r.contactEditor(&cur)
		}
	}
}

// contactEditor edits a department contact, or adds one when x is nil.
func (r *Requests) contactEditor(x *data.Contact) {
	isNew := x == nil
	if isNew {
		x = &data.Contact{}
	}
	dept := newEnumSelect("department", data.Departments, x.Department, nil)
	name := entry(x.Name, "")
	tel := entry(x.Phone, "+62 812 3456 7890")
	if x.Phone != "" {
		tel.SetText(phone.Display(x.Phone))
	}
	radio := entry(x.RadioChannel, lang.L("e.g. CH 5"))
	notes := textArea(x.Notes)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Department"), dept), widget.NewFormItem(lang.L("Name"), name),
		widget.NewFormItem(lang.L("Phone"), tel), widget.NewFormItem(lang.L("Radio channel"), radio),
		widget.NewFormItem(lang.L("Notes"), notes),
	}
	var rf *ref
	var delete func()
	if !isNew {
		rf = &ref{"contact", x.ID}
		cur := *x
		delete = func() { confirmDelete(r.env, r.bar, &cur, cur.Name, nil) }
	}
	e := newEditor(r.env, lang.L("Department contact"), items, rf, r.n, delete)
	e.onSave = func() (func() error, error) {
		y := *x
		y.Department, y.Name, y.RadioChannel, y.Notes = dept.code(), trimmed(name), trimmed(radio), trimmed(notes)
		switch {
		case y.Department == "":
			return nil, fieldErr(lang.L("Department"), errRequired)
		case y.Name == "":
			return nil, fieldErr(lang.L("Name"), errRequired)
		}
		p, err := phone.E164(tel.Text, "")
		if err != nil {
			return nil, fieldErr(lang.L("Phone"), err)
		}
		y.Phone = p
		return r.saver(isNew, &y), nil
	}
	e.show()
}
