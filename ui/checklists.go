package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"lodesk/data"
	"lodesk/ui/widgets"
)

// newChecklistsScreen lists every assignment's SOP checklist items with
// their check and re-check.
func newChecklistsScreen(d *desk) *listScreen {
	return &listScreen{d: d, name: func() string { return lang.L("Checklists") }, iconRes: theme.CheckButtonCheckedIcon(), parts: []*part{{
		cols: func() []widgets.Column {
			return []widgets.Column{
				{Title: lang.L("Liaison officer"), Width: 170},
				{Title: lang.L("Delegation"), Width: 170},
				{Title: lang.L("Phase"), Width: 110},
				{Title: lang.L("Item"), Width: 340},
				{Title: lang.L("Status"), Width: 110},
				{Title: lang.L("Checked by"), Width: 130},
				{Title: lang.L("Re-checked by"), Width: 130},
			}
		},
		fetch: checklistRows,
		empty: func() string { return lang.L("No checklist items yet: each LO assignment gets the SOP checklist.") },
	}}}
}

func checklistRows(ctx context.Context, st *data.Store, l *lookups) ([]row, error) {
	as, err := st.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*data.Assignment, len(as))
	for i := range as {
		byID[as[i].ID] = &as[i]
	}
	items, err := st.FindChecklist(ctx, "")
	if err != nil {
		return nil, err
	}
	out := make([]row, 0, len(items))
	for _, it := range items {
		var lo, del string
		if a, ok := byID[it.AssignmentID]; ok {
			lo, del = l.loName(a.LOID), l.delegationName(a.DelegationID)
		}
		text := it.TextEN
		if currentLang == langID && it.TextID != "" {
			text = it.TextID
		}
		status := enumLabel("check", it.Status)
		if it.Status == data.CheckNotApplicable && it.NAReason != "" {
			status += ": " + it.NAReason
		}
		out = append(out, newRow(it.ID, []string{
			lo, del, enumLabel("phase", it.Phase), text, status, it.CheckedBy, it.RecheckedBy,
		}, it.Notes))
	}
	return out, nil
}
