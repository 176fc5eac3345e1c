package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sync"
	"lodesk/ui/syncview"
)

// statusBar is the foot of the main window: the event file, and the sync
// status item (a click opens the Sync dialog with the history).
func (s *shell) statusBar() fyne.CanvasObject {
	s.syncItem = &widget.Button{Icon: theme.ViewRefreshIcon(), Importance: widget.LowImportance, Alignment: widget.ButtonAlignTrailing, OnTapped: s.d.showSync}
	s.showSyncStatus()
	return container.NewBorder(nil, nil, nil, s.syncItem, s.status)
}

// showSyncStatus puts the automatic sync's status in the status bar.
func (s *shell) showSyncStatus() {
	if s.syncItem == nil {
		return
	}
	var st syncStatus
	folder, paused := "", false
	if a := s.d.auto; a != nil {
		st, folder, paused = a.snapshot()
	}
	text, imp := syncStatusText(st, folder, paused, time.Now())
	s.syncItem.Importance = imp
	s.syncItem.SetText(text)
}

// reloadAll reloads the screen shown and marks the others to reload when
// shown: a sync brought changes to any of them.
func (s *shell) reloadAll() {
	for i := range s.loaded {
		s.loaded[i] = false
	}
	if s.current >= 0 {
		s.loaded[s.current] = true
	}
	s.refresh()
}

// syncStatusText is what the status bar says of the sync, and how loudly.
func syncStatusText(st syncStatus, folder string, paused bool, now time.Time) (string, widget.Importance) {
	switch {
	case folder == "":
		return lang.L("Not syncing: choose a sync folder (File > Sync…)"), widget.LowImportance
	case st.err != nil && folderMissing(st.err):
		return lang.L("Sync folder not found: {{.Folder}} (USB stick out? share gone?) Next try in {{.In}}.",
			map[string]any{"Folder": folder, "In": st.retryIn.Round(time.Second).String()}), widget.DangerImportance
	case st.err != nil:
		return lang.L("{{.Reason}} Next try in {{.In}}.",
			map[string]any{"Reason": syncview.ErrorText(st.err), "In": st.retryIn.Round(time.Second).String()}), widget.DangerImportance
	case st.syncing:
		return lang.L("Syncing…"), widget.LowImportance
	}
	var parts []string
	if paused {
		parts = append(parts, lang.L("Sync paused"))
	}
	if st.last.IsZero() {
		if !paused {
			parts = append(parts, lang.L("Sync starting…"))
		}
	} else {
		parts = append(parts,
			lang.L("Synced {{.Time}}", map[string]any{"Time": syncview.When(st.last, now)}),
			lang.L("in {{.In}}, out {{.Out}}", map[string]any{"In": st.in, "Out": st.out}))
		if st.from != "" {
			parts = append(parts, lang.L("latest from {{.Who}} at {{.Time}}", map[string]any{"Who": st.from, "Time": syncview.When(st.fromAt, now)}))
		}
		parts = append(parts, lang.L("other laptops: {{.Count}}", map[string]any{"Count": st.laptops}))
	}
	if st.waiting && !paused {
		parts = append(parts, lang.L("sync waits until the open editor is closed"))
	}
	imp := widget.LowImportance
	if st.conflicts > 0 {
		parts = append(parts, lang.L("to review: {{.Count}}", map[string]any{"Count": st.conflicts}))
		imp = widget.WarningImportance
	}
	if paused {
		imp = widget.WarningImportance
	}
	return strings.Join(parts, " · "), imp
}

// startAutoSync starts the background sync of the open store.
func (d *desk) startAutoSync() {
	d.auto = newAutoSync(d, d.store)
}

// stopAutoSync runs the last sync and stops the background sync.
func (d *desk) stopAutoSync() {
	if d.auto == nil {
		return
	}
	d.auto.end()
	d.auto = nil
}

// pokeSync tells the background sync that this laptop changed the event.
func (d *desk) pokeSync() {
	if d.auto != nil {
		d.auto.poke(sync.ReasonLocal)
	}
}
