package assignview

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"lodesk/app/imex"
	"lodesk/data"
	"lodesk/ui/kit"
)

// importFile opens the window's import preview (File > Import...) with
// liaison officers chosen: the same column mapping, problems per row and
// choices as for every other kind. The window reloads the roster after.
func (r *Roster) importFile() {
	if r.env.Import != nil {
		r.env.Import(imex.LOs)
	}
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
	kit.Load(*env, "export LOs", func(ctx context.Context, s *data.Store) (int, error) {
		return imex.Export(ctx, s, imex.LOs, path)
	}, func(n int) {
		dialog.ShowInformation(lang.L("Export finished"), lang.L("{{.Count}} LOs written to {{.Path}}.", map[string]any{"Count": n, "Path": path}), env.Win)
	})
}
