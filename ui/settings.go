package ui

import (
	"strings"

	"lodesk/ui/kit"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// settingsForm is the Settings dialog: language, theme, coordinator name.
type settingsForm struct {
	d   *desk
	dlg dialog.Dialog

	language, theme *kit.Select
	author          *kit.Input
	save, cancel    *kit.Button
}

// Choices as stored, in the order the selects list them.
var (
	languageChoices = []string{langSystem, langEN, langID}
	themeChoices    = []string{themeSystem, themeLight, themeDark}
)

func languageOptions() []string {
	return []string{lang.L("Same as the system"), "English", "Bahasa Indonesia"}
}

func themeOptions() []string {
	return []string{lang.L("Same as the system"), lang.L("Light"), lang.L("Dark")}
}

// showSettings opens the Settings dialog.
func (d *desk) showSettings() {
	f := &settingsForm{d: d}
	f.language = kit.NewSelect(languageOptions(), nil)
	f.language.SetSelectedIndex(max(0, kit.IndexOf(languageChoices, d.prefs.language())))
	f.theme = kit.NewSelect(themeOptions(), nil)
	f.theme.SetSelectedIndex(max(0, kit.IndexOf(themeChoices, d.prefs.theme())))
	f.author = kit.InputOf(&widget.Entry{Text: d.prefs.author(), PlaceHolder: lang.L("Your name, recorded with every change")})
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Language"), f.language),
		widget.NewFormItem(lang.L("Theme"), f.theme),
		widget.NewFormItem(lang.L("Coordinator name"), f.author),
	)
	f.save = kit.NewButton(lang.L("Save"), nil, widget.HighImportance, f.apply)
	f.cancel = kit.NewButton(lang.L("Cancel"), nil, widget.MediumImportance, func() { f.dlg.Hide() })
	dlg := dialog.NewCustomWithoutButtons(lang.L("Settings"), container.NewBorder(nil, kit.ButtonRow(nil, f.cancel, f.save), nil, nil, form), d.win)
	dlg.Resize(kit.Fit(d.win, 580, 260))
	f.dlg = dlg
	d.settings = f
	f.dlg.Show()
}

// apply saves the settings and puts them in force at once.
func (f *settingsForm) apply() {
	d := f.d
	f.dlg.Hide()
	theme := themeChoices[max(f.theme.SelectedIndex(), 0)]
	if theme != d.prefs.theme() {
		d.prefs.setTheme(theme)
		d.applyTheme(theme)
	}
	author := strings.TrimSpace(f.author.Text)
	d.prefs.setAuthor(author)
	if d.store != nil && author != "" {
		d.store.SetAuthor(author)
	}
	language := languageChoices[max(f.language.SelectedIndex(), 0)]
	if language != d.prefs.language() || effectiveLanguage(language) != currentLang {
		d.prefs.setLanguage(language)
		d.applyLanguage(language)
		d.rebuild()
	}
}
