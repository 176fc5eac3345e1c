package delegview

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/imex"
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// importKinds and exportKinds are the kinds the window imports and
// exports: all that app/imex takes.
var (
	importKinds = imex.ImportKinds()
	exportKinds = imex.ExportKinds()
)

// kindLabel names a kind of data in the window's language.
func kindLabel(k string) string {
	switch k {
	case imex.Delegations:
		return lang.L("Delegations")
	case imex.People:
		return lang.L("People")
	case imex.LOs:
		return lang.L("Liaison officers")
	case imex.Travel:
		return lang.L("Travel")
	case imex.Programme:
		return lang.L("Programme")
	case imex.Assignments:
		return lang.L("Assignments")
	case imex.Checklists:
		return lang.L("Checklists")
	case imex.Seating:
		return lang.L("Seating")
	case imex.Requests:
		return lang.L("Special requests")
	case imex.Incidents:
		return lang.L("Incidents")
	case imex.Gifts:
		return lang.L("Gifts")
	case imex.Contacts:
		return lang.L("Contacts")
	case imex.Vehicles:
		return lang.L("Vehicles")
	case imex.Hotels:
		return lang.L("Hotel stays")
	case imex.Briefs:
		return lang.L("Country briefs")
	case imex.Transfers:
		return lang.L("Transfer times")
	case imex.Accred:
		return lang.L("Accreditation")
	}
	return k
}

func kindLabels(kinds []string) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = kindLabel(k)
	}
	return out
}

// StartImport asks for a .csv or .xlsx file of any kind and opens the
// import preview (File > Import...).
func (s *Screen) StartImport() { s.startImport() }

// StartImportOf is StartImport for a file of one kind (an imex kind such
// as imex.LOs): the preview opens with that kind chosen, whatever the
// headers suggest, for a screen's own Import... button.
func (s *Screen) StartImportOf(kind string) { s.chooseImport(kind) }

// StartExport asks which kind and where, then writes it (File > Export...).
func (s *Screen) StartExport() { s.startExport() }

// startImport asks for a .csv or .xlsx file and opens the import preview.
func (s *Screen) startImport() { s.chooseImport("") }

// chooseImport asks for a .csv or .xlsx file and opens the import preview
// with kind chosen, or the kind its headers match best if kind is "".
func (s *Screen) chooseImport(kind string) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		s.importFile(path, kind)
	}, s.env.Win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".xlsx", ".CSV", ".XLSX"}))
	d.Resize(kit.Fit(s.env.Win, 900, 600))
	d.Show()
}

// ImportFile reads a .csv or .xlsx file and opens the import preview for
// it, guessing the kind from its headers (e.g. for File > Import or a
// dropped file).
func (s *Screen) ImportFile(path string) { s.importFile(path, "") }

// importFile reads path off the UI goroutine and opens the preview with
// kind chosen ("" guesses it from the headers).
func (s *Screen) importFile(path, kind string) {
	s.env.Go(func() {
		t, err := imex.ReadFile(path)
		s.env.Do(func() {
			if err != nil {
				s.env.ShowError("read "+path, err, s.env.ErrorText(err))
				return
			}
			newImportWizard(s, t, kind).show()
		})
	})
}

// guessKind is the kind whose columns the header matches best.
func guessKind(header []string) string {
	best, n := imex.Delegations, -1
	for _, k := range importKinds {
		m, _ := imex.Detect(k, header)
		c := 0
		for _, key := range m {
			if key != "" {
				c++
			}
		}
		if k == imex.People && c > 0 {
			c++ // people's columns overlap the others'; a tie goes to people
		}
		if c > n {
			best, n = k, c
		}
	}
	return best
}

// importWizard is the import preview: kind, mapping, rows, then Import.
type importWizard struct {
	s        *Screen
	t        *imex.Table
	kind     string
	mapping  imex.Mapping
	plan     *imex.Plan
	gen      int // the latest Prepare; older results are dropped
	kindSel  *widget.Select
	maps     []*widget.Select
	mapBox   *fyne.Container
	summary  *widget.Label
	fileProb *widget.Label
	table    *widgets.StringTable
	rowProb  *widget.Label
	doAll    *widget.Button
	doGood   *widget.Button
	dlg      *dialog.CustomDialog
}

