package progview

import (
	"bytes"
	"context"
	"image/png"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/fsname"
	"lodesk/app/private"
	"lodesk/app/programme"
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// seatView shows the seat map or photo line-up of one item and edits it.
type seatView struct {
	s *Screen

	item     *widget.Select
	mode     *widget.RadioGroup
	lock     *widget.Check
	confirm  *widget.Button
	choose   *widgets.SearchSelect // a person to add to a "chosen people" item
	unchoose *widget.Button        // takes the selected person off it
	choices  []string              // person ids by choose.Options index
	chooser  *fyne.Container
	regen    *widget.Button
	savePic  *widget.Button
	hint     *widget.Label
	picked   *widget.Label
	moved    *widget.Label
	picture  *seatMap
	scroll   *container.Scroll
	view     fyne.CanvasObject
	items    []data.ProgrammeItem // with seating or a photo
	current  *data.ProgrammeItem
	wantItem string // item to show once loaded
}

func newSeatView(s *Screen) *seatView {
	v := &seatView{s: s, picture: newSeatMap()}
	v.picture.OnTap = v.tapped
	v.picture.OnDrop = v.place
	v.item = &widget.Select{PlaceHolder: lang.L("Choose an item with seating or a group photo"), OnChanged: v.itemChanged}
	v.mode = &widget.RadioGroup{Options: []string{lang.L("Seat map"), lang.L("Photo line-up")}, Horizontal: true, OnChanged: v.modeChanged}
	v.regen = &widget.Button{Text: lang.L("Regenerate"), Icon: theme.ViewRefreshIcon(), OnTapped: v.regenerate}
	v.lock = &widget.Check{Text: lang.L("Locked: communicated"), OnChanged: v.locked}
	v.confirm = &widget.Button{Text: lang.L("Keep this place"), Icon: theme.ConfirmIcon(), OnTapped: v.reviewed}
	v.confirm.Hide()
	v.choose = widgets.NewSearchSelect(nil, v.chosen)
	v.choose.PlaceHolder = lang.L("Add a person…")
	v.unchoose = &widget.Button{Text: lang.L("Take off this session"), Icon: theme.ContentRemoveIcon(), OnTapped: v.unchosen}
	v.chooser = container.NewVBox(&widget.Label{Text: lang.L("Chosen people"), TextStyle: fyne.TextStyle{Bold: true}}, v.choose, v.unchoose)
	v.chooser.Hide()
	v.savePic = &widget.Button{Text: lang.L("Save picture…"), Icon: theme.DocumentSaveIcon(), OnTapped: v.savePicture}
	v.hint = &widget.Label{Text: lang.L("Drag a person to the place they should go, or click them and then the place: the two swap. A red pin marks a place set by hand, which Regenerate keeps. Lock a seating once it is communicated: nobody moves again, and newcomers, framed in orange, take the next free seats of their rank for you to check."), Wrapping: fyne.TextWrapWord}
	v.picked = &widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
	v.moved = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.enable()

	// The controls flow onto a second line where the window is narrow.
	bar := container.NewVBox(v.item, widgets.NewFlow(v.mode, v.regen, v.lock, v.savePic))
	side := container.NewVBox(v.hint, v.chooser, v.picked, v.confirm, &widget.Label{Text: lang.L("What moved"), TextStyle: fyne.TextStyle{Bold: true}}, v.moved)
	v.scroll = container.NewScroll(v.picture)
	split := container.NewHSplit(v.scroll, container.NewVScroll(container.NewPadded(side)))
	split.Offset = 0.78
	v.view = container.NewBorder(bar, nil, nil, nil, split)
	return v
}

func (v *seatView) enable() {
	for _, b := range []fyne.Disableable{v.regen, v.savePic, v.mode, v.lock} {
		if v.current == nil {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if v.current != nil && v.current.SeatsLocked {
		v.regen.Disable() // a locked seating is placed only for newcomers
	}
	v.sayEmpty()
}

// sayEmpty sets what the picture says while nobody is placed: what the
// coordinator can do now, and why Regenerate is off when it is.
func (v *seatView) sayEmpty() {
	var msg string
	switch it := v.current; {
	case len(v.items) == 0:
		msg = lang.L("No programme item has a seating plan or a group photo. Open an item on the Programme tab and tick “Seating plan” or “Group photo”, then choose it here.")
	case it == nil:
		msg = lang.L("Choose a session above to see its seat map or photo line-up.")
	case it.SeatsLocked:
		msg = lang.L("Nobody is placed, and this seating is locked (communicated), so Regenerate is off. Untick “Locked: communicated” to place everyone.")
	case it.AttendanceRule() == data.AttendChosen:
		msg = lang.L("Nobody is placed yet: choose who attends (on the right), then press Regenerate.")
	default:
		msg = lang.L("Nobody is placed yet: press Regenerate.")
	}
	if v.picture.empty != msg {
		v.picture.empty = msg
		v.picture.Refresh()
	}
}

// show refreshes the item picker and the picture shown.
func (v *seatView) show(snap *snapshot) {
	v.items = v.items[:0]
	opts := []string{}
	for _, it := range snap.items {
		if it.Photo || it.Seating {
			v.items = append(v.items, it)
			at := it.Starts.In(snap.loc)
			opts = append(opts, shortDay(at.Format(time.DateOnly))+" "+at.Format("15:04")+" — "+it.Title)
		}
	}
	v.item.Options = opts
	want := v.wantItem
	if want == "" && v.current != nil {
		want = v.current.ID
	}
	found := false
	v.item.Selected = "" // so that choosing the same item again reloads it
	for i, it := range v.items {
		if it.ID == want {
			found = true
			v.item.SetSelectedIndex(i)
		}
	}
	v.item.Refresh()
	if !found {
		v.current = nil
		v.picture.set(nil, nil, false)
		v.enable()
	}
}

// pick shows an item (from the programme list).
func (v *seatView) pick(itemID string) {
	v.wantItem = itemID
	for i, it := range v.items {
		if it.ID == itemID {
			v.item.SetSelectedIndex(i)
		}
	}
}

func (v *seatView) itemChanged(string) {
	i := v.item.SelectedIndex()
	if i < 0 || i >= len(v.items) {
		return
	}
	it := v.items[i]
	if v.current == nil || v.current.ID != it.ID {
		v.moved.SetText("")
		v.picture.selected = ""
		v.picture.wait(it.Photo)
		v.picked.SetText("")
		mode := v.mode.Options[0]
		if it.Photo {
			mode = v.mode.Options[1]
		}
		v.mode.Selected = mode
		v.mode.Refresh()
	}
	v.current, v.wantItem = &it, it.ID
	v.lock.Checked = it.SeatsLocked
	v.lock.Refresh()
	v.enable()
	v.chooser.Hidden = it.AttendanceRule() != data.AttendChosen
	v.chooser.Refresh()
	if !v.chooser.Hidden {
		v.loadPeople(it)
	}
	v.load(it)
}

func (v *seatView) modeChanged(string) {
	if v.current != nil {
		v.picture.set(v.picture.seats, v.picture.rowSizes, v.mode.Selected == v.mode.Options[1])
	}
}

// centre scrolls the picture to its centre line.
func (v *seatView) centre() {
	view, pic := v.scroll.Size(), v.picture.MinSize()
	if view.Width <= 0 {
		return
	}
	v.picture.Resize(fyne.NewSize(max(view.Width, pic.Width), max(view.Height, pic.Height)))
	x := v.picture.centreX() - view.Width/2
	v.scroll.ScrollToOffset(fyne.NewPos(max(0, min(x, pic.Width-view.Width)), 0))
}

// load reads an item's seats with the names and codes to show.
func (v *seatView) load(it data.ProgrammeItem) {
	kit.Load(v.s.env, "load seats", func(ctx context.Context, st *data.Store) ([]seatBox, error) {
		return readSeats(ctx, st, it.ID)
	}, func(boxes []seatBox) {
		if v.current == nil || v.current.ID != it.ID {
			return // another item was picked meanwhile
		}
		sizes, _ := seating.ParseRowSizes(it.RowSizes)
		fresh := len(v.picture.seats) == 0
		v.picture.set(boxes, sizes, v.mode.Selected == v.mode.Options[1])
		if fresh {
			v.centre()
		}
	})
}

func readSeats(ctx context.Context, st *data.Store, itemID string) ([]seatBox, error) {
	seats, err := data.ByParent[data.Seat](ctx, st, "item_id", itemID)
	if err != nil {
		return nil, err
	}
	dels, err := st.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, err
	}
	byID := map[string]*data.Delegation{}
	for i := range dels {
		byID[dels[i].ID] = &dels[i]
	}
	// One read of everyone's name, not one per seat: the large demo's
	// gala dinner has 2,000 seats.
	people, err := st.PeopleNames(ctx)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(people))
	for _, p := range people {
		names[p.ID] = p.FullName
	}
	out := make([]seatBox, 0, len(seats))
	for _, s := range seats {
		name, ok := names[s.PersonID]
		if !ok {
			name = s.PersonID
		}
		b := seatBox{pos: seating.Position{Row: s.PhotoRow, Place: s.PhotoPlace}, personID: s.PersonID, name: name, fixed: s.Fixed, review: s.Review}
		if d := byID[s.DelegationID]; d != nil {
			b.code, b.flag = d.Code, kit.FlagResource(d)
		}
		out = append(out, b)
	}
	return out, nil
}

// tapped selects the person at p, or moves the selected person there.
func (v *seatView) tapped(p seating.Position) {
	var at *seatBox
	for i := range v.picture.seats {
		if v.picture.seats[i].pos == p {
			at = &v.picture.seats[i]
		}
	}
	sel := v.picture.selected
	switch {
	case sel == "" && at == nil:
		return
	case sel == "" || (at != nil && at.personID == sel):
		v.confirm.Hide()
		if at.personID == sel {
			sel = ""
			v.picked.SetText("")
		} else {
			sel = at.personID
			v.picked.SetText(lang.L("{{.Name}} selected: click the place they should go.", map[string]any{"Name": at.name}))
			if at.review {
				v.picked.SetText(lang.L("{{.Name}} joined after the seating was locked: keep this place, or click the place they should go.", map[string]any{"Name": at.name}))
				v.confirm.Show()
			}
		}
		v.picture.selected = sel
		v.picture.Refresh()
		return
	}
	v.place(sel, p)
}

// place puts the person at p by hand (a click or a drop); whoever was
// there takes their old place.
func (v *seatView) place(personID string, p seating.Position) {
	if v.current == nil {
		return
	}
	item := v.current.ID
	v.picture.selected = ""
	v.picked.SetText("")
	v.confirm.Hide()
	kit.Write(v.s.env, "place by hand", func(ctx context.Context, st *data.Store) error {
		return seating.Place(ctx, st, item, personID, p)
	}, nil)
}

// regenerate places everyone again; when that would move more than a
// few people already seated, it shows who first and asks.
func (v *seatView) regenerate() {
	if v.current == nil {
		return
	}
	id, title := v.current.ID, v.current.Title
	kit.Run(v.s.env, func(ctx context.Context, st *data.Store) ([]seating.Move, error) {
		return seating.WouldMove(ctx, st, id)
	}, func(moves []seating.Move, err error) {
		switch {
		case err != nil:
			v.s.env.ShowError("regenerate seats", err, v.s.env.ErrorText(err))
		case seating.Moved(moves) > seating.Few:
			kit.ConfirmMoves(v.s.env.Win, title, moves, func() { v.applyRegenerate(id) })
		default:
			v.applyRegenerate(id)
		}
	})
}

func (v *seatView) applyRegenerate(id string) {
	var moves []seating.Move
	kit.Write(v.s.env, "regenerate seats", func(ctx context.Context, st *data.Store) (err error) {
		moves, err = seating.Regenerate(ctx, st, id)
		return err
	}, func() { v.moved.SetText(kit.MovesText(moves)) })
}

// locked locks or unlocks the item's seating.
func (v *seatView) locked(on bool) {
	if v.current == nil || v.current.SeatsLocked == on {
		return
	}
	id := v.current.ID
	v.current.SeatsLocked = on
	v.enable()
	kit.Write(v.s.env, "lock seating", func(ctx context.Context, st *data.Store) error {
		return programme.LockSeating(ctx, st, id, on)
	}, nil)
}

// loadPeople offers the people of the item's delegations to choose from.
func (v *seatView) loadPeople(it data.ProgrammeItem) {
	type choices struct{ opts, ids []string }
	kit.Load(v.s.env, "load people", func(ctx context.Context, st *data.Store) (choices, error) {
		people, err := st.PeopleNames(ctx)
		if err != nil {
			return choices{}, err
		}
		dels, err := st.FindDelegations(ctx, data.DelegationFilter{})
		if err != nil {
			return choices{}, err
		}
		codes := map[string]*data.Delegation{}
		for i := range dels {
			codes[dels[i].ID] = &dels[i]
		}
		var c choices
		for _, p := range people {
			if d := codes[p.DelegationID]; d != nil && seating.Attends(&it, d) {
				c.opts = append(c.opts, p.FullName+" — "+d.Code+" ("+kit.EnumLabel("role", p.Role)+")")
				c.ids = append(c.ids, p.ID)
			}
		}
		return c, nil
	}, func(c choices) {
		v.choices = c.ids
		v.choose.SetOptions(c.opts)
	})
}

// chosen adds the person picked to a "chosen people" item.
func (v *seatView) chosen(string) {
	i := v.choose.SelectedIndex()
	if v.current == nil || i < 0 || i >= len(v.choices) {
		return
	}
	v.choose.ClearSelected()
	v.setChosen(v.choices[i], true)
}

// unchosen takes the selected person off a "chosen people" item.
func (v *seatView) unchosen() {
	if v.current == nil || v.picture.selected == "" {
		return
	}
	who := v.picture.selected
	v.picture.selected = ""
	v.picked.SetText("")
	v.setChosen(who, false)
}

func (v *seatView) setChosen(personID string, on bool) {
	id := v.current.ID
	var moves []seating.Move
	kit.Write(v.s.env, "choose people", func(ctx context.Context, st *data.Store) (err error) {
		moves, err = programme.Choose(ctx, st, id, personID, on)
		return err
	}, func() { v.moved.SetText(kit.MovesText(moves)) })
}

// reviewed keeps a newcomer's place in a locked session.
func (v *seatView) reviewed() {
	if v.current == nil || v.picture.selected == "" {
		return
	}
	item, who := v.current.ID, v.picture.selected
	v.picture.selected = ""
	v.picked.SetText("")
	v.confirm.Hide()
	kit.Write(v.s.env, "confirm place", func(ctx context.Context, st *data.Store) error {
		return seating.Reviewed(ctx, st, item, who)
	}, nil)
}

// showMoves tells what an edit of an item moved.
func showMoves(s *Screen, title string, moves []seating.Move) {
	text := &widget.Label{Text: kit.MovesText(moves), Wrapping: fyne.TextWrapWord}
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(460, 260))
	dialog.ShowCustom(lang.L("Positions regenerated: {{.Title}}", map[string]any{"Title": title}), lang.L("Close"), scroll, s.env.Win)
}

