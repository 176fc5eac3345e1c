package reportview

import (
	"context"
	"image"
	"log/slog"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/duty"
	"lodesk/app/report"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/printview"
	"lodesk/ui/widgets"
)

// View is the Reports tab of the Print screen: choose a report, its day,
// LO and language, see its first page, print it into the folder.
type View struct {
	env   kit.Env
	prefs fyne.Preferences

	kind       *widget.RadioGroup
	day        *widget.Select
	lo         *widgets.SearchSelect
	language   *widget.Select
	choiceForm *widget.Form // day, LO, language
	folder     *widget.Label
	printBtn   *widget.Button
	bar        *widget.ProgressBarInfinite
	status     *widget.Label
	preview    *canvas.Image
	previewMsg *widget.Label
	notes      *kit.Input // the LO's own notes for the day (LO daily report)
	notesSave  *widget.Button
	notesBox   *fyne.Container
	note       data.LONote // as stored; no id when there is none

	days []string // YYYY-MM-DD
	los  []string // LO names
	gen  int      // the latest preview asked for

	// Done, when set, is called on the UI goroutine when a preview or a
	// print ends (tests).
	Done func()
}

// The kinds in the order offered.
var kinds = []string{report.KindSitrep, report.KindLODaily, report.KindHandOver, report.KindFinal}

func kindLabel(k string) string {
	switch k {
	case report.KindSitrep:
		return lang.L("Situation report (SITREP)")
	case report.KindLODaily:
		return lang.L("LO daily report")
	case report.KindHandOver:
		return lang.L("Hand-over sheets")
	}
	return lang.L("End-of-event report")
}

