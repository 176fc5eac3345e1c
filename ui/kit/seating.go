package kit

import (
	"image/color"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/flags"
	"lodesk/app/seating"
	"lodesk/data"
)

// MovesText lists what a regeneration of seats did, a line per person,
// or says that nobody moved.
func MovesText(moves []seating.Move) string {
	if len(moves) == 0 {
		return lang.L("Nobody moved.")
	}
	lines := make([]string, len(moves))
	for i, m := range moves {
		lines[i] = moveText(m)
	}
	return strings.Join(lines, "\n")
}

// moveText says what a regeneration did to one person.
func moveText(m seating.Move) string {
	switch {
	case m.From == nil && m.To != nil:
		return lang.L("{{.Name}}: placed at {{.To}}", map[string]any{"Name": m.Name, "To": m.To.String()})
	case m.To == nil && m.From != nil:
		return lang.L("{{.Name}}: no longer attends (was at {{.From}})", map[string]any{"Name": m.Name, "From": m.From.String()})
	case m.From != nil && m.To != nil:
		return lang.L("{{.Name}}: {{.From}} → {{.To}}", map[string]any{"Name": m.Name, "From": m.From.String(), "To": m.To.String()})
	}
	return m.Name
}

// ShowSeatingMoves tells the user what a change of precedence, attendance
// or chair moved in the seat maps and photo line-ups; nothing when nobody
// moved.
func (e *Env) ShowSeatingMoves(items []seating.ItemMoves) {
	if len(items) == 0 {
		return
	}
	dialog.ShowCustom(lang.L("Seating and photo positions updated"), lang.L("Close"), SeatingMovesView(items), e.Win)
}

// SeatingMovesView lists, item by item, who moved, in a scroll.
func SeatingMovesView(items []seating.ItemMoves) fyne.CanvasObject {
	box := container.NewVBox()
	for _, it := range items {
		box.Add(&widget.Label{Text: it.Title, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord})
		box.Add(&widget.Label{Text: MovesText(it.Moves), Wrapping: fyne.TextWrapWord})
	}
	scroll := container.NewVScroll(box)
	scroll.SetMinSize(fyne.NewSize(480, 300))
	return scroll
}

// ConfirmMoves shows who a regeneration of one item would move and runs
// ok if the coordinator goes ahead.
func ConfirmMoves(win fyne.Window, title string, moves []seating.Move, ok func()) {
	ConfirmSeatingChange(win, []seating.ItemMoves{{Title: title, Moves: moves}}, ok)
}

// ConfirmSeatingChange shows who a change not yet saved would move in the
// seat maps and photo line-ups, and runs ok if the coordinator goes ahead.
func ConfirmSeatingChange(win fyne.Window, items []seating.ItemMoves, ok func()) {
	n := 0
	for _, it := range items {
		n += seating.Moved(it.Moves)
	}
	head := &widget.Label{Text: lang.L("This change moves {{.N}} people already seated, perhaps on plans already printed. Go ahead?", map[string]any{"N": n}), Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustomConfirm(lang.L("Seats would move"), lang.L("Move them"), lang.L("Cancel"),
		container.NewBorder(head, nil, nil, nil, SeatingMovesView(items)), func(yes bool) {
			if yes {
				ok()
			}
		}, win)
	d.Resize(Fit(win, 560, 460))
	d.Show()
}

var (
	flagMu  sync.Mutex
	flagRes = map[string]fyne.Resource{}
)

// FlagResource is a delegation's flag as an image resource (drawn once
// per country), or nil when its code in a box stands for it. It may be
// called off the UI goroutine.
func FlagResource(d *data.Delegation) fyne.Resource {
	c, ok := flags.Of(d)
	if !ok {
		return nil
	}
	flagMu.Lock()
	defer flagMu.Unlock()
	if r, ok := flagRes[c]; ok {
		return r
	}
	b, err := flags.PNG(c, 64)
	if err != nil {
		return nil
	}
	r := fyne.NewStaticResource("flag-"+c+".png", b)
	flagRes[c] = r
	return r
}

// FlagView is a delegation's flag w wide (4:3), or its code in a box for
// an organisation.
func FlagView(d *data.Delegation, w float32) fyne.CanvasObject {
	size := fyne.NewSize(w, w*3/4)
	if r := FlagResource(d); r != nil {
		img := canvas.NewImageFromResource(r)
		img.FillMode = canvas.ImageFillStretch
		img.SetMinSize(size)
		return img
	}
	box := canvas.NewRectangle(color.Transparent)
	box.StrokeColor, box.StrokeWidth = theme.Color(theme.ColorNameForeground), 1.5
	box.SetMinSize(size)
	code := canvas.NewText(d.Code, theme.Color(theme.ColorNameForeground))
	code.TextStyle, code.Alignment, code.TextSize = fyne.TextStyle{Bold: true}, fyne.TextAlignCenter, min(w/4, theme.TextSize())
	return container.NewStack(box, container.NewCenter(code))
}
