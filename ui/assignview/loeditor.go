package assignview

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/cldr"
	"lodesk/app/field"
	"lodesk/app/los"
	"lodesk/app/phone"
	"lodesk/data"
	"lodesk/ui/kit"
)

// loEditor is the form of one LO, in the window's one editor
// (kit.Editor), whose rules are app/los.
type loEditor struct {
	r  *Roster
	lo data.LO // as loaded; ID "" for a new LO
	ed *kit.Editor

	name, phone, email, exp, skills, from, to *kit.Input
	notes                                     *kit.Input
	gender, status                            *kit.Select
	langBox                                   *fyne.Container
	langs                                     []*langRow
	photo                                     *kit.PhotoField
}

// langRow is one language with its level.
type langRow struct {
	name  *kit.SelectEntry
	level *kit.Select
	row   fyne.CanvasObject
}

// edit opens the editor on lo, or on a new LO.
func (r *Roster) edit(lo *data.LO) *loEditor {
	e := &loEditor{r: r}
	title := lang.L("New liaison officer")
	if lo != nil {
		e.lo = *lo
		title = lang.L("Edit liaison officer")
	} else {
		e.lo.Status = data.LOActive
	}
	entry := func(text, hint string, v fyne.StringValidator) *kit.Input {
		en := kit.InputOf(&widget.Entry{Text: text, PlaceHolder: hint, Validator: v})
		en.ExtendBaseWidget(en)
		return en
	}
	e.name = entry(e.lo.FullName, "", kit.Validator(required))
	e.phone = entry(phone.Display(e.lo.Phone), "+62 812 3456 7890", nil)
	e.email = entry(e.lo.Email, "name@example.org", kit.Validator(func(s string) error { _, err := field.Email(s); return err }))
	exp := ""
	if e.lo.Experience > 0 {
		exp = strconv.Itoa(e.lo.Experience)
	}
	e.exp = entry(exp, lang.L("years"), kit.Validator(func(s string) error { _, err := years(s); return err }))
	e.skills = entry(e.lo.Skills, lang.L("e.g. driving, first aid"), nil)
	e.from = entry(e.lo.AvailableFrom, "YYYY-MM-DD", kit.Validator(func(s string) error { _, err := field.Date(s); return err }))
	e.to = entry(e.lo.AvailableTo, "YYYY-MM-DD", e.validTo)
	e.from.OnChanged = func(string) { _ = e.to.Validate() }
	e.notes = kit.TextArea(e.lo.Notes)
	e.gender = kit.NewEnumSelect("gender", los.Genders, e.lo.Gender, nil).Select
	e.gender.Options[0] = lang.L("Not given")
	e.status = kit.NewEnumSelect("lo_status", data.LOStatuses, e.lo.Status, nil).Select
	e.langBox = container.NewVBox()
	addLang := widget.NewButtonWithIcon(lang.L("Add language"), theme.ContentAddIcon(), func() {
		e.addLang(data.LangSkill{Level: data.LevelFluent})
	})
	var ed *kit.Editor
	e.photo = kit.NewPhotoField(*r.env, e.lo.Photo, func(err error) { ed.Fail(err) })
	ed = kit.NewEditor(*r.env, title, []kit.Field{
		{Name: "full_name", Label: lang.L("Full name"), Widget: e.name},
		{Name: "phone", Label: lang.L("Phone"), Widget: e.phone},
		{Name: "email", Label: lang.L("Email"), Widget: e.email},
		{Name: "gender", Label: lang.L("Gender"), Widget: e.gender},
		{Name: "languages", Label: lang.L("Languages"), Widget: container.NewVBox(e.langBox, container.NewHBox(addLang))},
		{Name: "experience", Label: lang.L("Experience"), Widget: e.exp},
		{Label: lang.L("Skills"), Widget: e.skills},
		{Name: "available_from", Label: lang.L("Available from"), Widget: e.from},
		{Name: "available_to", Label: lang.L("Available to"), Widget: e.to},
		{Name: "status", Label: lang.L("Status"), Widget: e.status},
		{Name: "photo", Label: lang.L("Photo"), Widget: e.photo.View()},
		{Label: lang.L("Notes"), Widget: e.notes},
	})
	e.ed = ed
	for _, l := range e.lo.Languages {
		e.addLang(l)
	}
	if lo != nil {
		kit.TrackRecord(ed, lo, func(l *data.LO) { r.edit(l) })
		ed.AddButton(kit.NewButton(lang.L("Delete LO…"), theme.DeleteIcon(), widget.DangerImportance, func() {
			ed.Hide()
			r.undo.Delete(&e.lo, e.lo.FullName, nil, r.Load)
		}))
	}
	var saved data.LO
	ed.Collect = func() error {
		lo, err := e.record()
		saved = lo
		return err
	}
	kit.CheckOn(ed, &saved, los.Check)
	ed.Save = func(ctx context.Context, st *data.Store) error {
		lo := saved
		return los.Save(ctx, st, &lo)
	}
	ed.Saved = r.Load
	ed.Resize(640, 700)
	ed.Show(e.name)
	return e
}

