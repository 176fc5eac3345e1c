package checkview

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/kit"
)

// itemLine is a phase header or one item of the checklist shown.
type itemLine struct {
	header  bool
	text    string // the phase, or the item's text in the user's language
	detail  string // who checked and re-checked, when; the phase's progress
	index   int    // the item's index in c.items[assignment]
	overdue bool
}

// Per-item buttons, in the order of the row's button box.
const (
	btnCheck = iota
	btnRecheck
	btnNA
	btnReset
	btnNote
	btnHistory
)

// showChecklist rebuilds the lines of the selected assignment's checklist.
func (c *Checklists) showChecklist() {
	c.lines = c.lines[:0:0]
	var a *assignRow
	for i := range c.assigns {
		if c.assigns[i].a.ID == c.selected {
			a = &c.assigns[i]
		}
	}
	if a == nil {
		c.selected = ""
		c.title.SetText("")
		c.summary.SetText("")
		c.noneLabel.Show()
		c.itemList.Refresh()
		return
	}
	c.noneLabel.Hide()
	now := c.now()
	a.progress = c.progressOf(a.a, now)
	c.title.SetText(a.title)
	c.summary.Importance = widget.MediumImportance
	if a.progress.Overdue > 0 {
		c.summary.Importance = widget.DangerImportance
	}
	c.summary.SetText(progressText(a.progress))
	m := c.milestones[a.a.DelegationID]
	items := c.items[a.a.ID]
	loc := c.n.Loc
	for i := 0; i < len(items); {
		phase := items[i].Phase
		var p sop.Progress
		head := len(c.lines)
		c.lines = append(c.lines, itemLine{header: true, text: kit.EnumLabel("phase", phase)})
		for ; i < len(items) && items[i].Phase == phase; i++ {
			it := &items[i]
			p.Add(it, m, now)
			c.lines = append(c.lines, itemLine{text: kit.StepText(it), detail: itemDetail(it, loc), index: i, overdue: sop.Overdue(it, m, now)})
		}
		h := &c.lines[head]
		h.detail = progressText(p)
		if due := m.Due(phase); !due.IsZero() {
			h.detail += " · " + lang.L("due {{.Time}}", map[string]any{"Time": kit.DateTime(due, loc)})
		}
		h.overdue = p.Overdue > 0
	}
	c.rows.Update()
	c.assignTo.Refresh()
}

// itemDetail says the item's state: who checked and re-checked it, when.
func itemDetail(it *data.ChecklistItem, l *time.Location) string {
	var parts []string
	switch it.Status {
	case data.CheckPending:
		parts = append(parts, kit.EnumLabel("check", it.Status))
	case data.CheckNotApplicable:
		parts = append(parts, lang.L("Not applicable: {{.Reason}} ({{.Who}}, {{.Time}})", map[string]any{"Reason": it.NAReason, "Who": it.CheckedBy, "Time": kit.DateTime(it.CheckedAt, l)}))
	default:
		parts = append(parts, lang.L("Checked by {{.Who}}, {{.Time}}", map[string]any{"Who": it.CheckedBy, "Time": kit.DateTime(it.CheckedAt, l)}))
		if it.Status == data.CheckRechecked {
			parts = append(parts, lang.L("re-checked by {{.Who}}, {{.Time}}", map[string]any{"Who": it.RecheckedBy, "Time": kit.DateTime(it.RecheckedAt, l)}))
		} else if it.NeedsRecheck {
			parts = append(parts, lang.L("awaiting re-check by another person"))
		}
	}
	if it.Status == data.CheckPending && it.NeedsRecheck {
		parts = append(parts, lang.L("needs a re-check"))
	}
	if n := oneLine(it.Notes); n != "" {
		parts = append(parts, lang.L("Note: {{.Note}}", map[string]any{"Note": n}))
	}
	return strings.Join(parts, " · ")
}

// oneLine puts a note's lines on one line, for a row that shows one.
func oneLine(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, " / ")
}

