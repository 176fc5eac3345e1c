// Package printview is the window's Print screen: choose the language,
// the packs (all, by LO, by delegation, by arrival day), the manifests and
// a session's tent cards or wall plan, see the first page, print them
// into a folder with a progress bar and cancel, and open the folder. The
// work runs off the UI goroutine through app/briefing (in parallel on
// all cores) and app/seatprint.
package printview

import (
	"context"
	"errors"
	"fmt"
	"image"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/briefing"
	"lodesk/ui/widgets"
)

// PrefFolder is the preference under which the output folder is kept.
const PrefFolder = "print.folder"

// Modes of choosing packs.
const (
	modeAll = iota
	modeLO
	modeDelegation
	modeDay
	modeNone
)

// View is the Print screen.
type View struct {
	// Go runs work off the UI goroutine and Do runs fn on it; the window
	// sets them so that its own tracking covers the Print screen (they
	// default to a goroutine and fyne.Do).
	Go func(fn func())
	Do func(fn func())
	// Message, when set, explains an error in the user's language (the
	// window's kit.Env.Message); without it the screen explains what it
	// can. The error itself goes to the log.
	Message func(err error) string

	win   fyne.Window
	p     Printer
	prefs fyne.Preferences

	language   *widget.Select // the event's, Bahasa Indonesia, English
	mode       *widget.RadioGroup
	which      *widgets.SearchSelect
	session    *widgets.SearchSelect // a seated session
	cards      *widget.Check
	plan       *widget.Check
	coord      *widget.Check
	manifests  map[string]*widget.Check
	folder     *widget.Label
	count      *widget.Label
	printBtn   *widget.Button
	cancelBtn  *widget.Button
	openBtn    *widget.Button
	bar        *widget.ProgressBar
	status     *widget.Label
	preview    *canvas.Image
	previewMsg *widget.Label

	choices Choices
	modes   []string

	mu     sync.Mutex
	gen    int // the latest selection: older previews are dropped
	cancel context.CancelFunc

	// done, if set, is called on the UI goroutine when background work
	// ends (tests wait on it).
	done func()
}

// New builds the screen; mount Content() in the window.
func New(win fyne.Window, p Printer, prefs fyne.Preferences) *View {
	v := &View{win: win, p: p, prefs: prefs, manifests: map[string]*widget.Check{}}
	v.Go = func(fn func()) { go fn() }
	v.Do = fyne.Do
	v.modes = []string{lang.L("All packs"), lang.L("By liaison officer"), lang.L("By delegation"), lang.L("By arrival day"), lang.L("No packs")}
	v.mode = &widget.RadioGroup{Options: v.modes, Selected: v.modes[modeAll], Required: true, OnChanged: func(string) { v.modeChanged() }}
	v.which = widgets.NewSearchSelect(nil, func(string) { v.refresh() }) // 2,000 LOs, 1,000 delegations
	v.which.PlaceHolder = lang.L("Choose…")
	v.which.Disable()
	v.coord = &widget.Check{Text: lang.L("Coordinator copy (medical notes and passports in full)"), OnChanged: func(bool) { v.refresh() }}
	langs := []string{lang.L("The event's language (Event details)"), lang.L("Bahasa Indonesia"), lang.L("English")}
	v.language = widgets.NewSelect(langs, nil)
	v.language.SetSelectedIndex(0)
	v.language.OnChanged = func(string) { v.refresh() }
	v.session = widgets.NewSearchSelect(nil, nil)
	v.session.PlaceHolder = lang.L("Choose a session with seating or a group photo…")
	v.cards = &widget.Check{Text: lang.L("Tent cards (one folded A4 per guest)")}
	v.plan = &widget.Check{Text: lang.L("Wall plan, or the photo line-up (A3/A4 landscape)")}
	for _, k := range briefing.ManifestKinds {
		v.manifests[k] = &widget.Check{Text: manifestLabel(k)}
	}
	v.folder = &widget.Label{Text: Folder(prefs), Truncation: fyne.TextTruncateEllipsis}
	v.count = &widget.Label{}
	v.printBtn = &widget.Button{Text: lang.L("Print to folder"), Icon: theme.DocumentPrintIcon(), Importance: widget.HighImportance, OnTapped: v.start}
	v.cancelBtn = &widget.Button{Text: lang.L("Cancel"), Icon: theme.CancelIcon(), OnTapped: v.stop}
	v.cancelBtn.Disable()
	v.openBtn = &widget.Button{Text: lang.L("Open folder"), Icon: theme.FolderOpenIcon(), OnTapped: v.openFolder}
	v.bar = &widget.ProgressBar{}
	v.bar.Hide() // until something prints: a 0 % bar said it had started
	v.status = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.preview = &canvas.Image{FillMode: canvas.ImageFillContain}
	v.preview.SetMinSize(fyne.NewSize(300, 424))
	v.previewMsg = &widget.Label{Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	return v
}

// Folder is where the Print screen writes: the folder last chosen, or
// "LO Desk packs" in the user's home.
func Folder(prefs fyne.Preferences) string {
	dir := prefs.String(PrefFolder)
	if dir == "" {
		if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, "LO Desk packs")
		}
	}
	return dir
}

