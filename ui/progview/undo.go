package progview

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
)

// undoBar says what was just deleted and offers to bring it back.
type undoBar struct {
	s    *Screen
	box  *fyne.Container
	msg  *widget.Label
	btn  *widget.Button
	gone []data.Record
}

func newUndoBar(s *Screen) *undoBar {
	u := &undoBar{s: s, msg: &widget.Label{}}
	u.btn = &widget.Button{Text: lang.L("Undo"), Icon: theme.ContentUndoIcon(), OnTapped: u.undo}
	u.box = container.NewHBox(u.msg, u.btn)
	u.box.Hide()
	return u
}

// offer shows text with an Undo button for the rows a delete returned.
func (u *undoBar) offer(text string, gone []data.Record) {
	u.gone = gone
	u.msg.SetText(text)
	u.box.Show()
}

func (u *undoBar) undo() {
	gone := u.gone
	if len(gone) == 0 {
		return
	}
	u.gone = nil
	u.box.Hide()
	u.s.write("undo delete", func(ctx context.Context, st *data.Store) error {
		return st.Restore(ctx, gone)
	}, nil)
}