func (c *Checklists) createItem() fyne.CanvasObject {
	icon := widget.NewIcon(theme.CheckButtonIcon())
	// Steps and who checked them wrap: they are read whole (rows.Height
	// gives each row the height it needs at the list's width).
	text := &widget.Label{Text: "template", Wrapping: fyne.TextWrapWord}
	detail := &widget.Label{Text: "template", Wrapping: fyne.TextWrapWord}
	buttons := container.NewHBox(
		&widget.Button{Text: lang.L("Check"), Icon: theme.ConfirmIcon()},
		&widget.Button{Text: lang.L("Re-check"), Icon: theme.ViewRefreshIcon()},
		&widget.Button{Text: lang.L("N/A"), Icon: theme.ContentRemoveIcon()},
		&widget.Button{Text: lang.L("Reset"), Icon: theme.ContentUndoIcon()},
		&widget.Button{Text: lang.L("Note…"), Icon: theme.DocumentCreateIcon()},
		&widget.Button{Icon: theme.HistoryIcon(), Importance: widget.LowImportance},
	)
	// The template shows the widest set a row shows (an item awaiting its
	// re-check): with every button, the list would ask for a window wider
	// than a laptop screen.
	buttons.Objects[btnCheck].Hide()
	buttons.Objects[btnNA].Hide()
	return kit.NewWrapRow(icon, buttons, text, detail)
}

// rowHeight is the height line i needs at width, measured on a row of
// its own.
func (c *Checklists) rowHeight(i int, width float32) float32 {
	if c.scratch == nil {
		c.scratch = c.createItem()
	}
	c.updateItem(i, c.scratch)
	return kit.MeasureRow(c.scratch, width)
}

func (c *Checklists) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(c.lines) {
		return
	}
	ln := c.lines[i]
	box := o.(*fyne.Container)
	icon, buttons := box.Objects[0].(*widget.Icon), box.Objects[1].(*fyne.Container)
	text, detail := box.Objects[2].(*widget.Label), box.Objects[3].(*widget.Label)
	text.TextStyle.Bold = ln.header
	text.Importance, detail.Importance = widget.MediumImportance, widget.LowImportance
	if ln.overdue {
		text.Importance, detail.Importance = widget.DangerImportance, widget.DangerImportance
	}
	text.SetText(ln.text)
	detail.SetText(ln.detail)
	if ln.header {
		icon.SetResource(theme.FolderOpenIcon())
		buttons.Hide()
		box.Refresh()
		return
	}
	it := c.items[c.selected][ln.index]
	icon.SetResource(statusIcon(it.Status))
	buttons.Show()
	// Only the actions that apply are shown, so that the text keeps room.
	shown := []bool{
		btnCheck:   it.Status == data.CheckPending || it.Status == data.CheckNotApplicable,
		btnRecheck: it.Status == data.CheckChecked && it.NeedsRecheck,
		btnNA:      it.Status == data.CheckPending,
		btnReset:   it.Status != data.CheckPending,
		btnNote:    true,
		btnHistory: true,
	}
	for k, obj := range buttons.Objects {
		b := obj.(*widget.Button)
		kind, index := k, ln.index
		b.OnTapped = func() { c.act(kind, index) }
		if shown[k] {
			b.Show()
		} else {
			b.Hide()
		}
	}
	buttons.Refresh() // lay out again without the hidden ones
	box.Refresh()
}

func statusIcon(status string) fyne.Resource {
	switch status {
	case data.CheckChecked:
		return theme.CheckButtonCheckedIcon()
	case data.CheckRechecked:
		return theme.ConfirmIcon()
	case data.CheckNotApplicable:
		return theme.ContentRemoveIcon()
	}
	return theme.CheckButtonIcon()
}

// act runs one of the per-item buttons on item index of the selected
// checklist.
func (c *Checklists) act(kind, index int) {
	items := c.items[c.selected]
	if index >= len(items) {
		return
	}
	if kind == btnHistory {
		kit.ShowHistory(c.env, "checklist_item", items[index].ID, c.n.Loc)
		return
	}
	if kind == btnReset {
		it := items[index]
		sop.Reset(&it)
		c.write(it)
		return
	}
	if kind == btnNote {
		c.askNote(items[index])
		return
	}
	c.withName(func(who string) {
		it := items[index]
		var err error
		switch kind {
		case btnCheck:
			err = sop.Check(&it, who, c.now())
		case btnRecheck:
			err = sop.Recheck(&it, who, c.now())
		case btnNA:
			c.askReason(it, who)
			return
		}
		if err != nil {
			dialog.ShowInformation(lang.L("Not done"), c.env.ErrorText(err), c.env.Win)
			return
		}
		c.write(it)
	})
}

