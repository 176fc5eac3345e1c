package assignview

import (
	"context"
	"errors"
	"net/mail"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/cldr"
	"lodesk/app/phone"
	"lodesk/app/photo"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

var genders = []string{"", "male", "female"}

// loEditor is the form of one LO.
type loEditor struct {
	r    *Roster
	lo   data.LO // as loaded; ID "" for a new LO
	dlg  *dialog.CustomDialog
	form *widget.Form
	save *widget.Button

	name, phone, email, exp, skills, from, to *widget.Entry
	notes                                     *widget.Entry
	gender, status                            *widget.Select
	langBox                                   *fyne.Container
	langs                                     []*langRow
	photo                                     []byte
	photoView                                 *canvas.Image
}

// langRow is one language with its level.
type langRow struct {
	name  *widget.SelectEntry
	level *widget.Select
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
	entry := func(text, hint string, v fyne.StringValidator) *widget.Entry {
		en := &widget.Entry{Text: text, PlaceHolder: hint, Validator: v, OnSubmitted: func(string) { e.submit() }}
		en.ExtendBaseWidget(en)
		return en
	}
	e.name = entry(e.lo.FullName, "", required)
	e.phone = entry(phone.Display(e.lo.Phone), "+62 812 3456 7890", validPhone)
	e.email = entry(e.lo.Email, "name@example.org", validEmail)
	exp := ""
	if e.lo.Experience > 0 {
		exp = strconv.Itoa(e.lo.Experience)
	}
	e.exp = entry(exp, lang.L("years"), validYears)
	e.skills = entry(e.lo.Skills, lang.L("e.g. driving, first aid"), nil)
	e.from = entry(e.lo.AvailableFrom, "YYYY-MM-DD", validDate)
	e.to = entry(e.lo.AvailableTo, "YYYY-MM-DD", e.validTo)
	e.from.OnChanged = func(string) { _ = e.to.Validate() }
	e.notes = widget.NewMultiLineEntry()
	e.notes.SetText(e.lo.Notes)
	e.notes.SetMinRowsVisible(3)
	e.gender = widgets.NewSelect(enumOptions("gender", genders, lang.L("Not given")), nil)
	e.gender.SetSelectedIndex(max(0, indexOf(genders, e.lo.Gender)))
	e.status = widgets.NewSelect(enumOptions("lo_status", data.LOStatuses, ""), nil)
	e.status.SetSelectedIndex(max(0, indexOf(data.LOStatuses, e.lo.Status)))
	e.langBox = container.NewVBox()
	for _, l := range e.lo.Languages {
		e.addLang(l)
	}
	addLang := widget.NewButtonWithIcon(lang.L("Add language"), theme.ContentAddIcon(), func() {
		e.addLang(data.LangSkill{Level: data.LevelFluent})
	})
	e.photo = e.lo.Photo
	e.photoView = &canvas.Image{FillMode: canvas.ImageFillContain}
	e.photoView.SetMinSize(fyne.NewSize(80, 80))
	e.showPhoto()
	photoButtons := container.NewVBox(
		widget.NewButton(lang.L("Choose photo…"), e.choosePhoto),
		widget.NewButton(lang.L("Remove photo"), func() { e.setPhoto(nil) }),
	)
	items := []*widget.FormItem{
		{Text: lang.L("Full name"), Widget: e.name},
		{Text: lang.L("Phone"), Widget: e.phone},
		{Text: lang.L("Email"), Widget: e.email},
		{Text: lang.L("Gender"), Widget: e.gender},
		{Text: lang.L("Languages"), Widget: container.NewVBox(e.langBox, container.NewHBox(addLang))},
		{Text: lang.L("Experience"), Widget: e.exp},
		{Text: lang.L("Skills"), Widget: e.skills},
		{Text: lang.L("Available from"), Widget: e.from},
		{Text: lang.L("Available to"), Widget: e.to},
		{Text: lang.L("Status"), Widget: e.status},
		{Text: lang.L("Photo"), Widget: container.NewHBox(e.photoView, photoButtons)},
		{Text: lang.L("Notes"), Widget: e.notes},
	}
	e.form = widget.NewForm(items...)
	e.save = &widget.Button{Text: lang.L("Save"), Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: e.submit}
	e.form.SetOnValidationChanged(func(err error) {
		if err != nil {
			e.save.Disable()
		} else {
			e.save.Enable()
		}
	})
	buttons := []fyne.CanvasObject{widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { e.dlg.Hide() }), e.save}
	if lo != nil {
		buttons = append([]fyne.CanvasObject{&widget.Button{
			Text: lang.L("Delete LO…"), Icon: theme.DeleteIcon(),
			Importance: widget.DangerImportance, OnTapped: e.confirmDelete,
		}}, buttons...)
	}
	e.dlg = dialog.NewCustomWithoutButtons(title, container.NewVScroll(e.form), r.env.Win)
	e.dlg.SetButtons(buttons)
	e.dlg.Resize(kit.Fit(r.env.Win, 640, 700))
	e.dlg.Show()
	return e
}

