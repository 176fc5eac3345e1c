package progview

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/fsname"
	"lodesk/app/itinerary"
	"lodesk/app/private"
	"lodesk/data"
	"lodesk/ui/kit"
)

// party is a delegation or an LO whose itinerary can be shown.
type party struct {
	id, label, fold string
	lo              bool
}

// itinLine is one pre-formatted line of an itinerary: a day heading or an
// entry.
type itinLine struct {
	heading bool
	when    string
	title   string
	place   string
	clash   bool
}

// itineraryView shows the composed itinerary of a delegation or an LO.
type itineraryView struct {
	s *Screen

	who      *widget.RadioGroup
	search   *kit.Input
	parties  *widget.List
	none     *kit.EmptyNote // over the parties while none shows
	title    *widget.Label
	export   *widget.Button
	clashes  *widget.Label
	clashBox *container.Scroll
	lines    *widget.List
	empty    *widget.Label
	view     fyne.CanvasObject

	all, shown []party
	current    *party
	it         *itinerary.Itinerary
	rows       []itinLine
}

func newItineraryView(s *Screen) *itineraryView {
	v := &itineraryView{s: s}
	v.who = &widget.RadioGroup{Options: []string{lang.L("Delegations"), lang.L("Liaison officers")}, Horizontal: true, OnChanged: func(string) { v.filter() }}
	v.who.Selected = v.who.Options[0]
	v.search = kit.NewSearch(lang.L("Search…"), func(string) { v.filter() })
	v.parties = &widget.List{
		Length:     func() int { return len(v.shown) },
		CreateItem: func() fyne.CanvasObject { return &widget.Label{Truncation: fyne.TextTruncateEllipsis} },
		UpdateItem: func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.shown[i].label) },
		OnSelected: v.pickParty,
	}
	v.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	v.export = &widget.Button{Text: lang.L("Export to calendar (.ics)…"), Icon: theme.DownloadIcon(), OnTapped: v.exportICS}
	v.export.Disable()
	v.clashes = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	v.clashes.Hide()
	v.lines = &widget.List{Length: func() int { return len(v.rows) }, CreateItem: newLineItem, UpdateItem: v.updateLine}
	v.empty = &widget.Label{Text: lang.L("Choose a delegation or a liaison officer to see their itinerary."), Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}

	v.none = kit.NewEmptyNote(v.parties, "")
	left := container.NewBorder(container.NewVBox(v.who, v.search), nil, nil, nil, v.none.View())
	v.clashBox = container.NewVScroll(v.clashes)
	v.clashBox.Hide()
	head := container.NewVBox(container.NewBorder(nil, nil, nil, v.export, v.title), v.clashBox)
	right := container.NewBorder(head, nil, nil, nil, container.NewStack(v.lines, container.NewVBox(v.empty)))
	split := container.NewHSplit(left, right)
	split.Offset = 0.28
	v.view = split
	return v
}

// newLineItem is a row: time, title (warning icon on a clash), and the
// place with the details under it.
func newLineItem() fyne.CanvasObject {
	when := &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	icon := widget.NewIcon(theme.WarningIcon())
	title := &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	place := &widget.Label{Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText}
	whenBox := container.NewGridWrap(fyne.NewSize(110, when.MinSize().Height), when)
	return container.NewBorder(nil, nil, whenBox, nil, container.NewVBox(container.NewBorder(nil, nil, icon, nil, title), place))
}

func (v *itineraryView) updateLine(i widget.ListItemID, o fyne.CanvasObject) {
	r := v.rows[i]
	box := o.(*fyne.Container)
	when := box.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
	col := box.Objects[0].(*fyne.Container)
	top := col.Objects[0].(*fyne.Container)
	title, icon := top.Objects[0].(*widget.Label), top.Objects[1].(*widget.Icon)
	place := col.Objects[1].(*widget.Label)
	when.SetText(r.when)
	title.SetText(r.title)
	place.SetText(r.place)
	title.Importance = widget.MediumImportance
	if r.heading {
		title.Importance = widget.HighImportance
	}
	if r.clash {
		title.Importance = widget.DangerImportance
		icon.Show()
	} else {
		icon.Hide()
	}
	title.Refresh()
}

// show refreshes the list of parties and the itinerary shown.
func (v *itineraryView) show(snap *snapshot) {
	v.all = v.all[:0]
	for _, d := range snap.dels {
		label := d.Code + " — " + d.Name
		v.all = append(v.all, party{id: d.ID, label: label, fold: data.Fold(label)})
	}
	for _, l := range snap.los {
		v.all = append(v.all, party{id: l.ID, label: l.FullName, fold: data.Fold(l.FullName), lo: true})
	}
	v.filter()
	if v.current != nil {
		p := *v.current
		for _, q := range v.all {
			if q.id == p.id {
				p = q
			}
		}
		v.load(p)
	}
}

