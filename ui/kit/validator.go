package kit

import "fyne.io/fyne/v2"

// Validator makes an entry's validator of a value rule (app/field): the
// rule's error shows under the entry as it is typed, in the window's
// language, and stays the rule's error for errors.Is. The editor's Save
// checks the same rule again (the record's Check).
func Validator(rule func(s string) error) fyne.StringValidator {
	return func(s string) error {
		if err := rule(s); err != nil {
			return Problem(err)
		}
		return nil
	}
}

// Problem is err as the window says it (Explain), still err for
// errors.Is; nil stays nil.
func Problem(err error) error {
	if err == nil {
		return nil
	}
	return &problem{err}
}

type problem struct{ err error }

func (p *problem) Error() string {
	if msg := Explain(p.err); msg != "" {
		return msg
	}
	return p.err.Error()
}

func (p *problem) Unwrap() error { return p.err }
