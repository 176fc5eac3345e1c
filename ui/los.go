package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"lodesk/app/cldr"
	"lodesk/data"
	"lodesk/ui/widgets"
)

// newLOScreen lists the liaison officers and whom they are assigned to.
func newLOScreen(d *desk) *listScreen {
	return &listScreen{d: d, name: func() string { return lang.L("Liaison Officers") }, iconRes: theme.AccountIcon(), parts: []*part{{
		cols: func() []widgets.Column {
			return []widgets.Column{
				{Title: lang.L("Name"), Width: 200},
				{Title: lang.L("Languages"), Width: 260},
				{Title: lang.L("Experience"), Width: 110},
				{Title: lang.L("Status"), Width: 100},
				{Title: lang.L("Assigned to"), Width: 200},
				{Title: lang.L("Phone"), Width: 130},
				{Title: lang.L("Email"), Width: 200},
			}
		},
		fetch: loRows,
		empty: func() string { return lang.L("No liaison officers yet.") },
	}}}
}

func loRows(ctx context.Context, st *data.Store, l *lookups) ([]row, error) {
	as, err := st.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	assigned := map[string][]string{}
	for _, a := range as {
		assigned[a.LOID] = append(assigned[a.LOID], l.delegationName(a.DelegationID))
	}
	los, err := st.FindLOs(ctx, data.LOFilter{})
	if err != nil {
		return nil, err
	}
	out := make([]row, 0, len(los))
	for i := range los {
		lo := &los[i]
		exp := ""
		if lo.Experience > 0 {
			exp = lang.N("{{.Count}} years", lo.Experience, map[string]any{"Count": lo.Experience})
		}
		out = append(out, newRow(lo.ID, []string{
			lo.FullName, langSkills(lo.Languages), exp, enumLabel("lo_status", lo.Status),
			strings.Join(assigned[lo.ID], ", "), lo.Phone, lo.Email,
		}, lo.Skills, strings.Join(lo.Languages.Codes(), " ")))
	}
	return out, nil
}

// langSkills is "English (fluent), Arabic (native)".
func langSkills(ls data.LangSkills) string {
	parts := make([]string, len(ls))
	for i, x := range ls {
		parts[i] = cldr.LanguageName(x.Code, currentLang) + " (" + enumLabel("level", x.Level) + ")"
	}
	return strings.Join(parts, ", ")
}