// newImportWizard is the preview of t as kind; "" guesses the kind.
func newImportWizard(s *Screen, t *imex.Table, kind string) *importWizard {
	if !slices.Contains(importKinds, kind) {
		kind = guessKind(t.Header)
	}
	w := &importWizard{s: s, t: t, kind: kind}
	w.kindSel = widgets.NewSelect(kindLabels(importKinds), nil)
	w.kindSel.SetSelectedIndex(max(0, kit.IndexOf(importKinds, w.kind)))
	w.kindSel.OnChanged = func(string) { w.setKind(pick(importKinds, w.kindSel.SelectedIndex())) }
	w.mapBox = container.NewGridWithColumns(4)
	w.summary = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	w.fileProb = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	w.rowProb = &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("Select a row to see all its problems.")}
	cols := []widgets.Column{{Title: lang.L("Row"), Width: 50}, {Title: lang.L("Action"), Width: 100}, {Title: lang.L("Problems"), Width: 420}}
	for i, h := range t.Header {
		title := h
		if title == "" {
			title = imex.ColumnName(i)
		}
		cols = append(cols, widgets.Column{Title: title, Width: 130})
	}
	w.table = widgets.NewStringTable(cols)
	w.table.OnSelected = w.selectRow
	w.doAll = &widget.Button{Text: lang.L("Import"), Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: func() { w.commit(false) }}
	w.doGood = &widget.Button{Text: lang.L("Import good rows only"), OnTapped: func() { w.commit(true) }}
	cancel := &widget.Button{Text: lang.L("Cancel"), Icon: theme.CancelIcon(), OnTapped: func() { w.dlg.Hide() }}

	head := container.NewVBox(
		container.NewBorder(nil, nil, &widget.Label{Text: lang.L("This file holds:")}, nil, w.kindSel),
		&widget.Label{Text: lang.L("Column mapping (file column → LO Desk column):"), TextStyle: fyne.TextStyle{Bold: true}},
	)
	mapScroll := container.NewVScroll(w.mapBox)
	mapScroll.SetMinSize(fyne.NewSize(0, 130))
	top := container.NewVBox(head, mapScroll, w.fileProb, w.summary)
	bottom := container.NewVBox(newMaxLines(w.rowProb, maxRowLines), container.NewHBox(cancel, w.doGood, w.doAll))
	body := container.NewBorder(top, bottom, nil, nil, w.table.WithDetail())
	title := lang.L("Import {{.File}}", map[string]any{"File": t.File})
	w.dlg = dialog.NewCustomWithoutButtons(title, body, s.env.Win)
	w.dlg.Resize(kit.Fit(s.env.Win, 1100, 720))
	return w
}

func (w *importWizard) show() {
	w.setKind(w.kind)
	w.dlg.Show()
}

// setKind detects the mapping for a kind and rebuilds the mapping selects.
func (w *importWizard) setKind(kind string) {
	w.kind = kind
	w.mapping, _ = imex.Detect(kind, w.t.Header)
	cs, _ := imex.Columns(kind)
	keys := []string{""}
	labels := []string{lang.L("(ignore)")}
	for _, c := range cs {
		keys = append(keys, c.Key)
		l := c.Key
		if c.Required {
			l += " *"
		}
		labels = append(labels, l)
	}
	w.mapBox.Objects = nil
	w.maps = make([]*widget.Select, len(w.t.Header))
	for i, h := range w.t.Header {
		sel := widgets.NewSelect(labels, nil)
		sel.SetSelectedIndex(max(0, kit.IndexOf(keys, w.mapping[i]))) // unknown: ignore
		sel.OnChanged = func(string) {
			w.mapping[i] = pick(keys, sel.SelectedIndex())
			w.prepare()
		}
		w.maps[i] = sel
		name := imex.ColumnName(i) + ": " + h
		w.mapBox.Add(&widget.Label{Text: name, Truncation: fyne.TextTruncateEllipsis, Alignment: fyne.TextAlignTrailing})
		w.mapBox.Add(sel)
	}
	w.mapBox.Refresh()
	w.prepare()
}