// submit saves the LO if the form is valid (the Save button, or Enter).
func (e *loEditor) submit() {
	if e.form.Validate() != nil {
		return
	}
	e.dlg.Hide()
	e.closed(true)
}

func enumOptions(prefix string, codes []string, empty string) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = enumLabel(prefix, c)
		if c == "" {
			out[i] = empty
		}
	}
	return out
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func required(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.L("Enter the full name."))
	}
	return nil
}

func validPhone(s string) error {
	if _, err := phone.E164(s, phone.DefaultRegion); err != nil {
		return errors.New(lang.L("Enter a phone number, e.g. +62 812 3456 7890."))
	}
	return nil
}

func validEmail(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if a, err := mail.ParseAddress(s); err != nil || a.Address != s {
		return errors.New(lang.L("Enter an e-mail address, e.g. name@example.org."))
	}
	return nil
}

func validYears(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if n, err := strconv.Atoi(s); err != nil || n < 0 || n > 80 {
		return errors.New(lang.L("Enter the years as a whole number, e.g. 3."))
	}
	return nil
}

func (e *loEditor) validTo(s string) error {
	if err := validDate(s); err != nil {
		return err
	}
	if from := strings.TrimSpace(e.from.Text); s != "" && validDate(from) == nil && from != "" && s < from {
		return errors.New(lang.L("The last day is before the first."))
	}
	return nil
}

func validLanguage(s string) error {
	if _, ok := cldr.Language(strings.TrimSpace(s)); !ok {
		return errors.New(lang.L("Choose a language from the list."))
	}
	return nil
}

// addLang adds a language row.
func (e *loEditor) addLang(l data.LangSkill) {
	lr := &langRow{}
	names := cldr.Languages(curLang())
	opts := make([]string, len(names))
	for i, o := range names {
		opts[i] = o.Name
	}
	lr.name = widget.NewSelectEntry(opts)
	lr.name.Validator = validLanguage
	if l.Code != "" {
		lr.name.SetText(langName(l.Code))
	}
	lr.name.PlaceHolder = lang.L("Language")
	lr.level = widgets.NewSelect(enumOptions("level", data.Levels, ""), nil)
	lr.level.SetSelectedIndex(max(0, indexOf(data.Levels, l.Level)))
	rm := widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), nil)
	lr.row = container.NewBorder(nil, nil, nil, container.NewHBox(lr.level, rm), lr.name)
	rm.OnTapped = func() {
		for i, x := range e.langs {
			if x == lr {
				e.langs = append(e.langs[:i], e.langs[i+1:]...)
			}
		}
		e.langBox.Remove(lr.row)
		e.recheck()
	}
	e.langs = append(e.langs, lr)
	e.langBox.Add(lr.row)
	lr.name.OnChanged = func(string) { e.recheck() }
	e.recheck()
}

// recheck refreshes the form after a language row came or went.
func (e *loEditor) recheck() {
	if e.form != nil {
		e.form.Refresh()
	}
}