// NewView builds the tab; mount Content() in the Print screen.
func NewView(env kit.Env, prefs fyne.Preferences) *View {
	v := &View{env: env, prefs: prefs}
	opts := make([]string, len(kinds))
	for i, k := range kinds {
		opts[i] = kindLabel(k)
	}
	v.kind = &widget.RadioGroup{Options: opts, Selected: opts[0], Required: true, OnChanged: func(string) { v.changed() }}
	v.day = &widget.Select{OnChanged: func(string) { v.refresh() }}
	v.lo = widgets.NewSearchSelect(nil, func(string) { v.refresh() }) // 2,000 LOs
	langs := []string{lang.L("The event's language"), lang.L("Bahasa Indonesia"), lang.L("English")}
	v.language = &widget.Select{Options: langs, Selected: langs[0], OnChanged: func(string) { v.refresh() }} // set, not SetSelected: no refresh before the form is built
	v.folder = &widget.Label{Text: printview.Folder(prefs), Truncation: fyne.TextTruncateEllipsis}
	v.printBtn = &widget.Button{Text: lang.L("Print report"), Icon: theme.DocumentPrintIcon(), Importance: widget.HighImportance, OnTapped: v.print}
	v.bar = widget.NewProgressBarInfinite()
	v.bar.Hide()
	v.status = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.preview = &canvas.Image{FillMode: canvas.ImageFillContain}
	v.preview.SetMinSize(fyne.NewSize(300, 424))
	v.previewMsg = &widget.Label{Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	v.notes = kit.InputOf(&widget.Entry{MultiLine: true, Wrapping: fyne.TextWrapWord, PlaceHolder: lang.L("What the LO wrote on the form, or says")})
	v.notes.SetMinRowsVisible(4)
	v.notesSave = &widget.Button{Text: lang.L("Save notes"), Icon: theme.DocumentSaveIcon(), OnTapped: v.saveNotes}
	return v
}

// Content builds the tab; Load fills it.
func (v *View) Content() fyne.CanvasObject {
	bold := func(s string) *widget.Label { return &widget.Label{Text: s, TextStyle: fyne.TextStyle{Bold: true}} }
	chooseFolder := &widget.Button{Text: lang.L("Choose folder…"), Icon: theme.FolderOpenIcon(), OnTapped: v.chooseFolder}
	open := &widget.Button{Text: lang.L("Open folder"), Icon: theme.FolderOpenIcon(), OnTapped: v.openFolder}
	v.notesBox = container.NewVBox(bold(lang.L("The LO's notes for the day")), v.notes, container.NewHBox(v.notesSave))
	v.notesBox.Hide()
	v.choiceForm = widget.NewForm(
		&widget.FormItem{Text: lang.L("Day"), Widget: v.day},
		&widget.FormItem{Text: lang.L("Liaison officer"), Widget: v.lo},
		&widget.FormItem{Text: lang.L("Language"), Widget: v.language},
	)
	form := container.NewVBox(
		bold(lang.L("Report")), v.kind,
		v.choiceForm,
		v.notesBox,
		widget.NewSeparator(),
		bold(lang.L("Folder")),
		container.NewBorder(nil, nil, nil, chooseFolder, v.folder),
		container.NewHBox(v.printBtn, open),
		v.bar, v.status,
	)
	right := container.NewBorder(bold(lang.L("First page")), v.previewMsg, nil, nil, v.preview)
	return container.NewHSplit(container.NewVScroll(form), right)
}

// choices are the days and LOs offered.
type choices struct {
	days  []string
	los   []string
	today string
}

// Load reads the days and LOs to choose from, then draws the first page.
func (v *View) Load() {
	kit.Run(v.env, func(ctx context.Context, st *data.Store) (choices, error) {
		return readChoices(ctx, st)
	}, func(c choices, err error) {
		if err != nil {
			v.status.SetText(v.env.ErrorText(err))
			return
		}
		v.days, v.los = c.days, c.los
		v.day.Options = c.days
		if i := slices.Index(c.days, c.today); i >= 0 {
			v.day.SetSelectedIndex(i)
		} else if len(c.days) > 0 {
			v.day.SetSelectedIndex(0)
		}
		v.changed()
	})
}

// readChoices lists the days from the first arrival (or the event's
// start) to the last departure (or its end), and the LOs by name.
func readChoices(ctx context.Context, st *data.Store) (choices, error) {
	var c choices
	ev, err := st.Event(ctx)
	if err != nil {
		return c, err
	}
	loc := ev.Location()
	from, to := ev.StartDate, ev.EndDate
	legs, err := st.FindTravel(ctx, data.TravelFilter{})
	if err != nil {
		return c, err
	}
	for _, l := range legs {
		d := l.Scheduled.In(loc).Format(time.DateOnly)
		if from == "" || d < from {
			from = d
		}
		if d > to {
			to = d
		}
	}
	first, err1 := time.Parse(time.DateOnly, from)
	last, err2 := time.Parse(time.DateOnly, to)
	if err1 == nil && err2 == nil {
		for d := first; !d.After(last) && len(c.days) < 60; d = d.AddDate(0, 0, 1) {
			c.days = append(c.days, d.Format(time.DateOnly))
		}
	}
	c.today = time.Now().In(loc).Format(time.DateOnly)
	los, err := st.FindLOs(ctx, data.LOFilter{})
	if err != nil {
		return c, err
	}
	for _, l := range los {
		c.los = append(c.los, l.FullName)
	}
	return c, nil
}

func (v *View) kindOf() string { return kinds[max(slices.Index(v.kind.Options, v.kind.Selected), 0)] }

// changed offers what the chosen kind takes: a day, and an LO (or, for
// the daily report, the blank form; for hand-overs, every hand-over).
func (v *View) changed() {
	k := v.kindOf()
	var first string
	switch k {
	case report.KindLODaily:
		first = lang.L("Blank form, to fill by hand")
	case report.KindHandOver:
		first = lang.L("Every hand-over of the day")
	}
	if first == "" {
		v.lo.Options = nil
		v.lo.ClearSelected()
		v.lo.Disable()
	} else {
		v.lo.Options = append([]string{first}, v.los...)
		v.lo.Enable()
		if slices.Index(v.lo.Options[1:], v.lo.Selected) < 0 {
			v.lo.SetSelectedIndex(0)
		}
	}
	if k == report.KindFinal {
		v.day.Disable()
	} else {
		v.day.Enable()
	}
	if v.choiceForm != nil {
		v.choiceForm.Refresh() // its labels grey with their widgets
	}
	v.refresh()
}

// options are what the form says.
func (v *View) options() report.Options {
	o := report.Options{Kind: v.kindOf()}
	if k := o.Kind; k != report.KindFinal {
		o.Date = v.day.Selected
	}
	if i := v.lo.SelectedIndex(); i > 0 {
		o.LO = v.lo.Options[i]
	}
	o.Lang = []string{"", "id", "en"}[max(v.language.SelectedIndex(), 0)]
	return o
}

// refresh draws the first page of what the form says, off the UI
// goroutine; an older preview arriving late is dropped. For an LO's daily
// report it also reads the LO's notes for the day.
func (v *View) refresh() {
	v.loadNotes()
	if v.kindOf() != report.KindFinal && v.day.Selected == "" {
		return
	}
	v.gen++
	gen, opts := v.gen, v.options()
	v.previewMsg.SetText(lang.L("Drawing the first page…"))
	kit.Run(v.env, func(ctx context.Context, st *data.Store) (image.Image, error) {
		return report.Preview(ctx, st, opts, printview.PreviewWidth)
	}, func(img image.Image, err error) {
		if gen != v.gen {
			return
		}
		v.showPreview(img, err)
		v.finished()
	})
}

func (v *View) showPreview(img image.Image, err error) {
	if err != nil {
		v.preview.Image = nil
		v.previewMsg.SetText(v.env.ErrorText(err))
	} else {
		v.preview.Image = img
		v.previewMsg.SetText("")
	}
	v.preview.Refresh()
}

// print writes the report into the folder, off the UI goroutine.
func (v *View) print() {
	opts, dir := v.options(), v.folder.Text
	v.printBtn.Disable()
	v.bar.Show()
	v.bar.Start()
	v.status.SetText(lang.L("Printing…"))
	kit.Run(v.env, func(ctx context.Context, st *data.Store) (report.Result, error) {
		return report.WriteFile(ctx, st, dir, opts)
	}, func(res report.Result, err error) {
		v.bar.Stop()
		v.bar.Hide()
		v.printBtn.Enable()
		if err != nil {
			slog.Error("print report", "kind", opts.Kind, "err", err)
			v.status.SetText(lang.L("Printing failed:") + " " + v.env.ErrorText(err))
		} else {
			v.status.SetText(lang.L("Written: {{.Path}}", map[string]any{"Path": res.Path}) + " (" + lang.L("{{.Count}} pages", map[string]any{"Count": res.Pages}) + ")")
		}
		v.finished()
	})
}

func (v *View) finished() {
	if v.Done != nil {
		v.Done()
	}
}

func (v *View) chooseFolder() { printview.ChooseFolder(v.env.Win, v.prefs, v.folder.SetText) }

func (v *View) openFolder() {
	if err := printview.OpenFolder(v.folder.Text); err != nil {
		v.status.SetText(v.env.ErrorText(err))
	}
}

// loadNotes shows the notes box when an LO's daily report is chosen, with
// the LO's notes for the day.
func (v *View) loadNotes() {
	o := v.options()
	if o.Kind != report.KindLODaily || o.LO == "" || o.Date == "" {
		v.notesBox.Hide()
		return
	}
	v.notesBox.Show()
	v.notes.Disable()
	kit.Load(v.env, "load the LO's notes", func(ctx context.Context, st *data.Store) (data.LONote, error) {
		return findNote(ctx, st, o.LO, o.Date)
	}, func(n data.LONote) {
		if cur := v.options(); cur.LO != o.LO || cur.Date != o.Date {
			return // the choice moved on
		}
		v.note = n
		v.notes.SetText(n.Text)
		v.notes.Enable()
	})
}

// findNote is an LO's note for a day, or a new one (no id) for them.
func findNote(ctx context.Context, st *data.Store, loName, day string) (data.LONote, error) {
	los, err := st.FindLOs(ctx, data.LOFilter{})
	if err != nil {
		return data.LONote{}, err
	}
	n := data.LONote{Day: day}
	for _, l := range los {
		if l.FullName == loName {
			n.LOID = l.ID
		}
	}
	notes, err := data.All[data.LONote](ctx, st)
	if err != nil {
		return n, err
	}
	for _, x := range notes {
		if x.LOID == n.LOID && x.Day == day {
			return x, nil
		}
	}
	return n, nil
}

// saveNotes writes the LO's notes for the day through app/duty, then
// draws the report again.
func (v *View) saveNotes() {
	n := v.note
	n.Text = v.notes.Text
	v.notesSave.Disable()
	v.env.Go(func() {
		err := duty.SaveLONote(context.Background(), v.env.Store, &n)
		v.env.Do(func() {
			v.notesSave.Enable()
			if err != nil {
				msg := v.env.ErrorText(err)
				if what := kit.Explain(err); what != "" {
					msg = kit.FieldText(lang.L("The LO's notes for the day"), err, what)
				}
				v.status.SetText(msg)
				return
			}
			v.note = n
			v.status.SetText(lang.L("Notes saved."))
			v.env.Changed()
			v.refresh()
		})
	})
}
