package ui

import (
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	prefLanguage = "language" // "", "en" or "id"
	prefTheme    = "theme"    // "", "light" or "dark"
	prefAuthor   = "author"   // the coordinator's name on every change
	prefRecent   = "recent"   // recent event files, newest first
	prefWinW     = "window.width"
	prefWinH     = "window.height"
	maxRecent    = 8
)

// prefs reads and writes the user's settings.
type prefs struct{ p fyne.Preferences }

func (p prefs) language() string { return p.p.String(prefLanguage) }
func (p prefs) theme() string    { return p.p.String(prefTheme) }
func (p prefs) author() string   { return p.p.String(prefAuthor) }

func (p prefs) setLanguage(v string) { p.p.SetString(prefLanguage, v) }
func (p prefs) setTheme(v string)    { p.p.SetString(prefTheme, v) }
func (p prefs) setAuthor(v string)   { p.p.SetString(prefAuthor, v) }

// windowSize is the window's size when it was last closed, or the first
// size; never smaller than a small laptop's window.
func (p prefs) windowSize() fyne.Size {
	w, h := p.p.FloatWithFallback(prefWinW, windowW), p.p.FloatWithFallback(prefWinH, windowH)
	return fyne.NewSize(float32(max(w, minWindowW)), float32(max(h, minWindowH)))
}

// setWindowSize remembers the window's size for the next start.
func (p prefs) setWindowSize(s fyne.Size) {
	if s.Width > 0 && s.Height > 0 {
		p.p.SetFloat(prefWinW, float64(s.Width))
		p.p.SetFloat(prefWinH, float64(s.Height))
	}
}

// recent lists the recent event files that still exist, newest first.
func (p prefs) recent() []string {
	var out []string
	for _, f := range p.p.StringList(prefRecent) {
		if _, err := os.Stat(f); err == nil {
			out = append(out, f)
		}
	}
	return out
}

// addRecent puts path first in the recent list.
func (p prefs) addRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := slices.DeleteFunc(p.p.StringList(prefRecent), func(s string) bool { return s == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	p.p.SetStringList(prefRecent, list)
}

// documentsDir is where new event files go by default: the user's
// Documents folder, or home when there is none.
func documentsDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	docs := filepath.Join(home, "Documents")
	if fi, err := os.Stat(docs); err == nil && fi.IsDir() {
		return docs
	}
	return home
}
