package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/dashboard"
	"lodesk/app/motorcade"
	"lodesk/ui/widgets"
)

// notesPanel lists on the dashboard the Notes Verbales whose follow-up is
// overdue: due date, delegation, reference and subject, days late.
type notesPanel struct{ listPanel }

func (n *notesPanel) content() fyne.CanvasObject {
	return n.build("dashboard.notes", lang.L("No Note Verbale follow-up is overdue."), []widgets.Column{
		{Title: lang.L("Due"), Width: 100},
		{Title: lang.L("Delegation"), Width: 140},
		{Title: lang.L("Note Verbale"), Width: 260},
		{Title: lang.L("Days late"), Width: 80},
	})
}

// listPanel is a titled table of the dashboard's alerts, with a note in
// its place when it is empty.
type listPanel struct {
	title, none *widget.Label
	table       *widgets.StringTable
}

func (l *listPanel) build(id, empty string, cols []widgets.Column) fyne.CanvasObject {
	l.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	l.none = &widget.Label{Text: empty, Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	l.table = widgets.NewStringTable(cols)
	l.table.Remember(id)
	return container.NewBorder(l.title, nil, nil, nil, withNote(l.table, l.none))
}

// fill shows rows under title, counted.
func (l *listPanel) fill(title string, rows [][]string) {
	l.title.SetText(title + " (" + strconv.Itoa(len(rows)) + ")")
	l.table.SetRows(rows)
	setNote(l.none, len(rows) == 0)
}

// show fills the panel and returns how many notes are overdue.
func (n *notesPanel) show(a *dashboard.Alerts) int {
	rows := make([][]string, 0, len(a.NotesOverdue))
	for _, o := range a.NotesOverdue {
		rows = append(rows, []string{o.Note.FollowUpDue, o.Delegation, o.Note.Reference + " — " + o.Note.Subject, strconv.Itoa(o.DaysLate)})
	}
	n.fill(lang.L("Note Verbale follow-ups overdue"), rows)
	return len(rows)
}

// clashRows are the vehicles booked in two movements at once, as lines of
// the conflicts list.
func clashRows(cs []motorcade.Clash) [][]string {
	out := make([][]string, 0, len(cs))
	for _, c := range cs {
		codes := func(m *motorcade.Motorcade) string {
			if m.Delegation == nil {
				return "?"
			}
			return m.Delegation.Code
		}
		out = append(out, []string{lang.L("Vehicle booked twice"), c.Vehicle.Plate, codes(c.First) + ", " + codes(c.Second)})
	}
	return out
}
