package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is WCAG's relative luminance.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestThemeContrast: the texts read at WCAG AA (4.5:1) on the window's
// and the fields' backgrounds in both themes, secondary text included.
func TestThemeContrast(t *testing.T) {
	for _, choice := range []string{themeLight, themeDark} {
		th := newTheme(choice)
		v := theme.VariantDark
		if choice == themeLight {
			v = theme.VariantLight
		}
		for _, fg := range []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameDisabled, theme.ColorNamePlaceHolder} {
			for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground} {
				if c := contrast(th.Color(fg, v), th.Color(bg, v)); c < 4.5 {
					t.Errorf("%s: %s on %s is %.1f:1, under 4.5:1", choice, fg, bg, c)
				}
			}
		}
	}
}