// picturePNG draws the picture shown, in print colours, as a PNG.
func (v *seatView) picturePNG() ([]byte, error) {
	m := newSeatMap()
	m.print = true
	m.caption = v.current.Title
	if v.s.snap != nil {
		m.caption += " — " + kit.LongDay(v.current.Starts.In(v.s.snap.loc)) + " " + v.current.Starts.In(v.s.snap.loc).Format("15:04")
	}
	m.set(v.picture.seats, v.picture.rowSizes, v.picture.photo)
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetScale(2)
	c.SetContent(m)
	c.Resize(m.MinSize())
	var buf bytes.Buffer
	err := png.Encode(&buf, c.Capture())
	return buf.Bytes(), err
}

func (v *seatView) savePicture() {
	if v.current == nil {
		return
	}
	pic, err := v.picturePNG()
	if err != nil {
		v.s.env.ShowError("draw picture", err, v.s.env.ErrorText(err))
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			if err != nil {
				v.s.env.ShowError("save picture", err, v.s.env.ErrorText(err))
			}
			return
		}
		path := w.URI().Path()
		_ = w.Close() // written anew below, readable by the user only
		v.s.env.Go(func() {
			err := private.WriteFile(path, pic)
			v.s.env.Do(func() {
				if err != nil {
					v.s.env.ShowError("save picture", err, v.s.env.ErrorText(err))
				}
			})
		})
	}, v.s.env.Win)
	d.SetFileName(fsname.Safe(v.current.Title+" "+time.Now().Format("2006-01-02")) + ".png")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png"}))
	d.Resize(kit.Fit(v.s.env.Win, 900, 600))
	d.Show()
}
