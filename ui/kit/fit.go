package kit

import "fyne.io/fyne/v2"

// dialogMargin is what Fit leaves free around a dialog.
const dialogMargin = 24

// Fit is a dialog size of at most w×h that fits in win, so that on a
// small laptop screen a dialog's buttons never fall below the window's
// edge (Fyne sizes a dialog as asked, however large the window). The
// dialog's content scrolls where it needs more.
func Fit(win fyne.Window, w, h float32) fyne.Size {
	if win != nil {
		if c := win.Canvas().Size(); c.Width > 0 && c.Height > 0 {
			w = min(w, c.Width-dialogMargin)
			h = min(h, c.Height-dialogMargin)
		}
	}
	return fyne.NewSize(w, h)
}
