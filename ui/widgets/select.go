package widgets

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// NewSelect is widget.NewSelect with its placeholder in the user's
// language: Fyne's own "(Select one)" is a constant it never translates.
func NewSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = SelectPlaceHolder()
	return s
}

// SelectPlaceHolder is the translated "(Select one)", for selects built
// as struct literals.
func SelectPlaceHolder() string { return lang.L("(Select one)") }
