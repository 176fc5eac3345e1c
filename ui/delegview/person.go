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
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
)

// editPerson opens the person editor; p without an id is new.
func (s *Screen) editPerson(p *data.Person) {
	rec := *p
	role := kit.NewEnumSelect("role", data.PersonRoles, p.Role, nil)
	honorific := kit.InputOf(&widget.Entry{Text: p.Honorific, PlaceHolder: lang.L("e.g. H.E.")})
	fullName := kit.InputOf(&widget.Entry{Text: p.FullName})
	native := kit.InputOf(&widget.Entry{Text: p.NativeName})
	position := kit.InputOf(&widget.Entry{Text: p.Position})
	gender := kit.NewEnumSelect("gender", []string{"", "female", "male"}, p.Gender, nil)
	nationality := newCountryPicker(p.Nationality)
	langs := newLanguagePicker(s.env.Win, p.Languages)
	dietary := kit.InputOf(&widget.Entry{Text: p.Dietary})
	allergies := newAllergyField(p.Allergies)
	medical := newLockable(p.Medical, true, nil)
	mobility := newLockable(p.Mobility, true, nil)
	handling := kit.TextArea(p.HandlingNotes)
	var e *kit.Editor
	submit := func(string) { e.Submit() }
	phoneE := newLockable(phoneText(p.Phone), false, submit)
	if phoneE.entry != nil {
		phoneE.entry.PlaceHolder = "+62 812 3456 7890"
	}
	email := kit.InputOf(&widget.Entry{Text: p.Email})
	passport := newLockable(p.PassportNo, false, submit)
	var photo *kit.PhotoField
	sensitive := func(l string) string { return l + " " + lang.L("(sensitive)") }
	title := lang.L("New person")
	if p.ID != "" {
		title = lang.L("Edit {{.Name}}", map[string]any{"Name": p.FullName})
	}
	photo = kit.NewPhotoField(s.env, p.Photo, func(err error) { e.Fail(err) })
	e = kit.NewEditor(s.env, title, []kit.Field{
		{Name: "role", Label: lang.L("Role"), Widget: role.Select, Hint: lang.L("One head of delegation per delegation")},
		{Label: lang.L("Honorific"), Widget: honorific},
		{Name: "full_name", Label: lang.L("Full name"), Widget: fullName, Hint: lang.L("Required, in Latin script")},
		{Label: lang.L("Native name"), Widget: native, Hint: lang.L("In the person's own script")},
		{Label: lang.L("Position"), Widget: position},
		{Label: lang.L("Gender"), Widget: gender.Select},
		{Name: "nationality", Label: lang.L("Nationality"), Widget: nationality.Select},
		{Name: "languages", Label: lang.L("Languages"), Widget: langs.view},
		{Label: lang.L("Dietary needs"), Widget: dietary},
		{Name: "allergies", Label: lang.L("Allergies"), Widget: allergies.view},
		{Label: sensitive(lang.L("Medical")), Widget: medical.view},
		{Label: sensitive(lang.L("Mobility")), Widget: mobility.view},
		{Label: lang.L("Handling notes"), Widget: handling, Hint: lang.L("Temperament, preferences")},
		{Name: "phone", Label: lang.L("Phone"), Widget: phoneE.view, Hint: lang.L("With the country code; a number without one is read as Indonesian")},
		{Name: "email", Label: lang.L("E-mail"), Widget: email},
		{Label: sensitive(lang.L("Passport")), Widget: passport.view},
		{Name: "photo", Label: lang.L("Photo"), Widget: photo.View()},
	})
	if p.ID != "" {
		e.OnDelete(func() { s.confirmDelete(&rec, p.FullName) })
		kit.TrackRecord(e, p, s.editPerson)
	}
	var moved []seating.ItemMoves
	e.Collect = func() error {
		rec.Role, rec.Honorific, rec.FullName = role.Code(), strings.TrimSpace(honorific.Text), fullName.Text
		rec.NativeName, rec.Position, rec.Gender = native.Text, strings.TrimSpace(position.Text), gender.Code()
		rec.Nationality, rec.Languages, rec.Dietary = nationality.Code(), langs.Codes(), strings.TrimSpace(dietary.Text)
		rec.Allergies = allergies.value()
		rec.Medical, rec.Mobility = medical.value(p.Medical), mobility.value(p.Mobility)
		rec.HandlingNotes = strings.TrimSpace(handling.Text)
		rec.Phone, rec.Email = phoneE.value(p.Phone), email.Text
		rec.PassportNo, rec.Photo = passport.value(p.PassportNo), photo.Photo
		return nil
	}
	kit.CheckOn(e, &rec, delegations.CheckPersonIn)
	e.Save = func(ctx context.Context, st *data.Store) error {
		r := rec
		var err error
		moved, err = delegations.SavePerson(ctx, st, &r)
		return err
	}
	e.Moves = func(ctx context.Context, st *data.Store) ([]seating.ItemMoves, error) {
		return delegations.WouldMovePerson(ctx, st, rec)
	}
	e.Saved = func() { s.env.ShowSeatingMoves(moved) }
	e.Resize(700, 700)
	e.Show(fullName)
}

// allergyField edits allergies: one line per substance with its severity.
type allergyField struct {
	rows *fyne.Container
	view fyne.CanvasObject
	list []*allergyRow
}

type allergyRow struct {
	substance *kit.Input
	severity  *kit.EnumSelect
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
		substance: kit.InputOf(&widget.Entry{Text: a.Substance, PlaceHolder: lang.L("Substance, e.g. peanuts")}),
		severity:  kit.NewEnumSelect("severity", append([]string{""}, data.AllergySeverities...), a.Severity, nil),
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
