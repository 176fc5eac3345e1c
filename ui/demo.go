package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/demo"
	"lodesk/app/event"
	"lodesk/app/paths"
	"lodesk/data"
	"lodesk/ui/kit"
)

// demoPath is where Open demo writes the demo event: LO Desk's data folder
// (or the user's documents when it has none).
func demoPath() string {
	dir := documentsDir()
	if dirs, err := paths.Default(); err == nil {
		dir = dirs.Data
	}
	return filepath.Join(dir, "LO Desk demo"+event.Ext)
}

// openDemo opens the demo event, writing it first if it is not there yet.
func (d *desk) openDemo() {
	path := demoPath()
	if _, err := os.Stat(path); err == nil {
		d.openPath(path)
		return
	}
	bar := widget.NewProgressBar()
	note := widget.NewLabel(lang.L("Writing a demo event with 60 delegations, 600 people and 100 liaison officers…"))
	dlg := dialog.NewCustomWithoutButtons(lang.L("Open demo event"), container.NewVBox(note, bar), d.win)
	dlg.Resize(kit.Fit(d.win, 480, 140))
	dlg.Show()
	d.goBackground(func() {
		s, err := writeDemo(context.Background(), path, func(done, total int) {
			d.do(func() { bar.SetValue(float64(done) / float64(max(total, 1))) })
		})
		d.do(func() {
			dlg.Hide()
			if err != nil {
				d.showError("write demo event", err)
				return
			}
			d.setStore(s)
		})
	})
}

// writeDemo creates the event file at path and fills it with the small
// demo event; on failure the file is removed.
func writeDemo(ctx context.Context, path string, progress func(done, total int)) (*data.Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("write demo: %w", err)
	}
	s, err := data.Create(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("write demo: %w", err)
	}
	if err := demo.Generate(ctx, s, demo.Options{Size: demo.Small, Progress: progress}); err != nil {
		err = errors.Join(err, s.Close())
		for _, p := range []string{path, path + "-wal", path + "-shm"} {
			_ = os.Remove(p)
		}
		return nil, fmt.Errorf("write demo %s: %w", path, err)
	}
	return s, nil
}