// prepare checks the file with the mapping off the UI goroutine.
func (w *importWizard) prepare() {
	w.gen++
	gen, kind, m := w.gen, w.kind, append(imex.Mapping(nil), w.mapping...)
	w.summary.SetText(lang.L("Checking…"))
	w.doAll.Disable()
	w.doGood.Disable()
	w.s.env.Go(func() {
		plan, err := imex.Prepare(context.Background(), w.s.env.Store, kind, w.t, m)
		w.s.env.Do(func() {
			if gen != w.gen {
				return
			}
			if err != nil {
				w.s.env.ShowError("check import", err, w.s.env.ErrorText(err))
				return
			}
			w.showPlan(plan)
		})
	})
}

func actionLabel(a imex.Action) string {
	switch a {
	case imex.Insert:
		return lang.L("New")
	case imex.Update:
		return lang.L("Update")
	case imex.Unchanged:
		return lang.L("Unchanged")
	}
	return lang.L("Skipped")
}

func (w *importWizard) showPlan(plan *imex.Plan) {
	w.plan = plan
	w.fileProb.SetText(strings.Join(problemTexts(plan.Problems, maxRowProblems, ""), "\n"))
	w.fileProb.Importance = widget.WarningImportance
	for _, p := range plan.Problems {
		if !p.Warning {
			w.fileProb.Importance = widget.DangerImportance
		}
	}
	w.fileProb.Refresh()
	byRow := map[int]*imex.RowPlan{}
	for i := range plan.Rows {
		byRow[plan.Rows[i].Row] = &plan.Rows[i]
	}
	cells := make([][]string, len(w.t.Rows))
	for i, r := range w.t.Rows {
		line := make([]string, 0, 3+len(w.t.Header))
		line = append(line, strconv.Itoa(r.N), "", "")
		if rp := byRow[r.N]; rp != nil {
			a := rp.Action
			if !rp.OK() {
				a = imex.Skip
			}
			ps := make([]imex.Problem, len(rp.Problems))
			for i, p := range rp.Problems { // the row is in the line
				ps[i] = imex.Problem{Col: p.Col, Column: p.Column, Value: p.Value, Err: p.Err, Warning: p.Warning}
			}
			line[1], line[2] = actionLabel(a), strings.Join(problemTexts(ps, maxRowProblems, ""), "; ")
		}
		for c := range w.t.Header {
			line = append(line, r.Cell(c))
		}
		cells[i] = line
	}
	w.table.SetRows(cells)
	w.rowProb.SetText(lang.L("Select a row to see all its problems."))
	for i, r := range w.t.Rows { // show the first bad row's problems
		if rp := byRow[r.N]; rp != nil && len(rp.Problems) > 0 {
			w.table.Select(widget.TableCellID{Row: i, Col: 0})
			break
		}
	}
	c := plan.Counts()
	w.summary.SetText(lang.L("{{.New}} new, {{.Updated}} to update, {{.Unchanged}} unchanged, {{.Bad}} with problems", map[string]any{
		"New": c[imex.Insert], "Updated": c[imex.Update], "Unchanged": c[imex.Unchanged], "Bad": c[imex.Skip],
	}))
	fileOK := true
	for _, p := range plan.Problems {
		fileOK = fileOK && p.Warning
	}
	if plan.OK() && len(plan.Rows) > 0 {
		w.doAll.Enable()
	}
	if fileOK && c[imex.Skip] > 0 && c[imex.Skip] < len(plan.Rows) {
		w.doGood.Enable()
	}
}

func (w *importWizard) selectRow(i int) {
	if w.plan == nil || i < 0 || i >= len(w.t.Rows) {
		return
	}
	n := w.t.Rows[i].N
	for _, rp := range w.plan.Rows {
		if rp.Row != n {
			continue
		}
		if len(rp.Problems) == 0 {
			w.rowProb.SetText(lang.L("Row {{.Row}} ({{.Label}}): no problems.", map[string]any{"Row": n, "Label": rp.Label}))
			return
		}
		w.rowProb.SetText(strings.Join(problemTexts(rp.Problems, maxRowProblems, "• "), "\n"))
	}
}

