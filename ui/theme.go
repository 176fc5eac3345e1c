package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices kept in the preferences.
const (
	themeSystem = ""
	themeLight  = "light"
	themeDark   = "dark"
)

// deskTheme is Fyne's default theme, with the light or dark variant forced
// when the user chose one.
type deskTheme struct {
	variant fyne.ThemeVariant
	forced  bool
}

func (t *deskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced {
		v = t.variant
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *deskTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (t *deskTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *deskTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }

// newTheme makes the theme for a preference value.
func newTheme(choice string) fyne.Theme {
	switch choice {
	case themeLight:
		return &deskTheme{variant: theme.VariantLight, forced: true}
	case themeDark:
		return &deskTheme{variant: theme.VariantDark, forced: true}
	}
	return &deskTheme{}
}

func (d *desk) applyTheme(choice string) {
	d.app.Settings().SetTheme(newTheme(choice))
}
