package dutyview

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/duty"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// Evaluations is the coordinator's short form on each LO with duty, for
// the end-of-event report: the LOs listed with their scores; choosing one
// opens the form.
type Evaluations struct {
	env   kit.Env
	bar   *kit.UndoBar
	table *widgets.StringTable
	note  *kit.EmptyNote // over the table while no LO has a duty
	count *widget.Label
	rows  []evalRow
	// Loaded, when set, is called when the list is on screen (tests).
	Loaded func()
}

// evalRow is an LO with duty and the evaluation, if any.
type evalRow struct {
	lo          data.LO
	delegations string
	eval        *data.LOEvaluation
}

// NewEvaluations makes the panel; Load fills it.
func NewEvaluations(env kit.Env) *Evaluations {
	v := &Evaluations{env: env, bar: kit.NewUndoBar(env), count: &widget.Label{}}
	v.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Liaison officer"), Width: 170},
		{Title: lang.L("Delegations"), Width: 110},
		{Title: lang.L("Punctuality"), Width: 140},
		{Title: lang.L("Protocol & SOP"), Width: 130},
		{Title: lang.L("Communication"), Width: 110},
		{Title: lang.L("Initiative"), Width: 80},
		{Title: lang.L("Overall"), Width: 110},
		{Title: lang.L("Engage again"), Width: 100},
		{Title: lang.L("Comments"), Width: 260},
	})
	v.table.OnActivated = func(i int) { v.edit(&v.rows[i]) }
	v.table.Remember("evaluations")
	v.note = kit.NewEmptyNote(v.table.WithDetail(), lang.L("No LO to evaluate yet: the LOs assigned to a delegation (Assignments screen) are listed here to score at the end of the event."))
	return v
}

// Content builds the panel.
func (v *Evaluations) Content() fyne.CanvasObject {
	hint := &widget.Label{Text: lang.L("Scores run from 1 (poor) to 5 (excellent). Double-click an LO to fill in the form."), Wrapping: fyne.TextWrapWord}
	return container.NewBorder(container.NewBorder(nil, nil, nil, v.count, hint), v.bar.View(), nil, nil, v.note.View())
}

// Load reads the LOs with duty and their evaluations.
func (v *Evaluations) Load() {
	kit.Load(v.env, "load evaluations", loadEvaluations, v.show)
}

func loadEvaluations(ctx context.Context, st *data.Store) ([]evalRow, error) {
	los, err := st.FindLOs(ctx, data.LOFilter{})
	if err != nil {
		return nil, err
	}
	as, err := st.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	dels, err := st.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, err
	}
	code := map[string]string{}
	for _, d := range dels {
		code[d.ID] = d.Code
	}
	served := map[string][]string{}
	for _, a := range as {
		served[a.LOID] = append(served[a.LOID], code[a.DelegationID])
	}
	evals, err := data.All[data.LOEvaluation](ctx, st)
	if err != nil {
		return nil, err
	}
	byLO := map[string]*data.LOEvaluation{}
	for i := range evals {
		byLO[evals[i].LOID] = &evals[i]
	}
	var out []evalRow
	for _, l := range los {
		if len(served[l.ID]) == 0 && byLO[l.ID] == nil {
			continue
		}
		sort.Strings(served[l.ID])
		out = append(out, evalRow{lo: l, delegations: strings.Join(served[l.ID], ", "), eval: byLO[l.ID]})
	}
	return out, nil
}

func (v *Evaluations) show(rows []evalRow) {
	v.rows = rows
	cells := make([][]string, len(rows))
	done := 0
	for i, r := range rows {
		cells[i] = []string{r.lo.FullName, r.delegations, "", "", "", "", "", "", ""}
		if e := r.eval; e != nil {
			done++
			copy(cells[i][2:], []string{score(e.Punctuality), score(e.Protocol), score(e.Communication), score(e.Initiative), score(e.Overall), kit.YesNo(e.EngageAgain), firstLine(e.Comments)})
		}
	}
	v.table.SetRows(cells)
	v.note.Count(len(rows), len(rows))
	v.count.SetText(lang.L("{{.Done}} of {{.Total}} evaluated", map[string]any{"Done": done, "Total": len(rows)}))
	if v.Loaded != nil {
		v.Loaded()
	}
}

func score(n int) string {
	if n == 0 {
		return "–"
	}
	return strconv.Itoa(n)
}

// scoreOptions are a score's choices: not rated, then 1 to 5.
func scoreOptions() []string { return []string{lang.L("Not rated"), "1", "2", "3", "4", "5"} }

// edit opens the evaluation form of one LO.
func (v *Evaluations) edit(r *evalRow) {
	rec := data.LOEvaluation{LOID: r.lo.ID, EvaluatedBy: v.env.Author()}
	if r.eval != nil {
		rec = *r.eval
	}
	sel := func(n int) *kit.Select {
		s := kit.NewSelect(scoreOptions(), nil)
		s.SetSelectedIndex(n)
		return s
	}
	punct, proto, comm, init, overall := sel(rec.Punctuality), sel(rec.Protocol), sel(rec.Communication), sel(rec.Initiative), sel(rec.Overall)
	again := kit.Checked(kit.NewCheck(lang.L("Would engage this LO again"), nil), rec.EngageAgain || r.eval == nil)
	comments := kit.TextArea(rec.Comments)
	by := kit.Entry(rec.EvaluatedBy, "")
	e := kit.NewEditor(v.env, lang.L("Evaluation of {{.LO}}", map[string]any{"LO": r.lo.FullName}), []kit.Field{
		{Name: "punctuality", Label: lang.L("Punctuality"), Widget: punct},
		{Name: "protocol", Label: lang.L("Protocol & SOP"), Widget: proto, Hint: lang.L("Knowledge and keeping of protocol and the SOP")},
		{Name: "communication", Label: lang.L("Communication"), Widget: comm},
		{Name: "initiative", Label: lang.L("Initiative"), Widget: init},
		{Name: "overall", Label: lang.L("Overall"), Widget: overall},
		{Label: "", Widget: again},
		{Label: lang.L("Comments"), Widget: comments},
		{Label: lang.L("Evaluated by"), Widget: by},
	})
	e.Collect = func() error {
		idx := func(s *kit.Select) int { return max(s.SelectedIndex(), 0) }
		rec.Punctuality, rec.Protocol, rec.Communication, rec.Initiative, rec.Overall = idx(punct), idx(proto), idx(comm), idx(init), idx(overall)
		rec.EngageAgain, rec.Comments, rec.EvaluatedBy = again.Checked, kit.Trimmed(comments), kit.Trimmed(by)
		rec.EvaluatedAt = time.Now().UTC().Truncate(time.Second)
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error { x := rec; return duty.SaveEvaluation(ctx, st, &x) }
	e.Saved = v.Load
	if r.eval != nil {
		ev := *r.eval
		e.OnDelete(func() {
			v.bar.Delete(&ev, lang.L("the evaluation of {{.LO}}", map[string]any{"LO": r.lo.FullName}), nil, v.Load)
		})
		kit.TrackRecord(e, &ev, func(x *data.LOEvaluation) { v.edit(&evalRow{lo: r.lo, delegations: r.delegations, eval: x}) })
	}
	e.Resize(560, 560)
	e.Show(nil)
}