func (v *itineraryView) filter() {
	lo := v.who.Selected == v.who.Options[1]
	q := kit.NewQuery(v.search.Text)
	v.shown = v.shown[:0]
	for _, p := range v.all {
		if p.lo == lo && q.Matches(p.fold) {
			v.shown = append(v.shown, p)
		}
	}
	v.parties.UnselectAll()
	v.parties.Refresh()
	all := 0
	for _, p := range v.all {
		if p.lo == lo {
			all++
		}
	}
	if lo {
		v.none.SetNone(lang.L("No liaison officers yet: add them on the Liaison officers screen."))
	} else {
		v.none.SetNone(lang.L("No delegations yet: add them on the Delegations screen."))
	}
	v.none.Count(len(v.shown), all)
}

func (v *itineraryView) pickParty(i widget.ListItemID) {
	if i >= 0 && i < len(v.shown) {
		v.load(v.shown[i])
	}
}

// load composes a party's itinerary off the UI goroutine.
func (v *itineraryView) load(p party) {
	v.current = &p
	kit.Load(v.s.env, "compose itinerary", func(ctx context.Context, st *data.Store) (*itinerary.Itinerary, error) {
		if p.lo {
			return itinerary.ForLO(ctx, st, p.id)
		}
		return itinerary.ForDelegation(ctx, st, p.id)
	}, func(it *itinerary.Itinerary) {
		if v.current != nil && v.current.id == p.id { // not another party's meanwhile
			v.setItinerary(p, it)
		}
	})
}

func (v *itineraryView) setItinerary(p party, it *itinerary.Itinerary) {
	loc := time.UTC
	if v.s.snap != nil {
		loc = v.s.snap.loc
	}
	v.it = it
	v.title.SetText(p.label)
	v.export.Enable()
	clashed := map[string]bool{}
	var texts []string
	for _, c := range it.Clashes {
		texts = append(texts, "⚠ "+clashText(c))
		clashed[entryKey(c.A)] = true
		if c.Kind == itinerary.ClashOverlap || c.Kind == itinerary.ClashTransfer {
			clashed[entryKey(c.B)] = true
		}
	}
	v.clashes.SetText(strings.Join(texts, "\n"))
	v.clashes.Hidden = len(texts) == 0
	if len(texts) == 0 {
		v.clashBox.Hide()
	} else {
		v.clashBox.Show()
	}
	v.clashBox.SetMinSize(fyne.NewSize(0, min(v.clashes.MinSize().Height, 116)))
	v.clashBox.Refresh()
	v.rows = v.rows[:0]
	for _, d := range it.Days {
		v.rows = append(v.rows, itinLine{heading: true, title: dayLabel(d.Date)})
		for _, e := range d.Entries {
			var details []string
			if e.Place != "" {
				details = append(details, e.Place)
			}
			for _, x := range e.Details {
				details = append(details, detailText(x))
			}
			title := entryTitle(e)
			if p.lo && e.Delegation != "" {
				title = e.Delegation + " · " + title
			}
			v.rows = append(v.rows, itinLine{when: span(e.Start, e.End, loc), title: title, place: strings.Join(details, " · "), clash: clashed[entryKey(e)]})
		}
	}
	if len(v.rows) == 0 {
		v.empty.SetText(lang.L("Nothing on this itinerary yet: no travel, hotel or programme item."))
		v.empty.Show()
	} else {
		v.empty.Hide()
	}
	v.lines.Refresh()
	v.lines.ScrollToTop()
}

func entryKey(e itinerary.Entry) string {
	return fmt.Sprint(e.Kind, e.Delegation, e.ItemID, e.Title, e.Start.Unix())
}

// exportICS writes the itinerary shown as an iCalendar file.
func (v *itineraryView) exportICS() {
	if v.it == nil {
		return
	}
	text := itinerary.ICS(v.it, time.Now())
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			v.s.env.ShowError("export itinerary", err, v.s.env.ErrorText(err))
			return
		}
		if w == nil {
			return
		}
		path, name := w.URI().Path(), w.URI().Name()
		_ = w.Close() // written anew below, readable by the user only
		v.s.env.Go(func() {
			err := private.WriteFile(path, []byte(text))
			v.s.env.Do(func() {
				if err != nil {
					v.s.env.ShowError("export itinerary", err, v.s.env.ErrorText(err))
					return
				}
				dialog.ShowInformation(lang.L("Exported"), lang.L("The itinerary is in {{.File}}. Open it on a phone or import it into a calendar.", map[string]any{"File": name}), v.s.env.Win)
			})
		})
	}, v.s.env.Win)
	d.SetFileName(fsname.Safe(v.it.Title) + ".ics")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".ics"}))
	d.Resize(kit.Fit(v.s.env.Win, 900, 600))
	d.Show()
}
