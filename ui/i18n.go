package ui

import (
	"log/slog"
	"os"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"

	"lodesk/assets"
)

// Languages the window speaks.
const (
	langSystem = ""
	langEN     = "en"
	langID     = "id"
)

// fyneLocales are the languages Fyne ships its own strings in. A forced
// choice is laid over each of them, so that whichever one the system
// locale matches, the chosen language wins; on Windows and macOS Fyne
// reads the locale from the system, not from LANG.
var fyneLocales = []string{"en", "id", "cs", "de", "el", "es", "fr", "pl", "pt", "pt_BR", "ru", "sv", "ta", "uk", "zh_Hans"}

// systemLanguage is the language the system asks for: Indonesian or, for
// every other locale, English.
func systemLanguage() string {
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		v := os.Getenv(env)
		if v == "" {
			continue
		}
		if strings.HasPrefix(strings.ToLower(v), "id") || strings.HasPrefix(strings.ToLower(v), "in_") {
			return langID
		}
		return langEN
	}
	if strings.HasPrefix(string(lang.SystemLocale()), "id") {
		return langID
	}
	return langEN
}

// effectiveLanguage resolves a preference to "en" or "id".
func effectiveLanguage(choice string) string {
	if choice == langEN || choice == langID {
		return choice
	}
	return systemLanguage()
}

// applyLanguage loads the translations for a preference ("" follows the
// system) and remembers the language in use.
func (d *desk) applyLanguage(choice string) {
	d.users.Wait() // loads format rows in the language in force: let them finish
	code := effectiveLanguage(choice)
	if choice != langSystem || posixLocale() {
		// A forced choice, or a "C" locale that Fyne cannot parse and would
		// complain about on every load: English quietly.
		// Linux reads these; set them so that Fyne and child processes agree.
		loc := map[string]string{langEN: "en_US.UTF-8", langID: "id_ID.UTF-8"}[code]
		for _, env := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
			_ = os.Setenv(env, loc)
		}
		_ = os.Unsetenv("LANGUAGE")
	}
	if err := loadTranslations(code); err != nil {
		slog.Error("load translations", "lang", code, "err", err)
	}
	currentLang = code
}

// posixLocale reports whether the locale in force is C or POSIX.
func posixLocale() bool {
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(env); v != "" {
			v, _, _ = strings.Cut(v, ".")
			return v == "C" || v == "POSIX"
		}
	}
	return false
}

// currentLang is the language the window speaks now, "en" or "id".
var currentLang = langEN

// loadTranslations adds both translations, then lays the chosen one over
// the locales Fyne may match.
func loadTranslations(code string) error {
	if err := lang.AddTranslationsFS(assets.Translations, assets.TranslationsDir); err != nil {
		return err
	}
	b, err := assets.Translations.ReadFile(assets.TranslationsDir + "/" + code + ".json")
	if err != nil {
		return err
	}
	for _, l := range overlayLocales() {
		if err := lang.AddTranslationsForLocale(b, fyne.Locale(l)); err != nil {
			return err
		}
	}
	return nil
}

// overlayLocales are those of fyneLocales that Fyne can pick for the
// user's locales (it matches them the same way), English and Indonesian
// always. Laying the chosen language over all fifteen held 17 copies of
// the 700 strings: 18 MB of the window's resident memory.
func overlayLocales() []string {
	tags := make([]language.Tag, len(fyneLocales))
	for i, l := range fyneLocales {
		tags[i] = language.Make(l)
	}
	m := language.NewMatcher(tags)
	out := []string{langEN, langID}
	user, err := locale.GetLocales()
	if err != nil {
		return fyneLocales // cannot tell: all of them
	}
	for _, u := range user {
		t, err := language.Parse(u)
		if err != nil {
			continue
		}
		if _, i, conf := m.Match(t); conf != language.No && !slices.Contains(out, fyneLocales[i]) {
			out = append(out, fyneLocales[i])
		}
	}
	return out
}
