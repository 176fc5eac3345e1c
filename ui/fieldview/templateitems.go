package fieldview

import (
	"context"
	"errors"
	"strconv"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
)

// errBadNumber is a number field holding something else.
var errBadNumber = errors.New("not a number")

// editTemplate renames the selected template or changes its description.
func (t *templatesTab) editTemplate() {
	tp := t.template()
	if tp == nil {
		return
	}
	cur := *tp
	name, desc := entry(cur.Name, ""), entry(cur.Description, lang.L("When to use it"))
	e := newEditor(t.env, lang.L("Template"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), name), widget.NewFormItem(lang.L("Use it for"), desc),
	}, &ref{"sop_template", cur.ID}, t.n, nil)
	e.onSave = func() (func() error, error) {
		if trimmed(name) == "" {
			return nil, fieldErr(lang.L("Name"), errRequired)
		}
		cur.Name, cur.Description = trimmed(name), trimmed(desc)
		return func() error { return t.env.Store.Update(context.Background(), &cur) }, nil
	}
	e.show()
}

// deleteTemplate deletes the selected template with its items, unless it
// is the default one.
func (t *templatesTab) deleteTemplate() {
	tp := t.template()
	if tp == nil {
		return
	}
	if tp.IsDefault {
		showErr(t.env, "delete template", errDefaultTemplate)
		return
	}
	cur := *tp
	confirmDelete(t.env, t.bar, &cur, cur.Name, nil)
}

// editItem opens the editor on an item of the selected template.
func (t *templatesTab) editItem(id string) {
	for _, it := range t.byTpl[t.selected] {
		if it.ID == id {
			cur := it
			t.itemEditor(&cur)
			return
		}
	}
}

// itemEditor edits an item, or adds one to the selected template when it
// is nil (at the end of the phase chosen unless a position is given).
func (t *templatesTab) itemEditor(it *data.SOPItem) {
	isNew := it == nil
	if isNew {
		it = &data.SOPItem{TemplateID: t.selected, Phase: data.PhasePreArrival}
	}
	phase := newEnumSelect("phase", data.Phases, it.Phase, nil)
	pos := entry("", lang.L("at the end of the phase"))
	if !isNew {
		pos.SetText(strconv.Itoa(it.Position))
	}
	en, id := textArea(it.TextEN), textArea(it.TextID)
	recheck := &widget.Check{Text: lang.L("Needs a re-check by a second person"), Checked: it.NeedsRecheck}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Phase"), phase), widget.NewFormItem(lang.L("Position"), pos),
		widget.NewFormItem(lang.L("English"), en), widget.NewFormItem(lang.L("Bahasa Indonesia"), id),
		widget.NewFormItem("", recheck),
	}
	var r *ref
	var del func()
	if !isNew {
		r = &ref{"sop_item", it.ID}
		cur := *it
		del = func() { confirmDelete(t.env, t.bar, &cur, cur.TextEN, nil) }
	}
	title := lang.L("SOP item")
	e := newEditor(t.env, title, items, r, t.n, del)
	e.onSave = func() (func() error, error) {
		x := *it
		x.Phase, x.TextEN, x.TextID, x.NeedsRecheck = phase.code(), trimmed(en), trimmed(id), recheck.Checked
		switch {
		case x.Phase == "":
			return nil, fieldErr(lang.L("Phase"), errRequired)
		case x.TextEN == "":
			return nil, fieldErr(lang.L("English"), errRequired)
		case x.TextID == "":
			return nil, fieldErr(lang.L("Bahasa Indonesia"), errRequired)
		}
		if trimmed(pos) == "" {
			x.Position = 1
			for _, o := range t.byTpl[t.selected] {
				if o.Phase == x.Phase && o.ID != x.ID && o.Position >= x.Position {
					x.Position = o.Position + 1
				}
			}
		} else if n, err := strconv.Atoi(trimmed(pos)); err != nil || n < 1 {
			return nil, fieldErr(lang.L("Position"), errBadNumber)
		} else {
			x.Position = n
		}
		return func() error {
			if isNew {
				return t.env.Store.Insert(context.Background(), &x)
			}
			return t.env.Store.Update(context.Background(), &x)
		}, nil
	}
	e.show()
}
