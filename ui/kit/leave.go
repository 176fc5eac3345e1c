package kit

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/data"
)

// Checking a field on leaving it: when the focus leaves a field of an
// editor (an Input, Select, Check or SelectEntry in a named line), the
// editor reads the form (Collect) and, if that reads, runs its Check off
// the UI goroutine: the same rules of app/ that Save applies. What they
// say about the fields left so far is shown beside them and under the
// form; a field put right loses its mark. Nothing is written.

// leaveHook is what a field that says when it is left holds: the
// editor's check of the field, run from the field's FocusLost.
type leaveHook struct{ onLeave func() }

func (h *leaveHook) setOnLeave(fn func()) { h.onLeave = fn }

// left runs the editor's check, if the field is in an editor.
func (h *leaveHook) left() {
	if h.onLeave != nil {
		h.onLeave()
	}
}

// FocusLost tells the editor the field was left.
func (e *Input) FocusLost() {
	e.Entry.FocusLost()
	e.left()
}

// watchLeaving makes every field under w (containers walked) report to the
// editor when it is left, as the line name.
func (e *Editor) watchLeaving(name string, w fyne.CanvasObject) {
	walkAll(w, func(o fyne.CanvasObject) {
		if l, ok := o.(leaving); ok {
			l.setOnLeave(func() { e.left(name) })
		}
	})
}

// walkAll visits o and the objects under it through containers, form
// lines, scrolls and field boxes, shown or not.
func walkAll(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkAll(c, visit)
		}
	case *FieldBox:
		walkAll(x.Widget, visit)
	case *widget.Form:
		for _, it := range x.Items {
			walkAll(it.Widget, visit)
		}
	}
}

// left checks the form after the field name was left and marks what the
// rules say about the fields left so far.
func (e *Editor) left(name string) {
	if !e.shown {
		return
	}
	e.touched[name] = true
	var err error
	if e.Collect != nil {
		err = e.Collect()
	}
	if err != nil || e.Check == nil {
		e.mark(err)
		return
	}
	check := e.Check()
	e.checks++
	n := e.checks
	e.env.Go(func() {
		err := check(context.Background(), e.env.Store)
		e.env.Do(func() {
			if n == e.checks && e.shown { // not overtaken by a later check
				e.mark(err)
			}
		})
	})
}

// mark shows err's problems beside the fields left or marked before (and
// hides those of them that are now right), then lists them under the form.
func (e *Editor) mark(err error) {
	byField := map[string]error{}
	for _, one := range split(err) {
		if name := field.Of(one); name != "" {
			if _, seen := byField[name]; !seen {
				byField[name] = one
			}
		}
	}
	var shown []error
	for name, l := range e.beside {
		if !e.touched[name] && !l.Visible() {
			continue
		}
		if one, ok := byField[name]; ok && Explain(one) != "" {
			shown = append(shown, one)
			continue
		}
		l.Hide()
	}
	if len(shown) == 0 {
		e.problem.Hide()
		e.form.Refresh()
		return
	}
	var lines []string
	for _, one := range split(e.First(shown...)) {
		lines = append(lines, e.failOne(one))
	}
	e.problem.SetText(strings.Join(lines, "\n"))
	e.problem.Show()
}

// split is the errors joined in err (errors.Join), or err alone.
func split(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// CheckOn makes the editor's Check run check, off the UI goroutine, on a
// copy of rec as the form left it (Collect fills rec): the rules of app/
// that need the event file.
func CheckOn[T any](e *Editor, rec *T, check func(ctx context.Context, st *data.Store, r *T) error) {
	e.Check = func() func(context.Context, *data.Store) error {
		r := *rec
		return func(ctx context.Context, st *data.Store) error { return check(ctx, st, &r) }
	}
}
