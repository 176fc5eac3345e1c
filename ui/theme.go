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

// Secondary text (low-importance labels, disabled widgets, and the
// light theme's placeholders): Fyne's own
// grey is nearly invisible (1.6:1 on the dark background, 1.3:1 on the
// light one); these read at WCAG AA, over 4.5:1 (TestThemeContrast).
var (
	secondaryDark  = color.NRGBA{R: 0x9a, G: 0x9a, B: 0xa0, A: 0xff}
	secondaryLight = color.NRGBA{R: 0x66, G: 0x66, B: 0x6b, A: 0xff}
)

func (t *deskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced {
		v = t.variant
	}
	switch {
	case n == theme.ColorNameDisabled && v == theme.VariantLight,
		n == theme.ColorNamePlaceHolder && v == theme.VariantLight:
		return secondaryLight
	case n == theme.ColorNameDisabled:
		return secondaryDark
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
