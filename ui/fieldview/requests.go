package fieldview

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
	bar *undoBar

	tabs      *container.AppTabs
	requests  *grid
	status    *enumSelect
	incidents *grid
	gifts     *grid
	contacts  *grid

	n        *names
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
func (r *Requests) SearchEntry() *widget.Entry {
	if r.tabs == nil {
		return nil
	}
	return []*grid{r.requests, r.incidents, r.gifts, r.contacts}[r.tabs.SelectedIndex()].search
}

// Content builds the screen.
func (r *Requests) Content() fyne.CanvasObject {
	r.bar = newUndoBar(r.env)
	r.requests = newGrid([]column{
		{lang.L("Received"), 135},
		{lang.L("Delegation"), 135},
		{lang.L("Person"), 130},
		{lang.L("Category"), 90},
		{lang.L("Request"), 250},
		{lang.L("Status"), 150},
		{lang.L("Department"), 120},
		{lang.L("Response"), 180},
	}, lang.L("No special requests."), r.editRequest)
	r.status = newEnumSelect("request", append([]string{""}, data.RequestStatuses...), "", func(string) { r.requests.filter(r.requests.search.Text) })
	r.status.Options[0] = lang.L("All statuses")
	r.status.SetSelectedIndex(0)
	r.requests.extraFilter = func(x row) bool { return r.status.code() == "" || x.cells[len(x.cells)-1] == r.status.code() }
	r.incidents = newGrid([]column{
		{lang.L("Time"), 130},
		{lang.L("Delegation"), 170},
		{lang.L("Severity"), 90},
		{lang.L("What happened"), 320},
		{lang.L("Action"), 280},
		{lang.L("Resolved"), 80},
	}, lang.L("No incidents."), r.editIncident)
	r.gifts = newGrid([]column{
		{lang.L("Liaison officer"), 140},
		{lang.L("From"), 180},
		{lang.L("Received"), 135},
		{lang.L("Item"), 140},
		{lang.L("Amount"), 80},
		{lang.L("Value (IDR)"), 100},
		{lang.L("Status"), 165},
		{lang.L("Report by"), 100},
		{lang.L("Days left"), 85},
	}, lang.L("No gifts declared."), r.editGift)
	r.contacts = newGrid([]column{
		{lang.L("Department"), 170}, {lang.L("Name"), 200}, {lang.L("Phone"), 170}, {lang.L("Radio channel"), 110}, {lang.L("Notes"), 300},
	}, lang.L("No department contacts yet."), r.editContact)
	add := func(f func()) *widget.Button {
		return &widget.Button{Text: lang.L("Add"), Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: f}
	}
	r.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Special requests"), r.requests.view(r.status, add(func() { r.requestEditor(nil) }))),
		container.NewTabItem(lang.L("Incidents"), r.incidents.view(add(func() { r.incidentEditor(nil) }))),
		container.NewTabItem(lang.L("Gifts"), r.gifts.view(add(func() { r.giftEditor(nil) }))),
		container.NewTabItem(lang.L("Contacts"), r.contacts.view(add(func() { r.contactEditor(nil) }))),
	)
	return container.NewBorder(nil, r.bar.box, nil, nil, r.tabs)
}

// requestsData is what Load reads.
type requestsData struct {
	n        *names
	reqs     []data.Request
	incs     []data.Incident
	gifts    []data.Gift
	contacts []data.Contact
	phrases  []requests.Phrase
}

// Load reads the four registers.
func (r *Requests) Load() {
	r.env.Read(func(ctx context.Context, s *data.Store) func() {
		d, err := loadRequests(ctx, s)
		return func() {
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				showErr(r.env, "load requests", err)
				return
			}
			r.n, r.reqs, r.incs, r.gs, r.contactL, r.phrases = d.n, d.reqs, d.incs, d.gifts, d.contacts, d.phrases
			r.showRequests()
			r.showIncidents()
			r.showGifts()
			r.showContacts()
		}
	})
}

func loadRequests(ctx context.Context, s *data.Store) (*requestsData, error) {
	n, err := loadNames(ctx, s, true)
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
	rows := make([]row, 0, len(r.reqs))
	for _, x := range r.reqs {
		rw := newRow(x.ID, false, dateTime(x.ReceivedAt, r.n.loc), r.n.delegation[x.DelegationID], r.n.personName(x.PersonID),
			enumLabel("category", x.Category), x.Text, enumLabel("request", x.Status), enumLabel("department", x.Department), x.Response)
		rw.danger = x.Status == data.RequestEscalated
		rw.cells = append(rw.cells, x.Status) // hidden: the status filter reads it
		rows = append(rows, rw)
	}
	r.requests.setRows(rows)
}

func (r *Requests) editRequest(id string) {
	for _, x := range r.reqs {
		if x.ID == id {
			cur := x
			r.requestEditor(&cur)
		}
	}
}
