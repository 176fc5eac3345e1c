package protoview

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/contacts"
	"lodesk/app/noteverbale"
	"lodesk/app/phone"
	"lodesk/app/record"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// embTab shows one delegation's focal points and its Notes Verbales.
type embTab struct {
	s         *Screen
	deleg     *kit.IDSelect
	relations *widget.Label
	contacts  *widgets.StringTable
	notes     *widgets.StringTable
	noContact *kit.EmptyNote // over the tables while they are empty
	noNote    *kit.EmptyNote
	cs        []data.Contact
	ns        []data.NoteVerbale
}

func (e *embTab) content() fyne.CanvasObject {
	e.deleg = kit.NewIDSelect(nil, nil, "")
	e.deleg.OnChanged = func(string) { e.fill() }
	e.relations = &widget.Label{Wrapping: fyne.TextWrapWord}
	e.contacts = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Role"), Width: 150},
		{Title: lang.L("Name"), Width: 300},
		{Title: lang.L("Phone"), Width: 150},
		{Title: lang.L("E-mail"), Width: 200},
		{Title: lang.L("Notes"), Width: 300},
	})
	e.contacts.Remember("embassy.contacts")
	e.contacts.OnActivated = func(row int) {
		if row >= 0 && row < len(e.cs) {
			e.editContact(e.cs[row])
		}
	}
	e.notes = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Date"), Width: 100},
		{Title: lang.L("Reference"), Width: 190},
		{Title: lang.L("Direction"), Width: 90},
		{Title: lang.L("Subject"), Width: 300},
		{Title: lang.L("Status"), Width: 90},
		{Title: lang.L("Follow-up due"), Width: 170},
	})
	e.notes.Remember("embassy.notes")
	e.notes.OnActivated = func(row int) {
		if row >= 0 && row < len(e.ns) {
			e.editNote(e.ns[row])
		}
	}
	addContact := &widget.Button{Text: lang.L("Add contact…"), Icon: theme.ContentAddIcon(), OnTapped: func() {
		if id := e.deleg.ID(); id != "" {
			e.editContact(data.Contact{DelegationID: id, Role: data.ContactEmbassy})
		}
	}}
	addNote := &widget.Button{Text: lang.L("Add Note Verbale…"), Icon: theme.ContentAddIcon(), OnTapped: func() {
		if id := e.deleg.ID(); id != "" {
			e.editNote(data.NoteVerbale{DelegationID: id, Date: time.Now().In(e.s.snap.loc).Format(time.DateOnly)})
		}
	}}
	bold := func(s string) *widget.Label { return &widget.Label{Text: s, TextStyle: fyne.TextStyle{Bold: true}} }
	top := container.NewVBox(e.deleg.Select, e.relations)
	e.noContact, e.noNote = kit.NewEmptyNote(e.contacts.WithDetail(), ""), kit.NewEmptyNote(e.notes.WithDetail(), "")
	contactsBox := container.NewBorder(container.NewBorder(nil, nil, bold(lang.L("Focal points")), addContact), nil, nil, nil, e.noContact.View())
	notesBox := container.NewBorder(container.NewBorder(nil, nil, bold(lang.L("Notes Verbales")), addNote), nil, nil, nil, e.noNote.View())
	split := container.NewVSplit(contactsBox, notesBox)
	return container.NewBorder(top, nil, nil, nil, split)
}

func (e *embTab) show() {
	sn := e.s.snap
	var ids, names []string
	for _, d := range sn.dels {
		ids, names = append(ids, d.ID), append(names, d.Code+" "+d.Name)
	}
	e.deleg.SetOptions(ids, names)
	if e.deleg.ID() == "" { // the first delegation with focal points or notes
		for _, id := range ids {
			if len(sn.contacts[id])+len(sn.notes[id]) > 0 {
				e.deleg.SetID(id)
				break
			}
		}
	}
	e.fill()
}

// fill shows the chosen delegation's relations, contacts and notes.
func (e *embTab) fill() {
	sn, id := e.s.snap, e.deleg.ID()
	if sn == nil {
		return
	}
	e.relations.SetText("")
	for _, d := range sn.dels {
		if d.ID == id {
			text := lang.L("Diplomatic relations: {{.Relations}}", map[string]any{"Relations": kit.EnumLabel("relations", d.Relations)})
			if d.RelationsNotes != "" {
				text += " — " + d.RelationsNotes
			}
			e.relations.SetText(text)
		}
	}
	e.cs = append(e.cs[:0], sn.contacts[id]...)
	contacts.Sort(e.cs)
	rows := make([][]string, len(e.cs))
	for i, c := range e.cs {
		rows[i] = []string{kit.EnumLabel("contact_role", c.Role), c.Name, phone.Display(c.Phone), c.Email, c.Notes}
	}
	e.contacts.SetRows(rows)
	e.ns = append(e.ns[:0], sn.notes[id]...)
	today := time.Now().In(sn.loc).Format(time.DateOnly)
	rows = make([][]string, len(e.ns))
	for i, n := range e.ns {
		due := n.FollowUpDue
		if due != "" && due < today && n.Open() {
			due = lang.L("{{.Date}} (overdue)", map[string]any{"Date": due})
		}
		rows[i] = []string{n.Date, n.Reference, kit.EnumLabel("note_direction", n.Direction), n.Subject, kit.EnumLabel("note_status", n.Status), due}
	}
	e.notes.SetRows(rows)
	switch {
	case len(sn.dels) == 0:
		e.noContact.SetNone(lang.L("No delegations yet: add them on the Delegations screen."))
		e.noNote.SetNone("")
	case id == "":
		e.noContact.SetNone(lang.L("Choose a delegation above to see its embassy's focal points and Notes Verbales."))
		e.noNote.SetNone("")
	default:
		e.noContact.SetNone(lang.L("No focal point for this delegation yet: add one with Add contact…"))
		e.noNote.SetNone(lang.L("No Note Verbale for this delegation yet: record one with Add Note Verbale…"))
	}
	e.noContact.Count(len(e.cs), len(e.cs))
	e.noNote.Count(len(e.ns), len(e.ns))
}

