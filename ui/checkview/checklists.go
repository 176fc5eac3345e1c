package checkview

import (
	"context"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/kit"
)

// Checklists is the SOP checklists screen: each assignment's checklist by
// phase with check, re-check, not applicable and reset; an overview of
// progress and overdue steps; and the SOP templates.
type Checklists struct {
	env kit.Env
	now func() time.Time

	tabs      *container.AppTabs
	search    *kit.Input
	assignTo  *widget.List
	noAssign  *kit.EmptyNote // over the list while it shows no assignment
	title     *widget.Label
	summary   *widget.Label
	whoLabel  *widget.Label
	itemList  *widget.List
	rows      *kit.WrapRows     // the item list's row heights
	scratch   fyne.CanvasObject // a row to measure lines on
	noneLabel *widget.Label

	n          *kit.Names
	assigns    []assignRow // every assignment, by LO name
	shown      []assignRow // those the search keeps
	items      map[string][]data.ChecklistItem
	milestones map[string]sop.Milestones // by delegation
	selected   string                    // assignment id
	lines      []itemLine                // the selected checklist as shown

	sessionName string // asked once when Settings has no name

	overview  *overviewTab
	templates *templatesTab
}

// assignRow is one assignment in the list, with its progress.
type assignRow struct {
	a        data.Assignment
	title    string // "LO — delegation"
	progress sop.Progress
	fold     string
}

// NewChecklists makes the Checklists screen.
func NewChecklists(env kit.Env) *Checklists {
	return &Checklists{env: env, now: time.Now}
}

// SearchEntry is the assignment search.
func (c *Checklists) SearchEntry() *kit.Input { return c.search }

// Content builds the screen.
func (c *Checklists) Content() fyne.CanvasObject {
	c.search = kit.NewSearch(lang.L("Search LO or delegation…"), func(string) { c.filter() })
	c.assignTo = &widget.List{Length: func() int { return len(c.shown) }, CreateItem: c.createAssign, UpdateItem: c.updateAssign, OnSelected: c.selectAssign}
	c.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	c.summary = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	c.whoLabel = &widget.Label{Importance: widget.LowImportance, Truncation: fyne.TextTruncateEllipsis}
	c.itemList = &widget.List{Length: func() int { return len(c.lines) }, CreateItem: c.createItem, UpdateItem: c.updateItem}
	c.rows = &kit.WrapRows{List: c.itemList, Height: c.rowHeight}
	c.noneLabel = &widget.Label{Text: lang.L("Choose an assignment on the left to see its checklist."), Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}

	c.noAssign = kit.NewEmptyNote(c.assignTo, lang.L("No assignment yet."))
	left := container.NewBorder(c.search, nil, nil, nil, c.noAssign.View())
	right := container.NewBorder(container.NewVBox(c.title, c.summary, c.whoLabel, widget.NewSeparator()), nil, nil, nil,
		container.NewStack(c.rows.View(), container.NewVBox(c.noneLabel)))
	split := container.NewHSplit(left, right)
	split.Offset = 0.28

	c.overview = newOverviewTab(c.env)
	c.templates = newTemplatesTab(c.env)
	c.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Checklist"), theme.CheckButtonCheckedIcon(), split),
		container.NewTabItemWithIcon(lang.L("Overview"), theme.GridIcon(), c.overview.content()),
		container.NewTabItemWithIcon(lang.L("SOP templates"), theme.DocumentIcon(), c.templates.content()),
	)
	c.showWho()
	return c.tabs
}

// ShowOverdue turns to the overview's list of every overdue step (the
// dashboard lists only the most overdue).
func (c *Checklists) ShowOverdue() {
	if c.tabs == nil {
		return
	}
	c.tabs.SelectIndex(1)
	c.overview.tabs.SelectIndex(0)
}

// OverdueShowing says whether the overview's list of overdue steps is
// the one on screen, and how many steps it lists.
func (c *Checklists) OverdueShowing() (n int, ok bool) {
	if c.tabs == nil || c.tabs.SelectedIndex() != 1 || c.overview.tabs.SelectedIndex() != 0 {
		return 0, false
	}
	return len(c.overview.overdue.Shown()), true
}

// checklistData is what Load reads.
type checklistData struct {
	n          *kit.Names
	assigns    []data.Assignment
	items      map[string][]data.ChecklistItem
	milestones map[string]sop.Milestones
	overview   *sop.Overview
}

// Load reads the assignments, their checklists and the overview.
func (c *Checklists) Load() {
	c.showWho() // Settings may have named the coordinator since
	now := c.now()
	kit.Load(c.env, "load checklists", func(ctx context.Context, s *data.Store) (*checklistData, error) {
		return loadChecklists(ctx, s, now)
	}, func(d *checklistData) { c.show(d, now) })
	c.templates.load()
}

