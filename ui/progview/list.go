package progview

import (
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// itemRow is one pre-formatted line of the programme.
type itemRow struct {
	item  data.ProgrammeItem
	day   string // YYYY-MM-DD in the event's zone
	cells []string
	fold  string
}

// programmeList is the programme by day: search, a day picker, the table
// and the buttons that act on the selected item.
type programmeList struct {
	s *Screen

	search  *kit.Input
	day     *widget.Select
	count   *widget.Label
	table   *widgets.StringTable
	empty   *widget.Label
	add     *widget.Button
	edit    *widget.Button
	del     *widget.Button
	seating *widget.Button
	undo    *kit.UndoBar
	view    fyne.CanvasObject

	all, shown []itemRow
	days       []string // YYYY-MM-DD, in order; the picker's options follow them after "All days"
	selected   *data.ProgrammeItem
}

func newProgrammeList(s *Screen) *programmeList {
	l := &programmeList{s: s}
	l.search = kit.NewSearch(lang.L("Search…"), func(string) { l.filter() })
	l.day = &widget.Select{PlaceHolder: widgets.SelectPlaceHolder(), Options: []string{lang.L("All days")}, OnChanged: func(string) { l.filter() }}
	l.day.Selected = l.day.Options[0]
	l.count = &widget.Label{}
	l.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Day"), Width: 110},
		{Title: lang.L("Time"), Width: 100},
		{Title: lang.L("Title"), Width: 300},
		{Title: lang.L("Kind"), Width: 170},
		{Title: lang.L("Place"), Width: 260},
		{Title: lang.L("Dress code"), Width: 170},
		{Title: lang.L("Attendees"), Width: 170},
		{Title: lang.L("Seating or photo"), Width: 130},
	})
	l.table.OnSelected = l.selectRow
	l.table.OnActivated = func(int) { l.editItem() }
	l.table.Remember("programme")
	l.empty = &widget.Label{Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	l.empty.Hide()
	l.add = &widget.Button{Text: lang.L("New item…"), Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: l.newItem}
	l.edit = &widget.Button{Text: lang.L("Edit…"), Icon: theme.DocumentCreateIcon(), OnTapped: l.editItem}
	l.del = &widget.Button{Text: lang.L("Delete…"), Icon: theme.DeleteIcon(), OnTapped: l.deleteItem}
	l.seating = &widget.Button{Text: lang.L("Seat map"), Icon: theme.GridIcon(), OnTapped: l.openSeats}
	l.undo = kit.NewUndoBar(s.env)
	l.enable()

	dayWidth := canvas.NewRectangle(color.Transparent)
	dayWidth.SetMinSize(fyne.NewSize(280, 0))
	top := container.NewBorder(nil, nil, container.NewStack(dayWidth, l.day), l.count, l.search)
	actions := container.NewHBox(l.add, l.edit, l.del, l.seating, layout.NewSpacer(), l.undo.View())
	note := container.NewPadded(container.NewVBox(layout.NewSpacer(), l.empty, layout.NewSpacer()))
	l.view = container.NewBorder(container.NewVBox(top, actions), nil, nil, nil, container.NewStack(l.table.WithDetail(), note))
	return l
}

// show swaps in the loaded programme.
func (l *programmeList) show(snap *snapshot) {
	l.all = l.all[:0]
	seen := map[string]bool{}
	l.days = l.days[:0]
	codes := map[string]string{}
	for _, d := range snap.dels {
		codes[strings.ToUpper(d.Code)] = d.Name
	}
	for _, it := range snap.items {
		r := itemRow{item: it, day: it.Starts.In(snap.loc).Format(time.DateOnly)}
		if !seen[r.day] {
			seen[r.day] = true
			l.days = append(l.days, r.day)
		}
		place := it.Venue
		if it.Room != "" {
			place += ", " + it.Room
		}
		r.cells = []string{
			shortDay(r.day), span(it.Starts, it.Ends, snap.loc), it.Title, kit.EnumLabel("programme", it.Kind),
			place, it.DressCode, attendeesText(it, codes), seatingText(it),
		}
		r.fold = data.Fold(strings.Join(r.cells, " ") + " " + it.Notes + " " + strings.Join(it.Attendees, " "))
		l.all = append(l.all, r)
	}
	opts := []string{lang.L("All days")}
	for _, d := range l.days {
		opts = append(opts, dayLabel(d))
	}
	i := l.day.SelectedIndex()
	l.day.Options = opts
	if i < 0 || i >= len(opts) {
		i = 0
	}
	l.day.Selected = opts[i]
	l.day.Refresh()
	l.filter()
}

func attendeesText(it data.ProgrammeItem, names map[string]string) string {
	var s string
	if len(it.Attendees) == 1 && strings.EqualFold(it.Attendees[0], "all") {
		s = lang.L("All delegations")
	} else {
		s = strings.Join(it.Attendees, ", ")
		if len(it.Attendees) == 1 {
			s = names[strings.ToUpper(it.Attendees[0])]
		}
	}
	if r := it.AttendanceRule(); r != data.AttendDelegations {
		s += " (" + kit.EnumLabel("attendance", r) + ")"
	}
	return s
}

func seatingText(it data.ProgrammeItem) string {
	switch {
	case it.Photo && it.Seating:
		return lang.L("Photo and seating")
	case it.Photo:
		return lang.L("Group photo")
	case it.Seating:
		return lang.L("Seating")
	}
	return ""
}

// filter applies the day and the search to the table.
func (l *programmeList) filter() {
	day := ""
	if i := l.day.SelectedIndex(); i > 0 && i-1 < len(l.days) {
		day = l.days[i-1]
	}
	q := kit.NewQuery(l.search.Text)
	l.shown = l.shown[:0]
	for _, r := range l.all {
		if (day == "" || r.day == day) && q.Matches(r.fold) {
			l.shown = append(l.shown, r)
		}
	}
	cells := make([][]string, len(l.shown))
	for i, r := range l.shown {
		cells[i] = r.cells
	}
	l.table.SetRows(cells)
	l.selected = nil
	l.enable()
	l.count.SetText(lang.L("{{.Shown}} of {{.All}}", map[string]any{"Shown": len(l.shown), "All": len(l.all)}))
	switch {
	case len(l.shown) > 0:
		l.empty.Hide()
	case len(l.all) == 0:
		l.empty.SetText(lang.L("The programme is empty. Add the first item with New item."))
		l.empty.Show()
	default:
		l.empty.SetText(lang.L("Nothing matches the search on this day."))
		l.empty.Show()
	}
}

func (l *programmeList) selectRow(i int) {
	if i < 0 || i >= len(l.shown) {
		return
	}
	it := l.shown[i].item
	l.selected = &it
	l.enable()
}

func (l *programmeList) enable() {
	for _, b := range []*widget.Button{l.edit, l.del} {
		if l.selected == nil {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if l.selected != nil && (l.selected.Photo || l.selected.Seating) {
		l.seating.Enable()
	} else {
		l.seating.Disable()
	}
}

func (l *programmeList) newItem() {
	if l.s.snap == nil {
		return
	}
	openEditor(l.s, nil)
}

func (l *programmeList) editItem() {
	if l.selected != nil && l.s.snap != nil {
		openEditor(l.s, l.selected)
	}
}

func (l *programmeList) openSeats() {
	if l.selected != nil {
		l.s.showSeats(l.selected.ID)
	}
}

// deleteItem asks, deletes the item with its seats, and offers Undo.
func (l *programmeList) deleteItem() {
	if l.selected == nil {
		return
	}
	it := *l.selected
	l.undo.Delete(&it, "“"+it.Title+"”", nil, nil)
}
