package assignview

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// Board is the assignments screen: the table, the conflicts beside it and
// the timeline.
type Board struct {
	env *kit.Env
	d   *boardData

	table     *widgets.StringTable
	conflicts *widgets.StringTable
	conflictN *widget.Label
	timeline  *Timeline
	tabs      *container.AppTabs
	content   fyne.CanvasObject
	undo      *kit.UndoBar
	note      *kit.EmptyNote // over the table while there is no assignment

	lines []string // conflicts as shown
}

// NewBoard makes the board; Load fills it.
func NewBoard(env kit.Env) *Board {
	b := &Board{env: &env, undo: kit.NewUndoBar(env)}
	b.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Delegation"), Width: 165},
		{Title: lang.L("Liaison officer"), Width: 150},
		{Title: lang.L("Role"), Width: 75},
		{Title: lang.L("Person"), Width: 130},
		{Title: lang.L("Period"), Width: 180},
		{Title: lang.L("Shifts"), Width: 70},
	})
	b.table.OnActivated = b.activated
	b.table.Remember("assignments")
	// A conflict's line is cut in the table and read whole under it; a
	// double click (or Enter) opens what fixes it.
	b.conflicts = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Kind"), Width: 120},
		{Title: lang.L("Conflict"), Width: 320},
	})
	b.conflicts.OnActivated = b.conflictActivated
	b.conflicts.Remember("assignments.conflicts")
	b.conflictN = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	b.note = kit.NewEmptyNote(b.table.WithDetail(), lang.L("No assignments yet: press Auto-match… to give every delegation a lead LO, or New assignment to give one by hand. Delegations and LOs come first, on their own screens."))
	b.timeline = NewTimeline()
	return b
}

// Content builds the screen.
func (b *Board) Content() fyne.CanvasObject {
	if b.content != nil {
		return b.content
	}
	bar := container.NewHBox(
		widget.NewButtonWithIcon(lang.L("New assignment"), theme.ContentAddIcon(), func() { b.edit(nil, "", "") }),
		&widget.Button{Text: lang.L("Auto-match…"), Icon: theme.MediaPlayIcon(), Importance: widget.HighImportance, OnTapped: b.autoMatch},
	)
	side := container.NewBorder(b.conflictN, nil, nil, nil, b.conflicts.WithDetail())
	split := container.NewHSplit(b.note.View(), side)
	split.Offset = 0.6
	b.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Assignments"), split),
		container.NewTabItem(lang.L("Timeline"), b.timeline.Content()),
	)
	b.content = container.NewBorder(bar, b.undo.View(), nil, nil, b.tabs)
	return b.content
}

// SearchEntry is the timeline's search on its tab; the assignments have
// none.
func (b *Board) SearchEntry() *kit.Input {
	if b.tabs != nil && b.tabs.SelectedIndex() == 1 {
		return b.timeline.SearchEntry()
	}
	return nil
}

// Load reads the board and its conflicts.
func (b *Board) Load() {
	kit.Load(*b.env, "load assignments", loadBoard, b.show)
}

func (b *Board) show(d *boardData) {
	b.d = d
	rows := make([][]string, len(d.board.Rows))
	for i, r := range d.board.Rows {
		a := &r.Assignment
		shifts := lang.L("All day")
		if n := d.shifts[a.ID]; n > 0 {
			shifts = strconv.Itoa(n)
		}
		rows[i] = []string{r.Delegation, r.LO, kit.EnumLabel("assign", a.Role), d.personName(a.DelegationID, a.PersonID), periodText(r.Period), shifts}
	}
	b.table.SetRows(rows)
	b.note.Count(len(rows), len(rows))
	b.lines = make([]string, len(d.board.Conflicts))
	conflicts := make([][]string, len(d.board.Conflicts))
	for i, c := range d.board.Conflicts {
		b.lines[i] = d.conflictText(c)
		conflicts[i] = []string{KindTitle(c.Kind), b.lines[i]}
	}
	b.conflicts.SetRows(conflicts)
	if len(b.lines) == 0 {
		b.conflictN.SetText(lang.L("No conflicts"))
	} else {
		b.conflictN.SetText(lang.L("Conflicts: {{.Count}}", map[string]any{"Count": len(b.lines)}))
	}
	b.timeline.SetData(d)
}

// activated opens the assignment double-clicked (or Enter).
func (b *Board) activated(i int) {
	if b.d == nil || i < 0 || i >= len(b.d.board.Rows) {
		return
	}
	a := b.d.board.Rows[i].Assignment
	b.edit(&a, "", "")
}

// conflictActivated opens what fixes a conflict: the assignment at fault,
// or a new assignment for the delegation without lead or the idle LO.
func (b *Board) conflictActivated(i int) {
	if b.d == nil || i < 0 || i >= len(b.d.board.Conflicts) {
		return
	}
	c := b.d.board.Conflicts[i]
	if len(c.AssignmentIDs) > 0 {
		if r := b.d.rowBy[c.AssignmentIDs[0]]; r != nil {
			a := r.Assignment
			b.edit(&a, "", "")
		}
		return
	}
	b.edit(nil, c.LOID, c.DelegationID)
}
