package checkview

import (
	"context"
	"slices"
	"sort"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/kit"
)

// templatesTab lists the SOP templates and edits their items.
type templatesTab struct {
	env   kit.Env
	list  *kit.Grid
	items *kit.Grid
	title *widget.Label
	bar   *kit.UndoBar

	newBtn, copyBtn, editBtn, delBtn, addBtn *widget.Button

	templates []data.SOPTemplate
	byTpl     map[string][]data.SOPItem
	selected  string
	n         *kit.Names
}

func newTemplatesTab(env kit.Env) *templatesTab {
	return &templatesTab{env: env, byTpl: map[string][]data.SOPItem{}}
}

func (t *templatesTab) content() fyne.CanvasObject {
	t.bar = kit.NewUndoBar(t.env)
	t.list = kit.NewGrid([]kit.Column{{Title: lang.L("Template"), Width: 230}, {Title: lang.L("Items"), Width: 60}}, lang.L("No templates yet: the default one comes with the first assignment, or make one."), nil)
	t.list.OnSelect = t.choose
	t.list.Remember("templates")
	t.items = kit.NewGrid([]kit.Column{
		{Title: lang.L("Phase"), Width: 110},
		{Title: "#", Width: 40},
		{Title: lang.L("English"), Width: 330},
		{Title: lang.L("Bahasa Indonesia"), Width: 330},
		{Title: lang.L("Re-check"), Width: 80},
	}, lang.L("This template has no items yet: add one with Add item."), t.editItem)
	t.items.Remember("template.items")
	t.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	t.newBtn = &widget.Button{Text: lang.L("New template"), Icon: theme.ContentAddIcon(), OnTapped: func() { t.askCopy("") }}
	t.copyBtn = &widget.Button{Text: lang.L("Copy"), Icon: theme.ContentCopyIcon(), OnTapped: func() { t.askCopy(t.selected) }}
	t.editBtn = &widget.Button{Text: lang.L("Rename…"), Icon: theme.DocumentCreateIcon(), OnTapped: t.editTemplate}
	t.delBtn = &widget.Button{Text: lang.L("Delete"), Icon: theme.DeleteIcon(), OnTapped: t.deleteTemplate}
	t.addBtn = &widget.Button{Text: lang.L("Add item"), Icon: theme.ContentAddIcon(), OnTapped: func() { t.itemEditor(nil) }}
	t.enable()
	left := container.NewBorder(nil, t.newBtn, nil, nil, t.list.View())
	right := container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(t.addBtn, t.copyBtn, t.editBtn, t.delBtn), t.title), nil, nil, nil, t.items.View())
	split := container.NewHSplit(left, right)
	split.Offset = 0.25
	return container.NewBorder(nil, t.bar.View(), nil, nil, split)
}

func (t *templatesTab) enable() {
	for _, b := range []*widget.Button{t.copyBtn, t.editBtn, t.delBtn, t.addBtn} {
		if t.selected == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

func (t *templatesTab) load() {
	type loaded struct {
		n     *kit.Names
		tpls  []data.SOPTemplate
		items []data.SOPItem
	}
	kit.Load(t.env, "load SOP templates", func(ctx context.Context, s *data.Store) (l loaded, err error) {
		if l.n, err = kit.LoadNames(ctx, s, false); err != nil {
			return l, err
		}
		if l.tpls, err = data.All[data.SOPTemplate](ctx, s); err != nil {
			return l, err
		}
		l.items, err = data.All[data.SOPItem](ctx, s)
		return l, err
	}, func(l loaded) { t.show(l.n, l.tpls, l.items) })
}

func (t *templatesTab) show(n *kit.Names, tpls []data.SOPTemplate, items []data.SOPItem) {
	t.n, t.templates, t.byTpl = n, tpls, map[string][]data.SOPItem{}
	for _, it := range items {
		t.byTpl[it.TemplateID] = append(t.byTpl[it.TemplateID], it)
	}
	for _, its := range t.byTpl {
		sort.SliceStable(its, func(i, j int) bool {
			pi, pj := slices.Index(data.Phases, its[i].Phase), slices.Index(data.Phases, its[j].Phase)
			return pi < pj || pi == pj && its[i].Position < its[j].Position
		})
	}
	rows := make([]kit.Row, 0, len(tpls))
	found := false
	for _, tp := range tpls {
		name := tp.Name
		if tp.IsDefault {
			name += " ★"
		}
		rows = append(rows, kit.NewRow(tp.ID, false, name, strconv.Itoa(len(t.byTpl[tp.ID]))))
		found = found || tp.ID == t.selected
	}
	if !found {
		t.selected = ""
		if len(tpls) > 0 {
			t.selected = tpls[0].ID
		}
	}
	t.list.SetRows(rows)
	t.showItems()
}

func (t *templatesTab) choose(id string) {
	t.selected = id
	t.showItems()
}

func (t *templatesTab) template() *data.SOPTemplate {
	for i := range t.templates {
		if t.templates[i].ID == t.selected {
			return &t.templates[i]
		}
	}
	return nil
}

func (t *templatesTab) showItems() {
	t.enable()
	tp := t.template()
	if tp == nil {
		t.title.SetText("")
		t.items.SetRows(nil)
		return
	}
	title := tp.Name
	if tp.Description != "" {
		title += " — " + tp.Description
	}
	t.title.SetText(title)
	its := t.byTpl[tp.ID]
	rows := make([]kit.Row, 0, len(its))
	for _, it := range its {
		rows = append(rows, kit.NewRow(it.ID, false, kit.EnumLabel("phase", it.Phase), strconv.Itoa(it.Position), it.TextEN, it.TextID, kit.YesNo(it.NeedsRecheck)))
	}
	t.items.SetRows(rows)
}

// askCopy asks for a name, then copies template from (the default one
// when from is "") into a new template (sop.CopyTemplate).
func (t *templatesTab) askCopy(from string) {
	name := kit.Entry("", lang.L("e.g. HOD with state visit"))
	desc := kit.Entry("", lang.L("When to use it"))
	e := kit.NewEditor(t.env, lang.L("New template"), []kit.Field{
		{Name: "name", Label: lang.L("Name"), Widget: name}, {Label: lang.L("Use it for"), Widget: desc},
	})
	var tp data.SOPTemplate
	e.Collect = func() error {
		tp = data.SOPTemplate{Name: name.Text, Description: desc.Text}
		return sop.CheckTemplate(&tp)
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		x := tp
		if err := sop.CopyTemplate(ctx, st, from, &x); err != nil {
			return err
		}
		t.env.Do(func() { t.selected = x.ID })
		return nil
	}
	e.Resize(560, 300)
	e.Show(name)
}
