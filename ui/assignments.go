package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"lodesk/data"
	"lodesk/ui/widgets"
)

// newAssignmentsScreen lists which LO looks after which delegation.
func newAssignmentsScreen(d *desk) *listScreen {
	return &listScreen{d: d, name: func() string { return lang.L("Assignments") }, iconRes: theme.ContentCopyIcon(), people: true, parts: []*part{{
		cols: func() []widgets.Column {
			return []widgets.Column{
				{Title: lang.L("Liaison officer"), Width: 200},
				{Title: lang.L("Delegation"), Width: 200},
				{Title: lang.L("Person"), Width: 180},
				{Title: lang.L("Role"), Width: 90},
				{Title: lang.L("From"), Width: 100},
				{Title: lang.L("To"), Width: 100},
				{Title: lang.L("Notes"), Width: 200},
			}
		},
		fetch: assignmentRows,
		empty: func() string { return lang.L("No LO is assigned to a delegation yet.") },
	}}}
}

func assignmentRows(ctx context.Context, st *data.Store, l *lookups) ([]row, error) {
	as, err := st.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	out := make([]row, 0, len(as))
	for _, a := range as {
		out = append(out, newRow(a.ID, []string{
			l.loName(a.LOID), l.delegationName(a.DelegationID), l.people[a.PersonID],
			enumLabel("assign", a.Role), a.FromDate, a.ToDate, a.Notes,
		}))
	}
	return out, nil
}