// submit is Save (the button, or Enter).
func (e *loEditor) submit() { e.ed.Submit() }

func required(s string) error {
	if strings.TrimSpace(s) == "" {
		return field.ErrRequired
	}
	return nil
}

// years reads the years of experience typed, blank as 0.
func years(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > los.MaxExperience {
		return 0, fmt.Errorf("%q: %w", s, field.ErrBadNumber)
	}
	return n, nil
}

// validTo checks the last day of availability as typed, against the first.
func (e *loEditor) validTo(s string) error {
	if _, err := field.Date(s); err != nil {
		return kit.Problem(err)
	}
	from, err := field.Date(e.from.Text)
	if to, _ := field.Date(s); err == nil && from != "" && to != "" && to < from {
		return fmt.Errorf("%s: %w", lang.L("The last day is before the first."), field.ErrEndBeforeStart)
	}
	return nil
}

// addLang adds a language row.
func (e *loEditor) addLang(l data.LangSkill) {
	lr := &langRow{}
	names := cldr.Languages(kit.Lang())
	opts := make([]string, len(names))
	for i, o := range names {
		opts[i] = o.Name
	}
	lr.name = kit.NewSelectEntry(opts)
	if l.Code != "" {
		lr.name.SetText(langName(l.Code))
	}
	lr.name.PlaceHolder = lang.L("Language")
	lr.level = kit.NewEnumSelect("level", data.Levels, l.Level, nil).Select
	rm := widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), nil)
	lr.row = container.NewBorder(nil, nil, nil, container.NewHBox(lr.level, rm), lr.name)
	rm.OnTapped = func() {
		for i, x := range e.langs {
			if x == lr {
				e.langs = append(e.langs[:i], e.langs[i+1:]...)
			}
		}
		e.langBox.Remove(lr.row)
	}
	e.langs = append(e.langs, lr)
	e.langBox.Add(lr.row)
}

// record is the LO as the form says; a value that cannot be read is a
// *field.Error (the rest is los.CheckFields's, at Save).
func (e *loEditor) record() (data.LO, error) {
	lo := e.lo
	n, err := years(e.exp.Text)
	if err != nil {
		return lo, field.New("experience", err)
	}
	lo.FullName, lo.Phone, lo.Email = e.name.Text, e.phone.Text, e.email.Text
	lo.Gender = los.Genders[max(0, e.gender.SelectedIndex())]
	lo.Experience, lo.Skills = n, e.skills.Text
	lo.AvailableFrom, lo.AvailableTo = e.from.Text, e.to.Text
	lo.Status = data.LOStatuses[max(0, e.status.SelectedIndex())]
	lo.Notes = strings.TrimSpace(e.notes.Text)
	lo.Photo = e.photo.Photo
	lo.Languages = nil
	for _, lr := range e.langs {
		code, err := field.Language(lr.name.Text)
		if err == nil && code == "" {
			err = fmt.Errorf("%w: choose one from the list", field.ErrUnknownLanguage)
		}
		if err != nil {
			return lo, field.New("languages", err)
		}
		lo.Languages = append(lo.Languages, data.LangSkill{Code: code, Level: data.Levels[max(0, lr.level.SelectedIndex())]})
	}
	return lo, nil
}
