package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"lodesk/data"
	"lodesk/ui/widgets"
)

// newPrintScreen lists the briefing packs there are to print (one per
// assignment) and what was printed, for whom.
func newPrintScreen(d *desk) *listScreen {
	return &listScreen{d: d, name: func() string { return lang.L("Print") }, iconRes: theme.DocumentPrintIcon(), people: true, parts: []*part{
		{
			tab: func() string { return lang.L("Briefing packs") },
			cols: func() []widgets.Column {
				return []widgets.Column{
					{Title: lang.L("Liaison officer"), Width: 220},
					{Title: lang.L("Delegation"), Width: 220},
					{Title: lang.L("Person"), Width: 180},
					{Title: lang.L("Role"), Width: 100},
					{Title: lang.L("From"), Width: 100},
					{Title: lang.L("To"), Width: 100},
				}
			},
			fetch: packRows,
			empty: func() string { return lang.L("No briefing packs yet: each LO assignment gets one.") },
		},
		{
			tab: func() string { return lang.L("Printed") },
			cols: func() []widgets.Column {
				return []widgets.Column{
					{Title: lang.L("Printed at"), Width: 140},
					{Title: lang.L("Printed by"), Width: 160},
					{Title: lang.L("Document"), Width: 260},
					{Title: lang.L("For"), Width: 200},
					{Title: lang.L("Sensitive fields hidden"), Width: 170},
				}
			},
			fetch: printLogRows,
			empty: func() string { return lang.L("Nothing has been printed yet.") },
		},
	}}
}

func packRows(ctx context.Context, st *data.Store, l *lookups) ([]row, error) {
	as, err := st.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	out := make([]row, 0, len(as))
	for _, a := range as {
		out = append(out, newRow(a.ID, []string{
			l.loName(a.LOID), l.delegationName(a.DelegationID), l.people[a.PersonID],
			enumLabel("assign", a.Role), a.FromDate, a.ToDate,
		}))
	}
	return out, nil
}

func printLogRows(ctx context.Context, st *data.Store, l *lookups) ([]row, error) {
	logs, err := data.All[data.PrintLog](ctx, st)
	if err != nil {
		return nil, err
	}
	loc := l.event.Location()
	out := make([]row, 0, len(logs))
	for i := len(logs) - 1; i >= 0; i-- { // newest first
		p := logs[i]
		out = append(out, newRow(p.ID, []string{
			dateTime(p.PrintedAt, loc), p.PrintedBy, p.Document, p.ForWhom, yesNo(p.Redacted),
		}))
	}
	return out, nil
}
