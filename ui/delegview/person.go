package delegview

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/delegations"
	"lodesk/app/phone"
	"lodesk/data"
	"lodesk/ui/kit"
)

// editPerson opens the person editor; p without an id is new.
func (s *Screen) editPerson(p *data.Person) {
	rec := *p
	var e *editor
	submit := func(string) { e.submit() }
	role := newEnumSelect("role", data.PersonRoles, p.Role)
	honorific := &widget.Entry{Text: p.Honorific, OnSubmitted: submit, PlaceHolder: lang.L("e.g. H.E.")}
	fullName := &widget.Entry{Text: p.FullName, OnSubmitted: submit}
	native := &widget.Entry{Text: p.NativeName, OnSubmitted: submit}
	position := &widget.Entry{Text: p.Position, OnSubmitted: submit}
	gender := newEnumSelect("gender", []string{"", "female", "male"}, p.Gender)
	nationality := newCountryPicker(p.Nationality)
	langs := newLanguagePicker(s.env.Win, p.Languages)
	dietary := &widget.Entry{Text: p.Dietary, OnSubmitted: submit}
	allergies := newAllergyField(p.Allergies)
	medical := newLockable(p.Medical, true, nil)
	mobility := newLockable(p.Mobility, true, nil)
	handling := notes(p.HandlingNotes)
	phoneText := p.Phone
	if phoneText != "" && !data.IsLocked(phoneText) {
		phoneText = phone.Display(phoneText)
	}
	phoneE := newLockable(phoneText, false, submit)
	if phoneE.entry != nil {
		phoneE.entry.PlaceHolder = "+62 812 3456 7890"
	}
	email := &widget.Entry{Text: p.Email, OnSubmitted: submit}
	passport := newLockable(p.PassportNo, false, submit)
	photo := newPhotoField(s.env, p.Photo, func(msg string) { e.fail(msg) })
	sensitive := func(l string) string { return l + " " + lang.L("(sensitive)") }

	items := []*widget.FormItem{
		{Text: lang.L("Role"), Widget: role.Select, HintText: lang.L("One head of delegation per delegation")},
		{Text: lang.L("Honorific"), Widget: honorific},
		{Text: lang.L("Full name"), Widget: fullName, HintText: lang.L("Required, in Latin script")},
		{Text: lang.L("Native name"), Widget: native, HintText: lang.L("In the person's own script")},
		{Text: lang.L("Position"), Widget: position},
		{Text: lang.L("Gender"), Widget: gender.Select},
		{Text: lang.L("Nationality"), Widget: nationality.Select},
		{Text: lang.L("Languages"), Widget: langs.view},
		{Text: lang.L("Dietary needs"), Widget: dietary},
		{Text: lang.L("Allergies"), Widget: allergies.view},
		{Text: sensitive(lang.L("Medical")), Widget: medical.view},
		{Text: sensitive(lang.L("Mobility")), Widget: mobility.view},
		{Text: lang.L("Handling notes"), Widget: handling, HintText: lang.L("Temperament, preferences")},
		{Text: lang.L("Phone"), Widget: phoneE.view, HintText: lang.L("With the country code; a number without one is read as Indonesian")},
		{Text: lang.L("E-mail"), Widget: email},
		{Text: sensitive(lang.L("Passport")), Widget: passport.view},
		{Text: lang.L("Photo"), Widget: photo.view},
	}
	title := lang.L("New person")
	var extra []fyne.CanvasObject
	if p.ID != "" {
		title = lang.L("Edit {{.Name}}", map[string]any{"Name": p.FullName})
		extra = append(extra, &widget.Button{Text: lang.L("Delete"), Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: func() {
			e.dlg.Hide()
			s.confirmDelete(&rec, p.FullName)
		}})
	}
	e = s.newEditor(title, items, extra...)
	e.collect = func() bool {
		rec.Role, rec.Honorific, rec.FullName = role.Code(), strings.TrimSpace(honorific.Text), fullName.Text
		rec.NativeName, rec.Position, rec.Gender = native.Text, strings.TrimSpace(position.Text), gender.Code()
		rec.Nationality, rec.Languages, rec.Dietary = nationality.Code(), langs.Codes(), strings.TrimSpace(dietary.Text)
		rec.Allergies = allergies.value()
		rec.Medical, rec.Mobility = medical.value(p.Medical), mobility.value(p.Mobility)
		rec.HandlingNotes = strings.TrimSpace(handling.Text)
		rec.Phone, rec.Email = phoneE.value(p.Phone), email.Text
		rec.PassportNo, rec.Photo = passport.value(p.PassportNo), photo.photo
		return true
	}
	region := phone.DefaultRegion
	if s.snap != nil {
		region = s.snap.region
	}
	e.write = func(ctx context.Context, st *data.Store) error {
		r := rec
		if err := delegations.CheckPerson(ctx, st, &r, region); err != nil {
			return err
		}
		var err error
		if r.ID == "" {
			err = st.Insert(ctx, &r)
		} else {
			err = st.Update(ctx, &r)
		}
		if err != nil {
			return err
		}
		if p.ID != "" && r.Role == p.Role && r.DelegationID == p.DelegationID {
			return nil // attendance is unchanged: nobody moves
		}
		e.seated, err = reseat(ctx, st)
		return err
	}
	e.dlg.Resize(kit.Fit(s.env.Win, 700, 700))
	e.dlg.Show()
	s.env.Win.Canvas().Focus(fullName)
}

// allergyField edits allergies: one line per substance with its severity.
type allergyField struct {
	rows *fyne.Container
	view fyne.CanvasObject
	list []*allergyRow
}

type allergyRow struct {
	substance *widget.Entry
	severity  *enumSelect
	view      fyne.CanvasObject
}

func newAllergyField(as data.Allergies) *allergyField {
	f := &allergyField{rows: container.NewVBox()}
	for _, a := range as {
		f.add(a)
	}
	add := &widget.Button{Text: lang.L("Add allergy"), Icon: theme.ContentAddIcon(), OnTapped: func() { f.add(data.Allergy{Severity: data.SeverityModerate}) }}
	f.view = container.NewVBox(f.rows, container.NewHBox(add))
	return f
}

func (f *allergyField) add(a data.Allergy) {
	r := &allergyRow{
		substance: &widget.Entry{Text: a.Substance, PlaceHolder: lang.L("Substance, e.g. peanuts")},
		severity:  newEnumSelect("severity", append([]string{""}, data.AllergySeverities...), a.Severity),
	}
	remove := &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance}
	r.view = container.NewBorder(nil, nil, nil, container.NewHBox(r.severity.Select, remove), r.substance)
	remove.OnTapped = func() {
		for i, x := range f.list {
			if x == r {
				f.list = append(f.list[:i], f.list[i+1:]...)
				break
			}
		}
		f.rows.Remove(r.view)
	}
	f.list = append(f.list, r)
	f.rows.Add(r.view)
}

func (f *allergyField) value() data.Allergies {
	var out data.Allergies
	for _, r := range f.list {
		if s := strings.TrimSpace(r.substance.Text); s != "" {
			out = append(out, data.Allergy{Substance: s, Severity: r.severity.Code()})
		}
	}
	return out
}