// record is the LO as the form says, or what to fix.
func (e *loEditor) record() (*data.LO, error) {
	for _, en := range []*widget.Entry{e.name, e.phone, e.email, e.exp, e.from, e.to} {
		if err := en.Validate(); err != nil {
			return nil, err
		}
	}
	lo := e.lo
	lo.FullName = strings.TrimSpace(e.name.Text)
	lo.Phone, _ = phone.E164(e.phone.Text, phone.DefaultRegion)
	lo.Email = strings.TrimSpace(e.email.Text)
	lo.Gender = genders[max(0, e.gender.SelectedIndex())]
	lo.Experience, _ = strconv.Atoi(strings.TrimSpace(e.exp.Text))
	lo.Skills = strings.TrimSpace(e.skills.Text)
	lo.AvailableFrom, lo.AvailableTo = strings.TrimSpace(e.from.Text), strings.TrimSpace(e.to.Text)
	lo.Status = data.LOStatuses[max(0, e.status.SelectedIndex())]
	lo.Notes = strings.TrimSpace(e.notes.Text)
	lo.Photo = e.photo
	lo.Languages = nil
	seen := map[string]bool{}
	for _, lr := range e.langs {
		code, ok := cldr.Language(strings.TrimSpace(lr.name.Text))
		if !ok {
			return nil, errors.New(lang.L("Choose a language from the list."))
		}
		if !seen[code] {
			seen[code] = true
			lo.Languages = append(lo.Languages, data.LangSkill{Code: code, Level: data.Levels[max(0, lr.level.SelectedIndex())]})
		}
	}
	return &lo, nil
}

func (e *loEditor) closed(ok bool) {
	if !ok {
		return
	}
	lo, err := e.record()
	if err != nil {
		dialog.ShowError(err, e.r.env.Win)
		return
	}
	env := e.r.env
	env.Go(func() {
		ctx := context.Background()
		var err error
		if lo.ID == "" {
			err = env.Store.Insert(ctx, lo)
		} else {
			err = env.Store.Update(ctx, lo)
		}
		env.Do(func() {
			if err != nil {
				env.ShowError("save LO", err, message(env, err))
				return
			}
			env.Changed()
			e.r.Load()
		})
	})
}

// confirmDelete asks, deletes the LO (and its assignments) and offers Undo.
func (e *loEditor) confirmDelete() {
	env := e.r.env
	lo := e.lo
	dialog.ShowConfirm(lang.L("Delete LO?"),
		lang.L("Delete {{.Name}} and their assignments?", map[string]any{"Name": lo.FullName}),
		func(ok bool) {
			if !ok {
				return
			}
			e.dlg.Hide()
			deleteWithUndo(env, &lo, lang.L("{{.Name}} was deleted.", map[string]any{"Name": lo.FullName}), e.r.Load)
		}, env.Win)
}

// deleteWithUndo deletes rec off the UI goroutine, then tells the user
// with an Undo button; reload runs after each change.
func deleteWithUndo(env *kit.Env, rec data.Record, done string, reload func()) {
	env.Go(func() {
		gone, err := env.Store.Delete(context.Background(), rec)
		env.Do(func() {
			if err != nil {
				env.ShowError("delete", err, message(env, err))
				return
			}
			env.Changed()
			reload()
			dialog.ShowCustomConfirm(lang.L("Deleted"), lang.L("Undo"), lang.L("Close"), widget.NewLabel(done), func(undo bool) {
				if !undo {
					return
				}
				env.Go(func() {
					err := env.Store.Restore(context.Background(), gone)
					env.Do(func() {
						if err != nil {
							env.ShowError("undo delete", err, message(env, err))
							return
						}
						env.Changed()
						reload()
					})
				})
			}, env.Win)
		})
	})
}

// choosePhoto opens an image and scales it down.
func (e *loEditor) choosePhoto() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		env := e.r.env
		env.Go(func() {
			defer rc.Close()
			b, err := photo.Scale(rc)
			env.Do(func() {
				if err != nil {
					env.ShowError("photo", err, lang.L("This is not a JPEG or PNG picture."))
					return
				}
				e.setPhoto(b)
			})
		})
	}, e.r.env.Win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".jpg", ".jpeg", ".png", ".JPG", ".JPEG", ".PNG"}))
	d.Show()
}

func (e *loEditor) setPhoto(b []byte) {
	e.photo = b
	e.showPhoto()
}

func (e *loEditor) showPhoto() {
	if len(e.photo) == 0 {
		e.photoView.Resource = theme.AccountIcon()
	} else {
		e.photoView.Resource = fyne.NewStaticResource("photo.jpg", e.photo)
	}
	e.photoView.Refresh()
}
