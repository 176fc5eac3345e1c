package fieldview

import (
	"context"
	"errors"
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

// errDefaultTemplate refuses to delete the default template.
var errDefaultTemplate = errors.New("the default template cannot be deleted")

// templatesTab lists the SOP templates and edits their items.
type templatesTab struct {
	env   kit.Env
	list  *grid
	items *grid
	title *widget.Label
	bar   *undoBar

	newBtn, copyBtn, editBtn, delBtn, addBtn *widget.Button

	templates []data.SOPTemplate
	byTpl     map[string][]data.SOPItem
	selected  string
	n         *names
}

func newTemplatesTab(env kit.Env) *templatesTab {
	return &templatesTab{env: env, byTpl: map[string][]data.SOPItem{}}
}

func (t *templatesTab) content() fyne.CanvasObject {
	t.bar = newUndoBar(t.env)
	t.list = newGrid([]column{{lang.L("Template"), 230}, {lang.L("Items"), 60}}, lang.L("No templates yet: the default one comes with the first assignment, or make one."), t.choose)
	t.items = newGrid([]column{
		{lang.L("Phase"), 110}, {"#", 40}, {lang.L("English"), 330}, {lang.L("Bahasa Indonesia"), 330}, {lang.L("Re-check"), 80},
	}, lang.L("This template has no items yet."), t.editItem)
	t.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	t.newBtn = &widget.Button{Text: lang.L("New template"), Icon: theme.ContentAddIcon(), OnTapped: func() { t.askCopy("") }}
	t.copyBtn = &widget.Button{Text: lang.L("Copy"), Icon: theme.ContentCopyIcon(), OnTapped: func() { t.askCopy(t.selected) }}
	t.editBtn = &widget.Button{Text: lang.L("Rename…"), Icon: theme.DocumentCreateIcon(), OnTapped: t.editTemplate}
	t.delBtn = &widget.Button{Text: lang.L("Delete"), Icon: theme.DeleteIcon(), OnTapped: t.deleteTemplate}
	t.addBtn = &widget.Button{Text: lang.L("Add item"), Icon: theme.ContentAddIcon(), OnTapped: func() { t.itemEditor(nil) }}
	t.enable()
	left := container.NewBorder(nil, t.newBtn, nil, nil, t.list.view())
	right := container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(t.addBtn, t.copyBtn, t.editBtn, t.delBtn), t.title), nil, nil, nil, t.items.view())
	split := container.NewHSplit(left, right)
	split.Offset = 0.25
	return container.NewBorder(nil, t.bar.box, nil, nil, split)
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
	t.env.Read(func(ctx context.Context, s *data.Store) func() {
		n, err := loadNames(ctx, s, false)
		var tpls []data.SOPTemplate
		var items []data.SOPItem
		if err == nil {
			tpls, err = data.All[data.SOPTemplate](ctx, s)
		}
		if err == nil {
			items, err = data.All[data.SOPItem](ctx, s)
		}
		return func() {
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				showErr(t.env, "load SOP templates", err)
				return
			}
			t.show(n, tpls, items)
		}
	})
}

func (t *templatesTab) show(n *names, tpls []data.SOPTemplate, items []data.SOPItem) {
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
	rows := make([]row, 0, len(tpls))
	found := false
	for _, tp := range tpls {
		name := tp.Name
		if tp.IsDefault {
			name += " ★"
		}
		rows = append(rows, newRow(tp.ID, false, name, strconv.Itoa(len(t.byTpl[tp.ID]))))
		found = found || tp.ID == t.selected
	}
	if !found {
		t.selected = ""
		if len(tpls) > 0 {
			t.selected = tpls[0].ID
		}
	}
	t.list.setRows(rows)
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
		t.items.setRows(nil)
		return
	}
	title := tp.Name
	if tp.Description != "" {
		title += " — " + tp.Description
	}
	t.title.SetText(title)
	its := t.byTpl[tp.ID]
	rows := make([]row, 0, len(its))
	for _, it := range its {
		rows = append(rows, newRow(it.ID, false, enumLabel("phase", it.Phase), strconv.Itoa(it.Position), it.TextEN, it.TextID, yesNo(it.NeedsRecheck)))
	}
	t.items.setRows(rows)
}

func yesNo(b bool) string {
	if b {
		return lang.L("Yes")
	}
	return lang.L("No")
}

// askCopy asks for a name, then copies template from (the default one
// when from is "") into a new template.
func (t *templatesTab) askCopy(from string) {
	name := entry("", lang.L("e.g. HOD with state visit"))
	desc := entry("", lang.L("When to use it"))
	e := newEditor(t.env, lang.L("New template"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), name), widget.NewFormItem(lang.L("Use it for"), desc),
	}, nil, t.n, nil)
	e.onSave = func() (func() error, error) {
		if trimmed(name) == "" {
			return nil, fieldErr(lang.L("Name"), errRequired)
		}
		tp := &data.SOPTemplate{Name: trimmed(name), Description: trimmed(desc)}
		return func() error {
			err := copyTemplate(context.Background(), t.env.Store, from, tp)
			if err == nil {
				t.env.Do(func() { t.selected = tp.ID })
			}
			return err
		}, nil
	}
	e.show()
	t.env.Win.Canvas().Focus(name)
}

// copyTemplate writes tp with copies of the items of template from (the
// default one, installed if need be, when from is "").
func copyTemplate(ctx context.Context, s *data.Store, from string, tp *data.SOPTemplate) error {
	return s.Write(ctx, func(tx *data.Tx) error {
		if from == "" {
			id, err := sop.EnsureDefault(tx)
			if err != nil {
				return err
			}
			from = id
		}
		items, err := tx.FindSOPItems(from)
		if err != nil {
			return err
		}
		if err := tx.Insert(tp); err != nil {
			return err
		}
		for _, it := range items {
			it.ID, it.TemplateID = "", tp.ID
			if err := tx.Insert(&it); err != nil {
				return err
			}
		}
		return nil
	})
}
