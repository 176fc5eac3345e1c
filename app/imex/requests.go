package imex

import (
	"context"
	"fmt"

	"lodesk/app/field"
	"lodesk/app/requests"
	"lodesk/data"
)

var (
	categoryWords = map[string]string{
		"dietary": "dietary", "diet": "dietary", "makanan": "dietary", "makan": "dietary",
		"transport": "transport", "transportasi": "transport",
		"schedule": "schedule", "jadwal": "schedule", "acara": "schedule",
		"medical": "medical", "medis": "medical", "kesehatan": "medical",
		"shopping": "shopping", "belanja": "shopping",
		"other": "other", "lainnya": "other", "lain": "other", "lainlain": "other",
	}
	requestStatusWords = map[string]string{
		"open": data.RequestOpen, "terbuka": data.RequestOpen, "baru": data.RequestOpen,
		"fulfilled": data.RequestFulfilled, "terpenuhi": data.RequestFulfilled, "dipenuhi": data.RequestFulfilled,
		"declined": data.RequestDeclined, "declineddiplomatically": data.RequestDeclined, "ditolak": data.RequestDeclined,
		"escalated": data.RequestEscalated, "dieskalasi": data.RequestEscalated, "diteruskan": data.RequestEscalated,
	}
)

// requestImporter matches a row to the request of the same delegation and
// person (empty: the delegation) received at the same instant, else to
// the only such request with the same text (case, spacing and diacritics
// ignored).
type requestImporter struct {
	codes  codeIndex
	people peopleIndex
	byTime index[data.Request]
	byText index[data.Request]
	target map[string]int
}

func (q *requestImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	q.codes = newCodeIndex(ds)
	ps, err := data.All[data.Person](ctx, s)
	if err != nil {
		return err
	}
	q.people = newPeopleIndex(ps)
	rs, err := data.All[data.Request](ctx, s)
	if err != nil {
		return err
	}
	q.byTime, q.byText, q.target = index[data.Request]{}, index[data.Request]{}, map[string]int{}
	for i := range rs {
		x := &rs[i]
		if !x.ReceivedAt.IsZero() {
			q.byTime.add(key(x.DelegationID, x.PersonID, instant(x.ReceivedAt)), x)
		}
		q.byText.add(key(x.DelegationID, x.PersonID, data.Fold(x.Text)), x)
	}
	return nil
}

func (q *requestImporter) row(r *rowCtx) {
	text := r.get("text")
	r.rp.Label = r.get("delegation") + " " + text
	d := q.codes.find(r, "delegation", r.get("delegation"))
	person, okP := q.people.find(r, "person", d)
	var cat string
	if r.get("category") == "" {
		r.fail("category", field.ErrRequired)
	} else {
		r.choice("category", categoryWords, &cat)
	}
	if text == "" {
		r.fail("text", field.ErrRequired)
	}
	received, okR := r.when("received")
	if d == nil || !okP || !okR || cat == "" || text == "" {
		return
	}
	personID := ""
	if person != nil {
		personID = person.ID
	}
	var old *data.Request
	if !received.IsZero() {
		old = q.byTime.one(key(d.ID, personID, instant(received)))
	}
	if old == nil {
		old = q.byText.one(key(d.ID, personID, data.Fold(text)))
		if old != nil && !received.IsZero() && !old.ReceivedAt.IsZero() {
			old = nil // the same words asked again at another time
		}
	}
	rec := &data.Request{DelegationID: d.ID, PersonID: personID}
	tk := key("new", d.ID, personID, instant(received), data.Fold(text))
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, q.target, tk, "text") {
		return
	}
	rec.Category, rec.Text = cat, text
	if r.get("received") != "" {
		rec.ReceivedAt = received
	}
	r.choice("department", departmentWords, &rec.Department)
	r.choice("status", requestStatusWords, &rec.Status)
	r.text("response", &rec.Response)
	r.rule(requests.CheckFields(rec), nil, "delegation")
	r.rp.Label = fmt.Sprintf("%s %s: %s", d.Code, cat, text)
	decide(r.rp, rec, old)
}

func (q *requestImporter) finish(*planner) {}