func (e *embTab) editContact(c data.Contact) {
	role := kit.NewEnumSelect("contact_role", data.ContactRoles, c.Role, nil)
	name, tel, email := kit.Entry(c.Name, ""), kit.Entry(phone.Display(c.Phone), "+62 21 …"), kit.Entry(c.Email, "")
	radio, notes := kit.Entry(c.RadioChannel, ""), kit.TextArea(c.Notes)
	title := lang.L("Focal point")
	ed := kit.NewEditor(e.s.env, title, []kit.Field{
		{Name: "role", Label: lang.L("Role"), Widget: role.Select},
		{Name: "name", Label: lang.L("Name"), Widget: name},
		{Name: "phone", Label: lang.L("Phone"), Widget: tel},
		{Name: "email", Label: lang.L("E-mail"), Widget: email},
		{Label: lang.L("Radio channel"), Widget: radio},
		{Label: lang.L("Notes"), Widget: notes},
	})
	if c.ID != "" {
		gone := c
		kit.TrackRecord(ed, &gone, func(x *data.Contact) { e.editContact(*x) })
		ed.OnDelete(func() {
			e.s.undo.Delete(&gone, gone.Name, func(ctx context.Context, st *data.Store) (*record.Removal, error) {
				return contacts.Remove(ctx, st, gone.ID)
			}, nil)
		})
	}
	var save data.Contact
	ed.Collect = func() error {
		save = c
		save.Role, save.Name, save.Phone, save.Email = role.Code(), kit.Trimmed(name), kit.Trimmed(tel), kit.Trimmed(email)
		save.RadioChannel, save.Notes = kit.Trimmed(radio), kit.Trimmed(notes)
		return nil
	}
	ed.Save = func(ctx context.Context, st *data.Store) error {
		x := save
		return contacts.Save(ctx, st, &x, e.s.snap.region())
	}
	ed.Show(name)
}

func (e *embTab) editNote(n data.NoteVerbale) {
	ref, date, due := kit.Entry(n.Reference, "001/PROT/2026"), kit.Entry(n.Date, "2026-11-01"), kit.Entry(n.FollowUpDue, "2026-11-10")
	dir := kit.NewEnumSelect("note_direction", data.NoteDirections, n.Direction, nil)
	status := kit.NewEnumSelect("note_status", data.NoteStatuses, n.Status, nil)
	subject, notes := kit.Entry(n.Subject, ""), kit.TextArea(n.Notes)
	ed := kit.NewEditor(e.s.env, lang.L("Note Verbale"), []kit.Field{
		{Name: "reference", Label: lang.L("Reference"), Widget: ref},
		{Name: "date", Label: lang.L("Date"), Widget: date, Hint: "YYYY-MM-DD"},
		{Name: "direction", Label: lang.L("Direction"), Widget: dir.Select},
		{Label: lang.L("Subject"), Widget: subject},
		{Name: "status", Label: lang.L("Status"), Widget: status.Select},
		{Name: "follow_up_due", Label: lang.L("Follow-up due"), Widget: due, Hint: lang.L("YYYY-MM-DD; the dashboard lists it once past, until the note is answered or closed")},
		{Label: lang.L("Notes"), Widget: notes},
	})
	if n.ID != "" {
		gone := n
		kit.TrackRecord(ed, &gone, func(x *data.NoteVerbale) { e.editNote(*x) })
		ed.OnDelete(func() {
			e.s.undo.Delete(&gone, gone.Reference, func(ctx context.Context, st *data.Store) (*record.Removal, error) {
				return noteverbale.Remove(ctx, st, gone.ID)
			}, nil)
		})
	}
	var save data.NoteVerbale
	ed.Collect = func() error {
		save = n
		save.Reference, save.Date, save.FollowUpDue = kit.Trimmed(ref), kit.Trimmed(date), kit.Trimmed(due)
		save.Direction, save.Status, save.Subject, save.Notes = dir.Code(), status.Code(), kit.Trimmed(subject), kit.Trimmed(notes)
		return nil
	}
	ed.Save = func(ctx context.Context, st *data.Store) error {
		x := save
		return noteverbale.Save(ctx, st, &x)
	}
	ed.Show(ref)
}
