package registerview

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/requests"
	"lodesk/data"
	"lodesk/ui/kit"
)

// Requests is the Requests & Incidents screen: special requests, incidents,
// the gift register and department contacts, each with its editor.
type Requests struct {
	env kit.Env
	now func() time.Time
	bar *kit.UndoBar

	tabs      *container.AppTabs
	requests  *kit.Grid
	status    *kit.EnumSelect
	incidents *kit.Grid
	gifts     *kit.Grid
	contacts  *kit.Grid

	n        *kit.Names
	reqs     []data.Request
	incs     []data.Incident
	gs       []data.Gift
	contactL []data.Contact
	phrases  []requests.Phrase
}

// NewRequests makes the Requests & Incidents screen.
func NewRequests(env kit.Env) *Requests {
	return &Requests{env: env, now: time.Now}
}

// SearchEntry is the search of the tab shown.
func (r *Requests) SearchEntry() *kit.Input {
	if r.tabs == nil {
		return nil
	}
	return []*kit.Grid{r.requests, r.incidents, r.gifts, r.contacts}[r.tabs.SelectedIndex()].Search
}

// Content builds the screen.
func (r *Requests) Content() fyne.CanvasObject {
	r.bar = kit.NewUndoBar(r.env)
	r.requests = kit.NewGrid([]kit.Column{
		{Title: lang.L("Received"), Width: 135},
		{Title: lang.L("Delegation"), Width: 135},
		{Title: lang.L("Person"), Width: 130},
		{Title: lang.L("Category"), Width: 90},
		{Title: lang.L("Request"), Width: 250},
		{Title: lang.L("Status"), Width: 150},
		{Title: lang.L("Department"), Width: 120},
		{Title: lang.L("Response"), Width: 180},
	}, lang.L("No special requests yet: record one with Add."), func(id string) { r.editRequest(id) })
	r.status = kit.NewEnumSelect("request", append([]string{""}, data.RequestStatuses...), "", func(string) { r.requests.Filter(r.requests.Search.Text) })
	r.status.Options[0] = lang.L("All statuses")
	r.status.SetSelectedIndex(0)
	r.requests.ExtraFilter = func(x kit.Row) bool { return r.status.Code() == "" || x.Cells[len(x.Cells)-1] == r.status.Code() }
	r.incidents = kit.NewGrid([]kit.Column{
		{Title: lang.L("Time"), Width: 130},
		{Title: lang.L("Delegation"), Width: 170},
		{Title: lang.L("Severity"), Width: 90},
		{Title: lang.L("What happened"), Width: 320},
		{Title: lang.L("Action"), Width: 280},
		{Title: lang.L("Resolved"), Width: 80},
	}, lang.L("No incidents recorded: record one with Add."), r.editIncident)
	r.gifts = kit.NewGrid([]kit.Column{
		{Title: lang.L("Liaison officer"), Width: 140},
		{Title: lang.L("From"), Width: 180},
		{Title: lang.L("Received"), Width: 135},
		{Title: lang.L("Item"), Width: 140},
		{Title: lang.L("Amount"), Width: 80},
		{Title: lang.L("Value (IDR)"), Width: 100},
		{Title: lang.L("Status"), Width: 165},
		{Title: lang.L("Report by"), Width: 100},
		{Title: lang.L("Days left"), Width: 85},
	}, lang.L("No gifts declared yet: when an LO receives a gift or gratuity, record it with Add."), r.editGift)
	r.contacts = kit.NewGrid([]kit.Column{
		{Title: lang.L("Department"), Width: 170}, {Title: lang.L("Name"), Width: 200}, {Title: lang.L("Phone"), Width: 170}, {Title: lang.L("Radio channel"), Width: 110}, {Title: lang.L("Notes"), Width: 300},
	}, lang.L("No department contacts yet: add one with Add; requests are escalated to them."), r.editContact)
	for id, g := range map[string]*kit.Grid{"requests": r.requests, "incidents": r.incidents, "gifts": r.gifts, "contacts": r.contacts} {
		g.Remember(id)
	}
	add := func(f func()) *widget.Button {
		return &widget.Button{Text: lang.L("Add"), Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: f}
	}
	r.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Special requests"), r.requests.View(r.status, add(func() { r.requestEditor(nil) }))),
		container.NewTabItem(lang.L("Incidents"), r.incidents.View(add(func() { r.incidentEditor(nil) }))),
		container.NewTabItem(lang.L("Gifts"), r.gifts.View(add(func() { r.giftEditor(nil) }))),
		container.NewTabItem(lang.L("Contacts"), r.contacts.View(add(func() { r.contactEditor(nil) }))),
	)
	return container.NewBorder(nil, r.bar.View(), nil, nil, r.tabs)
}

// requestsData is what Load reads.
type requestsData struct {
	n        *kit.Names
	reqs     []data.Request
	incs     []data.Incident
	gifts    []data.Gift
	contacts []data.Contact
	phrases  []requests.Phrase
}

// Load reads the four registers.
func (r *Requests) Load() {
	kit.Load(r.env, "load requests", loadRequests, func(d *requestsData) {
		r.n, r.reqs, r.incs, r.gs, r.contactL, r.phrases = d.n, d.reqs, d.incs, d.gifts, d.contacts, d.phrases
		r.showRequests()
		r.showIncidents()
		r.showGifts()
		r.showContacts()
	})
}

func loadRequests(ctx context.Context, s *data.Store) (*requestsData, error) {
	n, err := kit.LoadNames(ctx, s, true)
	if err != nil {
		return nil, err
	}
	d := &requestsData{n: n}
	if d.reqs, err = s.FindRequests(ctx, "", ""); err != nil {
		return nil, err
	}
	if d.incs, err = s.FindIncidents(ctx); err != nil {
		return nil, err
	}
	if d.gifts, err = data.All[data.Gift](ctx, s); err != nil {
		return nil, err
	}
	if d.contacts, err = s.FindContacts(ctx, ""); err != nil {
		return nil, err
	}
	d.phrases, err = requests.Phrases()
	return d, err
}

func (r *Requests) showRequests() {
	rows := make([]kit.Row, 0, len(r.reqs))
	for _, x := range r.reqs {
		rw := kit.NewRow(x.ID, false, kit.DateTime(x.ReceivedAt, r.n.Loc), r.n.Delegation[x.DelegationID], r.n.PersonName(x.PersonID),
			kit.EnumLabel("category", x.Category), x.Text, kit.EnumLabel("request", x.Status), kit.EnumLabel("department", x.Department), x.Response)
		rw.Danger = x.Status == data.RequestEscalated
		rw.Cells = append(rw.Cells, x.Status) // hidden: the status filter reads it
		rows = append(rows, rw)
	}
	r.requests.SetRows(rows)
}

// editRequest opens the editor on the request with that id.
func (r *Requests) editRequest(id string) *requestForm {
	if x := kit.ByID(r.reqs, id); x != nil {
		return r.requestEditor(x)
	}
	return nil
}
