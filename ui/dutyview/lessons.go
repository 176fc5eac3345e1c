package dutyview

import (
	"context"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/duty"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// Lessons is the list of lessons recorded during the event, for the
// end-of-event report, with their editor.
type Lessons struct {
	env   kit.Env
	bar   *kit.UndoBar
	table *widgets.StringTable
	empty *widget.Label
	d     *lessonsData
	// Loaded, when set, is called when the list is on screen (tests).
	Loaded func()
}

type lessonsData struct {
	loc      *time.Location
	lessons  []data.Lesson // oldest first
	delIDs   []string
	delNames []string
	names    map[string]string
}

// NewLessons makes the panel; Load fills it.
func NewLessons(env kit.Env) *Lessons {
	v := &Lessons{env: env, bar: kit.NewUndoBar(env)}
	v.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Recorded"), Width: 130},
		{Title: lang.L("Department"), Width: 140},
		{Title: lang.L("Delegation"), Width: 140},
		{Title: lang.L("What happened"), Width: 300},
		{Title: lang.L("Next time"), Width: 300},
		{Title: lang.L("By"), Width: 130},
	})
	v.table.OnActivated = func(i int) { v.edit(&v.d.lessons[i]) }
	v.table.Remember("lessons")
	v.empty = &widget.Label{Text: lang.L("No lesson recorded yet: record one with Record a lesson."), Alignment: fyne.TextAlignCenter}
	return v
}

// Content builds the panel.
func (v *Lessons) Content() fyne.CanvasObject {
	add := &widget.Button{Text: lang.L("Record a lesson"), Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: func() { v.edit(nil) }}
	hint := &widget.Label{Text: lang.L("What went wrong or well, and what to do next time: the end-of-event report lists them."), Wrapping: fyne.TextWrapWord}
	return container.NewBorder(container.NewBorder(nil, nil, nil, add, hint), v.bar.View(), nil, nil, container.NewStack(v.table.WithDetail(), container.NewCenter(v.empty)))
}

// Load reads the lessons.
func (v *Lessons) Load() { kit.Load(v.env, "load lessons", loadLessons, v.show) }

func loadLessons(ctx context.Context, st *data.Store) (*lessonsData, error) {
	ev, err := st.Event(ctx)
	if err != nil {
		return nil, err
	}
	d := &lessonsData{loc: ev.Location(), names: map[string]string{}}
	if d.lessons, err = data.All[data.Lesson](ctx, st); err != nil {
		return nil, err
	}
	// Oldest first, as the end-of-event report lists them.
	slices.SortStableFunc(d.lessons, func(a, b data.Lesson) int { return a.RecordedAt.Compare(b.RecordedAt) })
	dels, err := st.FindDelegations(ctx, data.DelegationFilter{Sort: "name"})
	if err != nil {
		return nil, err
	}
	d.delIDs, d.delNames = []string{""}, []string{lang.L("(none)")}
	for _, x := range dels {
		name := x.Code + " " + x.Name
		d.delIDs, d.delNames, d.names[x.ID] = append(d.delIDs, x.ID), append(d.delNames, name), name
	}
	return d, nil
}

func (v *Lessons) show(d *lessonsData) {
	v.d = d
	rows := make([][]string, len(d.lessons))
	for i, l := range d.lessons {
		rows[i] = []string{kit.DateTime(l.RecordedAt, d.loc), kit.EnumLabel("department", l.Department), d.names[l.DelegationID], firstLine(l.What), firstLine(l.Recommendation), l.RecordedBy}
	}
	v.table.SetRows(rows)
	v.empty.Hidden = len(rows) > 0
	v.empty.Refresh()
	if v.Loaded != nil {
		v.Loaded()
	}
}

// edit opens a lesson's editor; l nil records a new one.
func (v *Lessons) edit(l *data.Lesson) {
	d := v.d
	if d == nil {
		return
	}
	rec := data.Lesson{RecordedBy: v.env.Author()}
	title := lang.L("Record a lesson")
	if l != nil {
		rec, title = *l, lang.L("Edit lesson")
	}
	what := kit.TextArea(rec.What)
	next := kit.TextArea(rec.Recommendation)
	dept := kit.NewEnumSelect("department", append([]string{""}, data.Departments...), rec.Department, nil)
	del := kit.NewIDSelect(d.delIDs, d.delNames, rec.DelegationID)
	by := kit.Entry(rec.RecordedBy, "")
	e := kit.NewEditor(v.env, title, []kit.Field{
		{Name: "what", Label: lang.L("What happened"), Widget: what},
		{Label: lang.L("Next time"), Widget: next, Hint: lang.L("What to do differently at the next event")},
		{Name: "department", Label: lang.L("Department"), Widget: dept.Select},
		{Name: "delegation", Label: lang.L("Delegation"), Widget: del.Select},
		{Label: lang.L("Recorded by"), Widget: by},
	})
	e.Collect = func() error {
		rec.What, rec.Recommendation, rec.Department = kit.Trimmed(what), kit.Trimmed(next), dept.Code()
		rec.DelegationID, rec.RecordedBy = del.ID(), kit.Trimmed(by)
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error { x := rec; return duty.SaveLesson(ctx, st, &x) }
	e.Saved = v.Load
	if l != nil {
		les := *l
		e.OnDelete(func() { v.bar.Delete(&les, lang.L("the lesson"), nil, v.Load) })
		kit.TrackRecord(e, &les, v.edit)
	}
	e.Resize(600, 520)
	e.Show(what)
}