func manifestLabel(k string) string {
	switch k {
	case "arrivals":
		return lang.L("Arrivals by day (ground handling)")
	case "departures":
		return lang.L("Departures by day (ground handling)")
	case "catering":
		return lang.L("Catering: diets and allergies by function")
	case "transport":
		return lang.L("Transport: vehicles, drivers, Patwal")
	case "accreditation":
		return lang.L("Accreditation: who still has no badge")
	case "movements":
		return lang.L("Movement sheet: convoys for Transport and Patwal")
	}
	return lang.L("LO roster with phones")
}

// Content is the screen's body; it starts loading the choices.
func (v *View) Content() fyne.CanvasObject {
	checks := container.NewVBox()
	for _, k := range briefing.ManifestKinds {
		checks.Add(v.manifests[k])
	}
	chooseFolder := &widget.Button{Text: lang.L("Choose folder…"), Icon: theme.FolderOpenIcon(), OnTapped: v.chooseFolder}
	form := container.NewVBox(
		&widget.Label{Text: lang.L("Language"), TextStyle: fyne.TextStyle{Bold: true}},
		v.language,
		widget.NewSeparator(),
		&widget.Label{Text: lang.L("Briefing packs"), TextStyle: fyne.TextStyle{Bold: true}},
		v.mode, v.which, v.coord, v.count,
		widget.NewSeparator(),
		&widget.Label{Text: lang.L("Department manifests"), TextStyle: fyne.TextStyle{Bold: true}},
		checks,
		widget.NewSeparator(),
		&widget.Label{Text: lang.L("Seating"), TextStyle: fyne.TextStyle{Bold: true}},
		v.session, v.cards, v.plan,
		widget.NewSeparator(),
		&widget.Label{Text: lang.L("Folder"), TextStyle: fyne.TextStyle{Bold: true}},
		container.NewBorder(nil, nil, nil, chooseFolder, v.folder),
		container.NewHBox(v.printBtn, v.cancelBtn, v.openBtn),
		v.bar, v.status,
	)
	right := container.NewBorder(&widget.Label{Text: lang.L("First page"), TextStyle: fyne.TextStyle{Bold: true}}, v.previewMsg, nil, nil, v.preview)
	return container.NewHSplit(container.NewVScroll(form), right)
}

func (v *View) finished() {
	if v.done != nil {
		v.done()
	}
}

// Load reads the choices off the UI goroutine; call it once the screen
// is in the window (the headless test driver runs Do on the calling
// goroutine, which must not race the first drawing).
func (v *View) Load() { v.Go(v.loadChoices) }

func (v *View) loadChoices() {
	c, err := v.p.Choices(context.Background())
	v.Do(func() {
		if err != nil {
			slog.Error("print: read the choices", "err", err)
			v.status.SetText(lang.L("Could not read the event:") + " " + v.explain(err))
			v.finished()
			return
		}
		v.choices = c
		v.session.Options = labels(c.Sessions)
		v.session.Refresh()
		v.refresh()
	})
}

func (v *View) modeIndex() int {
	for i, m := range v.modes {
		if m == v.mode.Selected {
			return i
		}
	}
	return modeAll
}

func (v *View) modeChanged() {
	var opts []string
	switch v.modeIndex() {
	case modeLO:
		opts = labels(v.choices.LOs)
	case modeDelegation:
		opts = labels(v.choices.Delegations)
	case modeDay:
		opts = v.choices.ArrivalDays
	}
	v.which.Options = opts
	v.which.ClearSelected()
	if len(opts) == 0 {
		v.which.Disable()
	} else {
		v.which.Enable()
	}
	v.refresh()
}

func labels(cs []Choice) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Label
	}
	return out
}

func idOf(cs []Choice, label string) string {
	for _, c := range cs {
		if c.Label == label {
			return c.ID
		}
	}
	return ""
}

// selection is what the form asks for; ok is false while a choice is
// missing.
func (v *View) selection() (sel briefing.Selection, packs, ok bool) {
	for _, k := range briefing.ManifestKinds {
		if v.manifests[k].Checked {
			sel.Manifests = append(sel.Manifests, k)
		}
	}
	w := v.which.Selected
	switch v.modeIndex() {
	case modeAll:
		sel.All = true
	case modeLO:
		sel.LOIDs = []string{idOf(v.choices.LOs, w)}
	case modeDelegation:
		sel.DelegationIDs = []string{idOf(v.choices.Delegations, w)}
	case modeDay:
		sel.ArrivalDay = w
	case modeNone:
		return sel, false, len(sel.Manifests) > 0
	}
	return sel, true, v.modeIndex() == modeAll || w != ""
}

