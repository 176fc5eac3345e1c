package syncview

import (
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sync"
	"lodesk/data"
)

// FolderKey is the preference under which an event file's own sync folder
// is kept: the window syncs that event by itself once it has one. (The
// folder last chosen for any event, PrefFolder, is only offered.)
func FolderKey(eventPath string) string {
	if abs, err := filepath.Abs(eventPath); err == nil {
		eventPath = abs
	}
	return PrefFolder + ":" + eventPath
}

// Entry is one sync the window ran, for the dialog's history.
type Entry struct {
	At      time.Time
	Why     sync.Reason
	Summary sync.Summary
	Err     error
}

// Live is the window's automatic sync, as the dialog shows and steers it.
type Live interface {
	// History lists the syncs run since the event was opened, latest first.
	History() []Entry
	// Laptops are the laptops whose changes the file held after the last
	// sync, latest writer first.
	Laptops() []data.Laptop
	Paused() bool
	SetPaused(bool)
	// SetFolder: the event's sync folder was chosen; it syncs by itself
	// from now on.
	SetFolder(path string)
}

// SetLive shows the window's automatic sync of the event file eventPath in
// the dialog: its folder, a switch to pause it, the laptops seen and the
// history of the syncs.
func (v *View) SetLive(l Live, eventPath string) {
	v.live, v.key = l, FolderKey(eventPath)
	if f := v.prefs.String(v.key); f != "" {
		v.folder.SetText(f)
		v.run.Enable()
	}
}

// folderPath is the folder Sync now uses: the event's, else the one last
// chosen.
func (v *View) folderPath() string {
	if v.key != "" {
		if f := v.prefs.String(v.key); f != "" {
			return f
		}
	}
	return v.prefs.String(PrefFolder)
}

// folderChosen remembers path as the event's folder.
func (v *View) folderChosen(path string) {
	if v.key == "" {
		return
	}
	v.prefs.SetString(v.key, path)
	if v.live != nil {
		v.live.SetFolder(path)
	}
}

// synced: a Sync now went well with folder; if the event had no folder of
// its own yet, this one becomes it.
func (v *View) synced(folder string) {
	if v.key != "" && v.prefs.String(v.key) == "" {
		v.folderChosen(folder)
	}
	v.showLive()
}

// liveContent is the dialog's part on automatic sync (empty without one).
func (v *View) liveContent() fyne.CanvasObject {
	v.liveBox = container.NewVBox()
	v.showLive()
	return v.liveBox
}

// showLive fills the automatic sync's part from Live.
func (v *View) showLive() {
	if v.liveBox == nil {
		return
	}
	v.liveBox.RemoveAll()
	if v.live == nil {
		v.liveBox.Refresh()
		return
	}
	v.pause = &widget.Check{Text: lang.L("Sync automatically (after changes here, when the folder changes, every 30 seconds)"), Checked: !v.live.Paused()}
	v.pause.OnChanged = func(on bool) { v.live.SetPaused(!on) }
	if v.prefs.String(v.key) == "" {
		v.pause.Disable()
	}
	v.liveBox.Add(v.pause)
	if ls := v.live.Laptops(); len(ls) > 0 {
		v.liveBox.Add(&widget.Label{Text: lang.L("Laptops seen"), TextStyle: fyne.TextStyle{Bold: true}})
		v.liveBox.Add(&widget.Label{Text: LaptopsText(ls, time.Now()), Wrapping: fyne.TextWrapWord})
	}
	if h := v.live.History(); len(h) > 0 {
		v.liveBox.Add(&widget.Label{Text: lang.L("Recent syncs"), TextStyle: fyne.TextStyle{Bold: true}})
		var b strings.Builder
		for _, e := range h {
			b.WriteString(EntryText(e))
			b.WriteString("\n")
		}
		v.liveBox.Add(&widget.Label{Text: strings.TrimSpace(b.String()), Wrapping: fyne.TextWrapWord})
	}
	v.liveBox.Refresh()
}

// LaptopsText lists the laptops, one a line: the coordinator's name and
// when it last wrote (the time alone if today).
func LaptopsText(ls []data.Laptop, now time.Time) string {
	var b strings.Builder
	for _, l := range ls {
		name := l.Author
		if name == "" {
			name = lang.L("(no name set)")
		}
		line := lang.L("{{.Name}}: last change {{.When}}", map[string]any{"Name": name, "When": When(l.Last.Time(), now)})
		if l.Mine {
			line += " " + lang.L("(this laptop)")
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimSpace(b.String())
}

// When is a time as the status bar says it: 14:32 today, else 23 Nov
// 14:32.
func When(t, now time.Time) string {
	t = t.Local()
	if y, m, d := t.Date(); y == now.Year() && m == now.Month() && d == now.Day() {
		return t.Format("15:04")
	}
	return t.Format("2 Jan 15:04")
}

// EntryText is one line of the history.
func EntryText(e Entry) string {
	at := e.At.Local().Format("15:04:05")
	if e.Err != nil {
		return lang.L("{{.Time}} failed: {{.Error}}", map[string]any{"Time": at, "Error": ErrorText(e.Err)})
	}
	s := &e.Summary
	line := lang.L("{{.Time}} ({{.Why}}): {{.In}} in, {{.Out}} out", map[string]any{"Time": at, "Why": ReasonText(e.Why), "In": s.Received, "Out": s.Sent})
	if len(s.ByAuthor) > 0 {
		line += " — " + lang.L("from {{.Who}}", map[string]any{"Who": Authors(s.ByAuthor)})
	}
	return line
}

// Authors names who made changes, most changes first.
func Authors(m map[string]int) string {
	names := sync.ByCount(m)
	for i, n := range names {
		if n == "" {
			names[i] = lang.L("unnamed")
		}
	}
	return strings.Join(names, ", ")
}

// ReasonText says why a sync ran.
func ReasonText(why sync.Reason) string {
	switch why {
	case sync.ReasonStart:
		return lang.L("event opened")
	case sync.ReasonLocal:
		return lang.L("changes here")
	case sync.ReasonFolder:
		return lang.L("folder changed")
	case sync.ReasonTimer:
		return lang.L("regular check")
	case sync.ReasonRetry:
		return lang.L("new try")
	case sync.ReasonStop:
		return lang.L("event closing")
	}
	return lang.L("Sync now")
}

// ErrorText explains a failed sync on one line.
func ErrorText(err error) string { return strings.ReplaceAll(statusText(err), "\n", " ") }