func loadChecklists(ctx context.Context, s *data.Store, now time.Time) (*checklistData, error) {
	n, err := kit.LoadNames(ctx, s, false)
	if err != nil {
		return nil, err
	}
	d := &checklistData{n: n, items: map[string][]data.ChecklistItem{}, milestones: map[string]sop.Milestones{}}
	if d.assigns, err = s.FindAssignments(ctx, data.AssignmentFilter{}); err != nil {
		return nil, err
	}
	items, err := s.FindChecklist(ctx, "")
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		d.items[it.AssignmentID] = append(d.items[it.AssignmentID], it)
	}
	for _, a := range d.assigns {
		if _, ok := d.milestones[a.DelegationID]; ok {
			continue
		}
		if d.milestones[a.DelegationID], err = sop.LoadMilestones(ctx, s, a.DelegationID); err != nil {
			return nil, err
		}
	}
	if d.overview, err = sop.LoadOverview(ctx, s, now); err != nil {
		return nil, err
	}
	return d, nil
}

func (c *Checklists) show(d *checklistData, now time.Time) {
	c.n, c.items, c.milestones = d.n, d.items, d.milestones
	c.assigns = c.assigns[:0:0]
	for _, a := range d.assigns {
		r := assignRow{a: a, title: d.n.LO[a.LOID] + " — " + d.n.Delegation[a.DelegationID]}
		r.progress = c.progressOf(a, now)
		r.fold = data.Fold(r.title)
		c.assigns = append(c.assigns, r)
	}
	sort.SliceStable(c.assigns, func(i, j int) bool { return c.assigns[i].title < c.assigns[j].title })
	c.filter()
	c.showChecklist()
	c.overview.show(d.overview, d.n)
}

// progressOf counts an assignment's checklist at now.
func (c *Checklists) progressOf(a data.Assignment, now time.Time) sop.Progress {
	var p sop.Progress
	m := c.milestones[a.DelegationID]
	for i := range c.items[a.ID] {
		p.Add(&c.items[a.ID][i], m, now)
	}
	return p
}

func (c *Checklists) filter() {
	q := kit.NewQuery(c.search.Text)
	c.shown = c.shown[:0:0]
	sel := -1
	for _, r := range c.assigns {
		if !q.Matches(r.fold) {
			continue
		}
		if r.a.ID == c.selected {
			sel = len(c.shown)
		}
		c.shown = append(c.shown, r)
	}
	c.assignTo.Refresh()
	c.noAssign.Count(len(c.shown), len(c.assigns))
	if len(c.assigns) == 0 {
		c.noneLabel.SetText(lang.L("No checklist yet: give the delegations their LOs on the Assignments screen, and each assignment gets its checklist here, from the SOP template."))
	} else {
		c.noneLabel.SetText(lang.L("Choose an assignment on the left to see its checklist."))
	}
	if sel < 0 && c.selected == "" && len(c.shown) > 0 {
		sel = 0 // the first one rather than an empty pane
	}
	if sel >= 0 {
		c.assignTo.Select(sel)
	} else {
		c.assignTo.UnselectAll()
	}
}

func (c *Checklists) createAssign() fyne.CanvasObject {
	return container.NewVBox(
		&widget.Label{Text: "template", Truncation: fyne.TextTruncateEllipsis},
		&widget.Label{Text: "template", Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText},
	)
}

func (c *Checklists) updateAssign(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(c.shown) {
		return
	}
	r := c.shown[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(r.title)
	detail := box.Objects[1].(*widget.Label)
	detail.Importance = widget.LowImportance
	if r.progress.Overdue > 0 {
		detail.Importance = widget.DangerImportance
	}
	detail.SetText(progressText(r.progress))
}

// progressText is e.g. "63% · 19 of 30 done · 2 overdue".
func progressText(p sop.Progress) string {
	s := lang.L("{{.Percent}}% · {{.Done}} of {{.Total}} done", map[string]any{"Percent": p.Percent(), "Done": p.Done, "Total": p.Total})
	if p.AwaitingRecheck > 0 {
		s += " · " + lang.L("{{.Count}} awaiting re-check", map[string]any{"Count": p.AwaitingRecheck})
	}
	if p.Overdue > 0 {
		s += " · " + lang.L("{{.Count}} overdue", map[string]any{"Count": p.Overdue})
	}
	return s
}

func (c *Checklists) selectAssign(i widget.ListItemID) {
	if i < 0 || i >= len(c.shown) || c.shown[i].a.ID == c.selected {
		return
	}
	c.selected = c.shown[i].a.ID
	c.showChecklist()
	c.itemList.ScrollToTop()
}