// refresh counts the packs and redraws the preview, off the UI goroutine.
func (v *View) refresh() {
	sel, packs, ok := v.selection()
	v.mu.Lock()
	v.gen++
	gen := v.gen
	v.mu.Unlock()
	if !ok || !packs {
		v.count.SetText("")
		v.preview.Image = nil
		v.preview.Refresh()
		v.previewMsg.SetText(lang.L("Choose what to print."))
		return
	}
	coord, language := v.coord.Checked, v.lang()
	v.previewMsg.SetText(lang.L("Preparing the preview…"))
	v.Go(func() {
		ctx := context.Background()
		n, err := v.p.Count(ctx, sel)
		var img image.Image
		if err == nil && n > 0 {
			img, err = v.p.Preview(ctx, sel, coord, language)
		}
		v.Do(func() {
			v.mu.Lock()
			stale := gen != v.gen
			v.mu.Unlock()
			if stale {
				return
			}
			v.count.SetText(packCount(n))
			v.preview.Image = img
			v.preview.Refresh()
			switch {
			case err != nil:
				slog.Error("print: preview", "err", err)
				v.previewMsg.SetText(lang.L("No preview:") + " " + v.explain(err))
			case n == 0:
				v.previewMsg.SetText(lang.L("No pack matches this choice."))
			default:
				v.previewMsg.SetText("")
			}
			v.finished()
		})
	})
}

func (v *View) chooseFolder() { ChooseFolder(v.win, v.prefs, v.folder.SetText) }

// ChooseFolder asks for the folder the Print screen writes into, keeps
// it in the preferences and hands it to chosen.
func ChooseFolder(win fyne.Window, prefs fyne.Preferences, chosen func(dir string)) {
	dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		prefs.SetString(PrefFolder, u.Path())
		chosen(u.Path())
	}, win)
}

// lang is the printed language chosen: "" for the event's.
func (v *View) lang() string {
	switch v.language.SelectedIndex() {
	case 1:
		return "id"
	case 2:
		return "en"
	}
	return ""
}

// seating is the session and documents chosen to print, if any.
func (v *View) seating() (itemID string, cards, plan bool) {
	itemID = idOf(v.choices.Sessions, v.session.Selected)
	if itemID == "" {
		return "", false, false
	}
	return itemID, v.cards.Checked, v.plan.Checked
}

// start prints the selection into the folder in the background.
func (v *View) start() {
	sel, _, ok := v.selection()
	session, cards, plan := v.seating()
	seats := cards || plan
	if !ok && !seats {
		v.status.SetText(lang.L("Choose what to print."))
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	v.mu.Lock()
	v.cancel = cancel
	v.mu.Unlock()
	v.printBtn.Disable()
	v.cancelBtn.Enable()
	v.bar.SetValue(0)
	v.bar.Show()
	v.status.SetText(lang.L("Printing…"))
	opts := briefing.Options{Dir: v.folder.Text, Coordinator: v.coord.Checked, Lang: v.lang(), Progress: func(done, total int) {
		v.Do(func() { v.bar.SetValue(float64(done) / float64(max(total, 1))) })
	}}
	v.Go(func() {
		var rs []briefing.Result
		var err error
		if ok {
			rs, err = v.p.Generate(ctx, sel, opts)
		}
		for _, c := range []bool{true, false} {
			if err == nil && ctx.Err() == nil && (c && cards || !c && plan) {
				var path string
				if path, err = v.p.Seating(ctx, session, c, opts.Dir, opts.Lang); err == nil {
					rs = append(rs, briefing.Result{Path: path, Kind: "seating"})
				}
			}
		}
		if err == nil {
			err = ctx.Err()
		}
		v.Do(func() {
			cancel()
			v.printBtn.Enable()
			v.cancelBtn.Disable()
			switch {
			case errors.Is(err, context.Canceled):
				v.status.SetText(fmt.Sprintf(lang.L("Cancelled: %d document(s) written."), len(rs)))
			case err != nil:
				slog.Error("print: generate", "folder", opts.Dir, "err", err)
				v.status.SetText(lang.L("Printing failed:") + " " + v.explain(err))
			default:
				v.bar.SetValue(1)
				v.status.SetText(fmt.Sprintf(lang.L("%d document(s) written to %s."), len(rs), v.folder.Text))
			}
			v.finished()
		})
	})
}

func (v *View) stop() {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.cancel != nil {
		v.cancel()
	}
}

func (v *View) openFolder() {
	if err := OpenFolder(v.folder.Text); err != nil {
		v.status.SetText(v.explain(err))
	}
}

// OpenFolder shows a folder in the computer's file manager.
func OpenFolder(dir string) error {
	u := &url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}
	err := fyne.CurrentApp().OpenURL(u)
	if err != nil {
		slog.Error("print: open folder", "folder", dir, "err", err)
	}
	return err
}

// explain says what went wrong in the user's language: as the window
// explains it (Message), or else as the screen can.
func (v *View) explain(err error) string {
	switch {
	case v.Message != nil:
		return v.Message(err)
	case errors.Is(err, os.ErrPermission):
		return lang.L("You do not have permission to use this file or folder.")
	}
	return lang.L("Something went wrong: {{.Err}}", map[string]any{"Err": err.Error()})
}

// packCount is "60 packs, one per LO assignment", or "1 pack, ...".
func packCount(n int) string {
	if n == 1 {
		return lang.L("1 pack, one per LO assignment")
	}
	return lang.L("{{.Count}} packs, one per LO assignment", map[string]any{"Count": n})
}
