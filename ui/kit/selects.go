package kit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// EnumSelect chooses one of a set of stored codes by its translated label
// (EnumLabel; "" is "(none)"); Code reads the choice back.
type EnumSelect struct {
	*Select
	codes []string
}

// NewEnumSelect chooses value, or the first code when value is not one;
// changed, if set, is called with the code chosen.
func NewEnumSelect(prefix string, codes []string, value string, changed func(code string)) *EnumSelect {
	s := &EnumSelect{codes: codes}
	labels := EnumLabels(prefix, codes)
	for i, c := range codes {
		if c == "" {
			labels[i] = lang.L("(none)")
		}
	}
	s.Select = NewSelect(labels, nil)
	s.SetCode(value)
	if s.SelectedIndex() < 0 && len(codes) > 0 {
		s.SetSelectedIndex(0)
	}
	if changed != nil {
		s.OnChanged = func(string) { changed(s.Code()) }
	}
	return s
}

// Code is the chosen code, "" for none.
func (s *EnumSelect) Code() string { return at(s.codes, s.SelectedIndex()) }

// SetCode chooses a code; an unknown one leaves the choice as it is.
func (s *EnumSelect) SetCode(code string) {
	if i := IndexOf(s.codes, code); i >= 0 {
		s.SetSelectedIndex(i)
	}
}

// IDSelect chooses one of a list of records by its name; ID reads the
// choice back. An id "" may stand for none.
type IDSelect struct {
	*Select
	ids []string
}

// NewIDSelect chooses the record id (none when id is not one).
func NewIDSelect(ids, names []string, id string) *IDSelect {
	s := &IDSelect{ids: ids, Select: NewSelect(names, nil)}
	s.SetID(id)
	return s
}

// ID is the chosen record's id, "" for none.
func (s *IDSelect) ID() string { return at(s.ids, s.SelectedIndex()) }

// SetID chooses a record by its id; an unknown id clears the choice.
func (s *IDSelect) SetID(id string) {
	if i := IndexOf(s.ids, id); i >= 0 {
		s.SetSelectedIndex(i)
		return
	}
	s.ClearSelected()
}

// SetOptions swaps the choices, keeping the chosen id if it is still one.
func (s *IDSelect) SetOptions(ids, names []string) {
	cur := s.ID()
	s.ids, s.Options = ids, names
	s.SetID(cur)
	s.Refresh()
}

func at(list []string, i int) string {
	if i < 0 || i >= len(list) {
		return ""
	}
	return list[i]
}

// Entry is a one-line entry holding text.
func Entry(text, placeholder string) *Input {
	return InputOf(&widget.Entry{Text: text, PlaceHolder: placeholder, Wrapping: fyne.TextWrapOff})
}

// TextArea is a multi-line entry holding text, three lines high.
func TextArea(text string) *Input {
	e := InputOf(&widget.Entry{Text: text, MultiLine: true, Wrapping: fyne.TextWrapWord})
	e.SetMinRowsVisible(3)
	return e
}

// Trimmed is an entry's text without the spaces around it.
func Trimmed(e *Input) string { return strings.TrimSpace(e.Text) }
