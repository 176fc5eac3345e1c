package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"lodesk/app/dashboard"
	"lodesk/ui/widgets"
)

// protocolPanel lists on the dashboard what the seating asks of the
// coordinator: delegations without a precedence of their own (seated
// after the others, alphabetically), newcomers placed into locked
// sessions, and the delegations without diplomatic relations with the
// organiser's guidance.
type protocolPanel struct{ listPanel }

func (n *protocolPanel) content() fyne.CanvasObject {
	return n.build("dashboard.seating", lang.L("Precedence and seating: nothing to check."), []widgets.Column{
		{Title: lang.L("Check"), Width: 190},
		{Title: lang.L("Delegation or session"), Width: 200},
		{Title: lang.L("Details"), Width: 420},
	})
}

// show fills the panel and returns how many things need a decision (the
// delegations without relations are standing guidance, not counted).
func (n *protocolPanel) show(a *dashboard.Alerts) int {
	var rows [][]string
	for _, p := range a.Precedence {
		what := lang.L("No precedence")
		if p.Duplicate {
			what = lang.L("Precedence shared")
		}
		rows = append(rows, []string{
			what, p.Delegation.Code + " " + p.Delegation.Name,
			lang.L("Seated after every delegation with a precedence of its own, alphabetically: set it in the delegation."),
		})
	}
	for _, r := range a.SeatsToReview {
		rows = append(rows, []string{
			lang.L("New in a locked seating"), r.Item,
			lang.L("{{.Name}} at {{.Place}}: check the place on the seat map.", map[string]any{"Name": r.Person, "Place": r.Place.String()}),
		})
	}
	count := len(rows)
	for _, r := range a.NoRelations {
		rows = append(rows, []string{lang.L("No diplomatic relations"), r.Delegation.Code + " " + r.Delegation.Name, r.Guidance})
	}
	n.fill(lang.L("Protocol and seating"), rows)
	return count
}
