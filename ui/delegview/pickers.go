package delegview

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/cldr"
	"lodesk/data"
	"lodesk/ui/kit"
)

// countryPicker chooses a country by its CLDR name in the window's
// language, or none.
type countryPicker struct {
	*kit.Select
	codes []string
}

func newCountryPicker(code string) *countryPicker {
	opts := cldr.Countries(kit.Lang())
	c := &countryPicker{codes: make([]string, 0, len(opts)+1)}
	names := make([]string, 0, len(opts)+1)
	names = append(names, lang.L("(none)"))
	c.codes = append(c.codes, "")
	for _, o := range opts {
		names = append(names, o.Name+" ("+o.Code+")")
		c.codes = append(c.codes, o.Code)
	}
	c.Select = kit.NewSelect(names, nil)
	c.SetCode(code)
	return c
}

// Code is the chosen ISO code, "" for none.
func (c *countryPicker) Code() string { return pick(c.codes, c.SelectedIndex()) }

// SetCode chooses a country by its code.
func (c *countryPicker) SetCode(code string) {
	i := slices.Index(c.codes, strings.ToUpper(code))
	if i < 0 {
		i = 0
	}
	c.SetSelectedIndex(i)
}

// languagePicker shows the chosen languages and changes them in a dialog
// that lists every CLDR language with a search.
type languagePicker struct {
	win   fyne.Window
	codes []string
	label *widget.Label
	view  fyne.CanvasObject
}

func newLanguagePicker(win fyne.Window, codes []string) *languagePicker {
	p := &languagePicker{win: win, codes: slices.Clone(codes), label: &widget.Label{Wrapping: fyne.TextWrapWord}}
	p.update()
	p.view = container.NewBorder(nil, nil, nil, &widget.Button{Text: lang.L("Choose…"), OnTapped: p.open}, p.label)
	return p
}

// Codes returns the chosen ISO 639 codes.
func (p *languagePicker) Codes() data.Codes { return data.Codes(slices.Clone(p.codes)) }

func (p *languagePicker) update() {
	if len(p.codes) == 0 {
		p.label.SetText(lang.L("(none)"))
		return
	}
	p.label.SetText(languageNames(p.codes))
}

// open shows every language with a check box; OK keeps the choice.
func (p *languagePicker) open() {
	all := cldr.Languages(kit.Lang())
	chosen := map[string]bool{}
	for _, c := range p.codes {
		chosen[c] = true
	}
	shown := all
	list := &widget.List{
		Length:     func() int { return len(shown) },
		CreateItem: func() fyne.CanvasObject { return &widget.Check{} },
	}
	list.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		c := o.(*widget.Check)
		opt := shown[i]
		c.OnChanged = nil
		c.Text = opt.Name + " (" + opt.Code + ")"
		c.SetChecked(chosen[opt.Code])
		c.OnChanged = func(on bool) { chosen[opt.Code] = on }
	}
	search := kit.NewSearch(lang.L("Search…"), func(q string) {
		q = data.Fold(q)
		shown = shown[:0:0]
		for _, o := range all {
			if q == "" || strings.Contains(data.Fold(o.Name+" "+o.Code), q) {
				shown = append(shown, o)
			}
		}
		list.Refresh()
	})
	d := dialog.NewCustomConfirm(lang.L("Languages"), lang.L("OK"), lang.L("Cancel"),
		container.NewBorder(search, nil, nil, nil, list), func(ok bool) {
			if !ok {
				return
			}
			var out []string
			for _, o := range all { // keep the earlier order, add the new ones after
				if chosen[o.Code] && !slices.Contains(p.codes, o.Code) {
					out = append(out, o.Code)
				}
			}
			kept := p.codes[:0:0]
			for _, c := range p.codes {
				if chosen[c] {
					kept = append(kept, c)
				}
			}
			p.codes = append(kept, out...)
			p.update()
		}, p.win)
	d.Resize(kit.Fit(p.win, 420, 520))
	d.Show()
	p.win.Canvas().Focus(search)
}

// lockable is a text field that may hold a protected value: while the
// value reads as data.Locked it is shown as locked and never written back.
type lockable struct {
	entry  *kit.Input
	locked bool
	view   fyne.CanvasObject
}

func newLockable(value string, multiline bool, onSubmit func(string)) *lockable {
	l := &lockable{locked: data.IsLocked(value)}
	if l.locked {
		l.view = container.NewHBox(widget.NewIcon(theme.VisibilityOffIcon()),
			&widget.Label{Text: lang.L("(locked: enter the event passphrase)"), Importance: widget.LowImportance})
		return l
	}
	if multiline {
		l.entry = kit.InputOf(&widget.Entry{MultiLine: true, Wrapping: fyne.TextWrapWord, Text: value})
		l.entry.SetMinRowsVisible(2)
	} else {
		l.entry = kit.InputOf(&widget.Entry{Text: value, OnSubmitted: onSubmit})
	}
	l.view = l.entry
	return l
}

// value returns what to store: the entry's text, or old while locked.
func (l *lockable) value(old string) string {
	if l.locked {
		return old
	}
	return strings.TrimSpace(l.entry.Text)
}
