package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"lodesk/data"
	"lodesk/ui/widgets"
)

// newRequestsScreen lists special requests and incidents, newest first.
func newRequestsScreen(d *desk) *listScreen {
	return &listScreen{d: d, name: func() string { return lang.L("Requests & Incidents") }, iconRes: theme.WarningIcon(), people: true, parts: []*part{
		{
			tab: func() string { return lang.L("Special requests") },
			cols: func() []widgets.Column {
				return []widgets.Column{
					{Title: lang.L("Received"), Width: 130},
					{Title: lang.L("Delegation"), Width: 160},
					{Title: lang.L("Person"), Width: 160},
					{Title: lang.L("Category"), Width: 100},
					{Title: lang.L("Request"), Width: 280},
					{Title: lang.L("Status"), Width: 150},
					{Title: lang.L("Department"), Width: 130},
					{Title: lang.L("Response"), Width: 220},
				}
			},
			fetch: requestRows,
			empty: func() string { return lang.L("No special requests.") },
		},
		{
			tab: func() string { return lang.L("Incidents") },
			cols: func() []widgets.Column {
				return []widgets.Column{
					{Title: lang.L("Time"), Width: 130},
					{Title: lang.L("Delegation"), Width: 170},
					{Title: lang.L("Severity"), Width: 90},
					{Title: lang.L("What happened"), Width: 300},
					{Title: lang.L("Action"), Width: 260},
					{Title: lang.L("Resolved"), Width: 80},
				}
			},
			fetch: incidentRows,
			empty: func() string { return lang.L("No incidents.") },
		},
	}}
}

func requestRows(ctx context.Context, st *data.Store, l *lookups) ([]row, error) {
	rs, err := st.FindRequests(ctx, "", "")
	if err != nil {
		return nil, err
	}
	loc := l.event.Location()
	out := make([]row, 0, len(rs))
	for _, r := range rs {
		out = append(out, newRow(r.ID, []string{
			dateTime(r.ReceivedAt, loc), l.delegationName(r.DelegationID), l.people[r.PersonID],
			enumLabel("category", r.Category), r.Text, enumLabel("request", r.Status),
			enumLabel("department", r.Department), r.Response,
		}))
	}
	return out, nil
}

func incidentRows(ctx context.Context, st *data.Store, l *lookups) ([]row, error) {
	is, err := st.FindIncidents(ctx)
	if err != nil {
		return nil, err
	}
	loc := l.event.Location()
	out := make([]row, 0, len(is))
	for _, x := range is {
		out = append(out, newRow(x.ID, []string{
			dateTime(x.OccurredAt, loc), l.delegationName(x.DelegationID), enumLabel("severity", x.Severity),
			x.What, x.Action, yesNo(x.Resolved),
		}))
	}
	return out, nil
}