// askReason asks why an item does not apply, then marks it so.
func (c *Checklists) askReason(it data.ChecklistItem, who string) {
	reason := kit.InputOf(&widget.Entry{PlaceHolder: lang.L("e.g. arrives by private jet: no VIP lounge slot needed")})
	e := kit.NewEditor(c.env, lang.L("Not applicable"), []kit.Field{{Name: "reason", Label: lang.L("Reason"), Widget: reason}})
	kit.TrackRecord(e, &it, func(fresh *data.ChecklistItem) { c.askReason(*fresh, who) })
	x := it
	e.Collect = func() error {
		x = it
		return field.New("reason", sop.NotApplicable(&x, who, reason.Text, c.now()))
	}
	c.saveWith(e, &x)
	e.Resize(560, 240)
	e.Show(reason)
}

// askNote lets the user write the item's note, then stores it; an
// emptied note removes it.
func (c *Checklists) askNote(it data.ChecklistItem) {
	note := kit.InputOf(&widget.Entry{Text: it.Notes, MultiLine: true, Wrapping: fyne.TextWrapWord, PlaceHolder: lang.L("e.g. hotel confirmed the suite by phone; key at the front desk")})
	note.SetMinRowsVisible(4)
	step := &widget.Label{Text: kit.StepText(&it), Wrapping: fyne.TextWrapWord}
	e := kit.NewEditor(c.env, lang.L("Note"), []kit.Field{{Label: lang.L("Step"), Widget: step}, {Name: "notes", Label: lang.L("Note"), Widget: note}})
	kit.TrackRecord(e, &it, func(fresh *data.ChecklistItem) { c.askNote(*fresh) })
	x := it
	e.Collect = func() error {
		x = it
		x.Notes = strings.TrimSpace(note.Text)
		return nil
	}
	c.saveWith(e, &x)
	save := e.Save
	e.Save = func(ctx context.Context, st *data.Store) error {
		if x.Notes == it.Notes {
			return nil // unchanged: nothing to write
		}
		return save(ctx, st)
	}
	e.Resize(560, 360)
	e.Show(note)
}

// saveWith makes e store the item x (as e's Collect leaves it) and show
// it.
func (c *Checklists) saveWith(e *kit.Editor, x *data.ChecklistItem) {
	e.Save = func(ctx context.Context, st *data.Store) error { return sop.SaveChecklistItem(ctx, st, x) }
	e.Saved = func() { c.stored(*x) }
}

// write stores a changed item off the UI goroutine, then shows it.
func (c *Checklists) write(it data.ChecklistItem) {
	kit.Write(c.env, "save checklist item", func(ctx context.Context, st *data.Store) error {
		return sop.SaveChecklistItem(ctx, st, &it)
	}, func() { c.stored(it) })
}

// stored shows an item as it was stored.
func (c *Checklists) stored(it data.ChecklistItem) {
	items := c.items[it.AssignmentID]
	for i := range items {
		if items[i].ID == it.ID {
			items[i] = it
		}
	}
	c.showChecklist()
}

// withName runs fn with the coordinator's name: Settings' name, else the
// one given earlier in this session, else one asked for now.
func (c *Checklists) withName(fn func(who string)) {
	if who := c.who(); who != "" {
		fn(who)
		return
	}
	name := kit.InputOf(&widget.Entry{PlaceHolder: lang.L("Your name")})
	note := &widget.Label{Text: lang.L("Set your name in Settings so that you are not asked again."), Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	d := dialog.NewForm(lang.L("Who is checking?"), lang.L("OK"), lang.L("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("Name"), name), widget.NewFormItem("", note)}, func(ok bool) {
			who := strings.TrimSpace(name.Text)
			if !ok || who == "" {
				return
			}
			c.sessionName = who
			c.env.Store.SetAuthor(who) // the audit trail names the same person
			c.showWho()
			fn(who)
		}, c.env.Win)
	d.Resize(kit.Fit(c.env.Win, 480, 220))
	d.Show()
	c.env.Win.Canvas().Focus(name)
}

// who is the name checks are recorded under, "" if none is known yet.
func (c *Checklists) who() string {
	if c.env.Author != nil {
		if a := strings.TrimSpace(c.env.Author()); a != "" {
			return a
		}
	}
	return c.sessionName
}

func (c *Checklists) showWho() {
	if who := c.who(); who != "" {
		c.whoLabel.SetText(lang.L("Checking as {{.Name}} (change it in Settings)", map[string]any{"Name": who}))
		return
	}
	c.whoLabel.SetText(lang.L("No coordinator name set: you will be asked for it (set it in Settings)."))
}
