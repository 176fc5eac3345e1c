package assignview

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/assign"
	"lodesk/data"
	"lodesk/ui/kit"
)

// matcher is the auto-match preview: the plan's proposals with a check
// box each; Accept applies the checked ones.
type matcher struct {
	b       *Board
	dlg     *dialog.CustomDialog
	replace *widget.Check
	status  *widget.Label
	list    *widget.List
	accept  *widget.Button

	plan    *assign.Plan
	lines   [][2]string // "CODE Name → LO", reason
	checked []bool
}

// autoMatch plans off the UI goroutine and shows the proposals.
func (b *Board) autoMatch() { b.newMatcher().run() }

func (b *Board) newMatcher() *matcher {
	m := &matcher{b: b}
	m.replace = widget.NewCheck(lang.L("Re-plan leads set by hand too"), func(bool) { m.run() })
	m.status = &widget.Label{Wrapping: fyne.TextWrapWord}
	m.list = &widget.List{
		Length: func() int { return len(m.lines) },
		CreateItem: func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, widget.NewCheck("", nil), nil, container.NewVBox(
				&widget.Label{Text: "template", TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis},
				&widget.Label{Text: "template", Truncation: fyne.TextTruncateEllipsis, TextStyle: fyne.TextStyle{Italic: true}}))
		},
		UpdateItem: func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			texts := box.Objects[0].(*fyne.Container)
			texts.Objects[0].(*widget.Label).SetText(m.lines[i][0])
			texts.Objects[1].(*widget.Label).SetText(m.lines[i][1])
			ch := box.Objects[1].(*widget.Check)
			ch.OnChanged = nil
			ch.SetChecked(m.checked[i])
			ch.OnChanged = func(on bool) { m.checked[i] = on; m.counted() }
		},
	}
	m.list.ExtendBaseWidget(m.list)
	m.accept = &widget.Button{Text: lang.L("Accept"), Importance: widget.HighImportance, OnTapped: m.apply}
	cancel := widget.NewButton(lang.L("Cancel"), func() { m.dlg.Hide() })
	all := widget.NewButton(lang.L("Check all"), func() { m.checkAll(true) })
	none := widget.NewButton(lang.L("Check none"), func() { m.checkAll(false) })
	top := container.NewVBox(m.replace, m.status)
	m.dlg = dialog.NewCustomWithoutButtons(lang.L("Auto-match"), container.NewBorder(top, nil, nil, nil, m.list), b.env.Win)
	m.dlg.SetButtons([]fyne.CanvasObject{cancel, none, all, m.accept})
	m.dlg.Resize(kit.Fit(b.env.Win, 940, 600))
	m.dlg.Show()
	return m
}

// run makes a plan off the UI goroutine.
func (m *matcher) run() {
	m.status.SetText(lang.L("Planning…"))
	m.accept.Disable()
	m.lines, m.checked, m.plan = nil, nil, nil
	m.list.Refresh()
	opts := assign.Options{Replace: m.replace.Checked}
	env := m.b.env
	kit.Run(*env, func(ctx context.Context, s *data.Store) (*assign.Plan, error) {
		return assign.MakePlan(ctx, s, opts)
	}, func(plan *assign.Plan, err error) {
		if err != nil {
			m.status.SetText(env.ErrorText(err))
			return
		}
		if opts.Replace != m.replace.Checked {
			return // a newer run is under way
		}
		m.show(plan)
	})
}

func (m *matcher) show(plan *assign.Plan) {
	m.plan = plan
	m.lines = make([][2]string, len(plan.Proposals))
	m.checked = make([]bool, len(plan.Proposals))
	for i, p := range plan.Proposals {
		m.lines[i] = [2]string{p.Delegation.Code + " " + p.Delegation.Name + "  →  " + p.LO.FullName + "  (" + periodText(p.Period) + ")", reasonText(p.Reason)}
		m.checked[i] = true
	}
	m.list.Refresh()
	m.counted()
}

// counted says what the plan does and what Accept will write.
func (m *matcher) counted() {
	if m.plan == nil {
		return
	}
	n := 0
	for _, c := range m.checked {
		if c {
			n++
		}
	}
	txt := lang.L("{{.Count}} proposals, {{.Covered}} sharing a language; {{.Checked}} checked.", map[string]any{
		"Count": len(m.plan.Proposals), "Covered": m.plan.Covered, "Checked": n,
	})
	if len(m.plan.Proposals) == 0 {
		txt = lang.L("Every delegation has a lead LO: there is nothing to plan.")
	}
	if len(m.plan.Unmatched) > 0 {
		var names []string
		for _, d := range m.plan.Unmatched {
			names = append(names, d.Code)
		}
		txt += "\n" + lang.L("No available LO for: {{.List}}", map[string]any{"List": strings.Join(names, ", ")})
	}
	m.status.SetText(txt)
	if n > 0 {
		m.accept.Enable()
	} else {
		m.accept.Disable()
	}
}

func (m *matcher) checkAll(on bool) {
	for i := range m.checked {
		m.checked[i] = on
	}
	m.list.Refresh()
	m.counted()
}

// apply writes the checked proposals (and, with Replace, removes the leads
// of those delegations only).
func (m *matcher) apply() {
	if m.plan == nil {
		return
	}
	plan := &assign.Plan{Covered: m.plan.Covered}
	keep := map[string]bool{}
	for i, p := range m.plan.Proposals {
		if m.checked[i] {
			plan.Proposals = append(plan.Proposals, p)
			keep[p.Delegation.ID] = true
		}
	}
	for _, a := range m.plan.Replaced {
		if keep[a.DelegationID] {
			plan.Replaced = append(plan.Replaced, a)
		}
	}
	m.dlg.Hide()
	env := m.b.env
	kit.Write(*env, "auto-match", func(ctx context.Context, st *data.Store) error {
		return assign.Apply(ctx, st, plan)
	}, m.b.Load)
}

// reasonText is a proposal's reason in the user's language.
func reasonText(r assign.Reason) string {
	var parts []string
	switch {
	case r.Language == "":
		parts = append(parts, lang.L("no shared language"))
	case r.Primary:
		parts = append(parts, lang.L("speaks {{.Language}} ({{.Level}}), the delegation's first language",
			map[string]any{"Language": langName(r.Language), "Level": kit.EnumLabel("level", r.Level)}))
	default:
		parts = append(parts, lang.L("speaks {{.Language}} ({{.Level}})",
			map[string]any{"Language": langName(r.Language), "Level": kit.EnumLabel("level", r.Level)}))
	}
	parts = append(parts, lang.N("{{.Count}} years of experience", r.Experience, map[string]any{"Count": r.Experience}))
	if r.Precedence > 0 {
		parts = append(parts, lang.L("precedence {{.N}}", map[string]any{"N": r.Precedence}))
	}
	parts = append(parts, lang.N("{{.Count}} other assignments", r.Load, map[string]any{"Count": r.Load}))
	return strings.Join(parts, "; ")
}
