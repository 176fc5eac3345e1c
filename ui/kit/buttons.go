package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// ButtonRow is the one row of buttons under every editor and form dialog:
// on the left what acts on the record itself (Delete first, in red, then
// History and a screen's own), on the right Cancel and then the default
// button (Save, Create: high importance, pressed by Enter).
func ButtonRow(left []*widget.Button, cancel, def *widget.Button) *fyne.Container {
	row := container.NewHBox()
	for _, b := range left {
		if b.Importance == widget.DangerImportance {
			row.Add(b)
		}
	}
	for _, b := range left {
		if b.Importance != widget.DangerImportance {
			row.Add(b)
		}
	}
	row.Add(layout.NewSpacer())
	if cancel != nil {
		row.Add(cancel)
	}
	if def != nil {
		def.Importance = widget.HighImportance
		row.Add(def)
	}
	return row
}
