package assignview

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/imex"
	"lodesk/data"
	"lodesk/ui/widgets"
)

// importFile asks for a spreadsheet of LOs and previews it.
func (r *Roster) importFile() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		_ = rc.Close()
		r.importPath(path)
	}, r.env.Win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".xlsx", ".CSV", ".XLSX"}))
	d.Show()
}

// importPath reads, maps and checks a file off the UI goroutine, then
// shows the preview.
func (r *Roster) importPath(path string) {
	env := r.env
	env.Read(func(ctx context.Context, s *data.Store) func() {
		plan, err := prepare(ctx, s, path)
		return func() {
			if err != nil {
				env.ShowError("import LOs", err, message(env, err))
				return
			}
			r.preview(plan)
		}
	})
}

func prepare(ctx context.Context, s *data.Store, path string) (*imex.Plan, error) {
	t, err := imex.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := imex.Detect(imex.LOs, t.Header)
	if err != nil {
		return nil, err
	}
	return imex.Prepare(ctx, s, imex.LOs, t, m)
}

// preview shows the detected mapping, each row's action and problems, and
// the choice to import all, the good rows only, or nothing.
func (r *Roster) preview(plan *imex.Plan) {
	header := plan.Table().Header
	var mapped []string
	for i, key := range plan.Mapping {
		if key != "" && i < len(header) {
			mapped = append(mapped, header[i]+" → "+key)
		}
	}
	c := plan.Counts()
	summary := lang.L("{{.Insert}} new, {{.Update}} changed, {{.Unchanged}} unchanged, {{.Skip}} with problems", map[string]any{
		"Insert": c[imex.Insert], "Update": c[imex.Update], "Unchanged": c[imex.Unchanged], "Skip": c[imex.Skip],
	})
	rows := make([][]string, 0, len(plan.Rows)+len(plan.Problems))
	for _, p := range plan.Problems {
		rows = append(rows, []string{"", lang.L("File"), "", problemText(p)})
	}
	for _, rp := range plan.Rows {
		var probs []string
		for _, p := range rp.Problems {
			probs = append(probs, problemText(p))
		}
		action := enumLabel("import", string(rp.Action))
		if !rp.OK() {
			action = enumLabel("import", string(imex.Skip))
		}
		rows = append(rows, []string{fmt.Sprint(rp.Row), action, rp.Label, strings.Join(probs, "; ")})
	}
	table := widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Row"), Width: 50},
		{Title: lang.L("Action"), Width: 100},
		{Title: lang.L("Name"), Width: 200},
		{Title: lang.L("Problems"), Width: 420},
	})
	table.SetRows(rows)
	mapping := widget.NewLabel(lang.L("Columns: {{.Mapping}}", map[string]any{"Mapping": strings.Join(mapped, ", ")}))
	mapping.Wrapping = fyne.TextWrapWord
	var dlg *dialog.CustomDialog
	commit := func(good bool) {
		dlg.Hide()
		r.commit(plan, good)
	}
	all := &widget.Button{Text: lang.L("Import"), Importance: widget.HighImportance, OnTapped: func() { commit(false) }}
	if !plan.OK() {
		all.Disable()
	}
	good := widget.NewButton(lang.L("Import good rows only"), func() { commit(true) })
	if c[imex.Skip] == 0 || c[imex.Insert]+c[imex.Update] == 0 {
		good.Disable()
	}
	cancel := widget.NewButton(lang.L("Cancel"), func() { dlg.Hide() })
	top := container.NewVBox(mapping, widget.NewLabel(summary))
	dlg = dialog.NewCustomWithoutButtons(lang.L("Import liaison officers"), container.NewBorder(top, nil, nil, nil, table), r.env.Win)
	dlg.SetButtons([]fyne.CanvasObject{cancel, good, all})
	dlg.Resize(fyne.NewSize(860, 560))
	dlg.Show()
}

// problemText is "row 5, email: not an e-mail address".
func problemText(p imex.Problem) string {
	msg, ok := imexMessage(p.Err)
	if !ok {
		msg = p.Err.Error()
	}
	where := ""
	if p.Column != "" {
		where = p.Column + ": "
	}
	if p.Warning {
		return lang.L("warning") + ": " + where + msg
	}
	return where + msg
}

func (r *Roster) commit(plan *imex.Plan, good bool) {
	env := r.env
	env.Go(func() {
		res, err := imex.Commit(context.Background(), env.Store, plan, imex.Options{GoodRowsOnly: good})
		env.Do(func() {
			if err != nil {
				env.ShowError("import LOs", err, message(env, err))
				return
			}
			env.Changed()
			r.Load()
			dialog.ShowInformation(lang.L("Import finished"), lang.L("{{.Inserted}} added, {{.Updated}} updated, {{.Skipped}} skipped.", map[string]any{
				"Inserted": res.Inserted, "Updated": res.Updated, "Skipped": res.Skipped,
			}), env.Win)
		})
	})
}

// exportFile asks where to save the LOs as CSV or XLSX.
func (r *Roster) exportFile() {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		_ = wc.Close()
		r.exportPath(path)
	}, r.env.Win)
	d.SetFileName("los.xlsx")
	d.Show()
}

func (r *Roster) exportPath(path string) {
	env := r.env
	if _, err := imex.FormatOf(path); err != nil {
		path += ".xlsx"
	}
	env.Read(func(ctx context.Context, s *data.Store) func() {
		n, err := imex.Export(ctx, s, imex.LOs, path)
		return func() {
			if err != nil {
				env.ShowError("export LOs", err, message(env, err))
				return
			}
			dialog.ShowInformation(lang.L("Export finished"), lang.L("{{.Count}} LOs written to {{.Path}}.", map[string]any{"Count": n, "Path": path}), env.Win)
		}
	})
}
