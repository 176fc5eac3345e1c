package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"lodesk/data"
	"lodesk/ui/widgets"
)

// newProgrammeScreen lists the programme by start time.
func newProgrammeScreen(d *desk) *listScreen {
	return &listScreen{d: d, name: func() string { return lang.L("Programme") }, iconRes: theme.CalendarIcon(), parts: []*part{{
		cols: func() []widgets.Column {
			return []widgets.Column{
				{Title: lang.L("Day"), Width: 100},
				{Title: lang.L("Time"), Width: 100},
				{Title: lang.L("Title"), Width: 240},
				{Title: lang.L("Kind"), Width: 120},
				{Title: lang.L("Venue"), Width: 170},
				{Title: lang.L("Room"), Width: 110},
				{Title: lang.L("Dress code"), Width: 130},
				{Title: lang.L("Attendees"), Width: 130},
				{Title: lang.L("Group photo"), Width: 90},
			}
		},
		fetch: programmeRows,
		empty: func() string { return lang.L("The programme is empty.") },
	}}}
}

func programmeRows(ctx context.Context, st *data.Store, l *lookups) ([]row, error) {
	items, err := st.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	loc := l.event.Location()
	out := make([]row, 0, len(items))
	for _, it := range items {
		span := clock(it.Starts, loc)
		if !it.Ends.IsZero() {
			span += "–" + clock(it.Ends, loc)
		}
		day := ""
		if !it.Starts.IsZero() {
			day = it.Starts.In(loc).Format(time.DateOnly)
		}
		attendees := strings.Join(it.Attendees, ", ")
		if len(it.Attendees) == 1 && strings.EqualFold(it.Attendees[0], "all") {
			attendees = lang.L("All delegations")
		}
		if it.HODOnly {
			attendees += " (" + lang.L("heads only") + ")"
		}
		photo := ""
		if it.Photo {
			photo = lang.L("Yes")
		}
		out = append(out, newRow(it.ID, []string{
			day, span, it.Title, enumLabel("programme", it.Kind), it.Venue, it.Room, it.DressCode, attendees, photo,
		}, it.Notes))
	}
	return out, nil
}