// commit writes the plan: every row, or only the rows without problems.
// When it would move more than a few people already seated, it shows who
// first and asks.
func (w *importWizard) commit(goodOnly bool) {
	plan := w.plan
	allOn, goodOn := !w.doAll.Disabled(), !w.doGood.Disabled()
	w.doAll.Disable()
	w.doGood.Disable()
	w.s.env.Go(func() {
		moves, err := plan.SeatingPreview(context.Background(), w.s.env.Store)
		w.s.env.Do(func() {
			switch {
			case err != nil:
				w.s.env.ShowError("import", err, w.s.env.ErrorText(err))
				w.prepare()
			case seating.Many(moves):
				kit.ConfirmSeatingChange(w.s.env.Win, moves, func() { w.write(plan, goodOnly) })
				if allOn {
					w.doAll.Enable()
				}
				if goodOn {
					w.doGood.Enable()
				}
			default:
				w.write(plan, goodOnly)
			}
		})
	})
}

// write commits the plan off the UI goroutine and says what it did.
func (w *importWizard) write(plan *imex.Plan, goodOnly bool) {
	w.doAll.Disable()
	w.doGood.Disable()
	w.s.env.Go(func() {
		res, err := imex.Commit(context.Background(), w.s.env.Store, plan, imex.Options{GoodRowsOnly: goodOnly})
		w.s.env.Do(func() {
			var inv *imex.InvalidError
			switch {
			case errors.As(err, &inv):
				w.fileProb.SetText(w.s.env.ErrorText(err))
				w.prepare() // the event file changed since the preview
				return
			case err != nil:
				w.s.env.ShowError("import", err, w.s.env.ErrorText(err))
				w.prepare()
				return
			}
			w.dlg.Hide()
			w.s.env.Changed()
			summary := lang.L("{{.New}} new, {{.Updated}} updated, {{.Unchanged}} unchanged, {{.Skipped}} skipped.", map[string]any{
				"New": res.Inserted, "Updated": res.Updated, "Unchanged": res.Unchanged, "Skipped": res.Skipped,
			})
			if len(res.Seating) == 0 {
				dialog.ShowInformation(lang.L("Imported"), summary, w.s.env.Win)
				return
			}
			// Precedence or attendance changed: say who moved where.
			body := container.NewBorder(container.NewVBox(
				&widget.Label{Text: summary, Wrapping: fyne.TextWrapWord},
				&widget.Label{Text: lang.L("Seating and photo positions updated"), TextStyle: fyne.TextStyle{Bold: true}},
			), nil, nil, nil, kit.SeatingMovesView(res.Seating))
			dialog.ShowCustom(lang.L("Imported"), lang.L("Close"), body, w.s.env.Win)
		})
	})
}

// startExport asks which kind and where, then writes the file.
func (s *Screen) startExport() {
	kind := widgets.NewSelect(kindLabels(exportKinds), nil)
	kind.SetSelectedIndex(0)
	format := widget.NewRadioGroup([]string{"XLSX", "CSV"}, nil)
	format.SetSelected("XLSX")
	format.Horizontal = true
	items := []*widget.FormItem{{Text: lang.L("Export"), Widget: kind}, {Text: lang.L("Format"), Widget: format}}
	dialog.ShowForm(lang.L("Export"), lang.L("Choose file…"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		k := pick(exportKinds, kind.SelectedIndex())
		ext := "." + strings.ToLower(format.Selected)
		d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
			if err != nil || wc == nil {
				return
			}
			path := wc.URI().Path()
			wc.Close()
			s.export(k, path)
		}, s.env.Win)
		d.SetFileName(k + ext)
		d.Resize(kit.Fit(s.env.Win, 900, 600))
		d.Show()
	}, s.env.Win)
}

// export writes kind to path off the UI goroutine and says how many rows.
func (s *Screen) export(kind, path string) {
	kit.Load(s.env, "export "+kind, func(ctx context.Context, st *data.Store) (int, error) {
		return imex.Export(ctx, st, kind, path)
	}, func(n int) {
		dialog.ShowInformation(lang.L("Exported"), lang.L("{{.Count}} rows written to {{.File}}.", map[string]any{"Count": n, "File": path}), s.env.Win)
	})
}
