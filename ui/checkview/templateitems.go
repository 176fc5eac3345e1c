package checkview

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/kit"
)

// editTemplate renames the selected template or changes its description.
func (t *templatesTab) editTemplate() {
	tp := t.template()
	if tp == nil {
		return
	}
	cur := *tp
	name, desc := kit.Entry(cur.Name, ""), kit.Entry(cur.Description, lang.L("When to use it"))
	e := kit.NewEditor(t.env, lang.L("Template"), []kit.Field{
		{Name: "name", Label: lang.L("Name"), Widget: name}, {Label: lang.L("Use it for"), Widget: desc},
	})
	e.History("sop_template", cur.ID, t.n.Loc)
	e.Track("sop_template", cur.ID, t.editTemplate)
	e.Collect = func() error {
		cur.Name, cur.Description = name.Text, desc.Text
		return sop.CheckTemplate(&cur)
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		x := cur
		return sop.SaveTemplate(ctx, st, &x)
	}
	e.Resize(560, 300)
	e.Show(name)
}

// deleteTemplate deletes the selected template with its items, unless it
// is the default one (sop.RemoveTemplate).
func (t *templatesTab) deleteTemplate() {
	tp := t.template()
	if tp == nil {
		return
	}
	if tp.IsDefault {
		t.env.ShowError("delete template", sop.ErrDefaultTemplate, t.env.ErrorText(sop.ErrDefaultTemplate))
		return
	}
	cur := *tp
	t.bar.Delete(&cur, cur.Name, func(ctx context.Context, st *data.Store) (*record.Removal, error) {
		return sop.RemoveTemplate(ctx, st, &cur)
	}, nil)
}

// editItem opens the editor on an item of the selected template.
func (t *templatesTab) editItem(id string) {
	if it := kit.ByID(t.byTpl[t.selected], id); it != nil {
		t.itemEditor(it)
	}
}

// itemEditor edits an item, or adds one to the selected template when it
// is nil (at the end of the phase chosen unless a position is given).
func (t *templatesTab) itemEditor(it *data.SOPItem) {
	isNew := it == nil
	if isNew {
		it = &data.SOPItem{TemplateID: t.selected, Phase: data.PhasePreArrival}
	}
	phase := kit.NewEnumSelect("phase", data.Phases, it.Phase, nil)
	pos := kit.Entry("", lang.L("at the end of the phase"))
	if !isNew {
		pos.SetText(strconv.Itoa(it.Position))
	}
	en, id := kit.TextArea(it.TextEN), kit.TextArea(it.TextID)
	recheck := kit.Checked(kit.NewCheck(lang.L("Needs a re-check by a second person"), nil), it.NeedsRecheck)
	e := kit.NewEditor(t.env, lang.L("SOP item"), []kit.Field{
		{Name: "phase", Label: lang.L("Phase"), Widget: phase},
		{Name: "position", Label: lang.L("Position"), Widget: pos},
		{Name: "text_en", Label: lang.L("English"), Widget: en},
		{Name: "text_id", Label: lang.L("Bahasa Indonesia"), Widget: id},
		{Widget: recheck},
	})
	if !isNew {
		cur := *it
		e.History("sop_item", cur.ID, t.n.Loc)
		e.Track("sop_item", cur.ID, func() { t.editItem(cur.ID) })
		e.OnDelete(func() { t.bar.Delete(&cur, cur.TextEN, nil, nil) })
	}
	var x data.SOPItem
	e.Collect = func() error {
		x = *it
		x.Phase, x.TextEN, x.TextID, x.NeedsRecheck = phase.Code(), en.Text, id.Text, recheck.Checked
		x.Position = 0 // at the end of its phase
		if p := kit.Trimmed(pos); p != "" {
			n, err := strconv.Atoi(p)
			if err != nil || n < 1 {
				return &field.Error{Field: "position", Err: field.ErrBadNumber, Value: p}
			}
			x.Position = n
		}
		return sop.CheckItem(&x)
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		y := x
		return sop.SaveItem(ctx, st, &y)
	}
	e.Show(nil)
}
