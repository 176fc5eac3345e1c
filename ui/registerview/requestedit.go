package registerview

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/requests"
	"lodesk/data"
	"lodesk/ui/kit"
)

// requestForm is the editor of a special request (tests reach its fields).
type requestForm struct {
	*kit.Editor
	delegation, person *kit.IDSelect
	category, dept     *kit.EnumSelect
	status             *kit.EnumSelect
	text, response     *kit.Input
	received           *kit.Input
	decline            *widget.Button
	phrases            dialog.Dialog
}

// requestEditor edits a request, or adds one when x is nil.
func (r *Requests) requestEditor(x *data.Request) *requestForm {
	isNew := x == nil
	if isNew {
		x = &data.Request{ReceivedAt: r.now(), Status: data.RequestOpen, Category: "other"}
	}
	f := &requestForm{}
	f.delegation = r.n.DelegationSelect(x.DelegationID, false)
	f.person = kit.NewIDSelect(nil, nil, "")
	f.delegation.OnChanged = func(string) { r.peopleOf(f.person, f.delegation.ID()) }
	r.peopleOf(f.person, x.DelegationID)
	f.person.SetID(x.PersonID)
	f.dept = kit.NewEnumSelect("department", data.Departments, x.Department, nil)
	f.category = kit.NewEnumSelect("category", data.RequestCategories, x.Category, func(c string) { f.dept.SetCode(requests.DefaultDepartment(c)) })
	if x.Department == "" {
		f.dept.SetCode(requests.DefaultDepartment(x.Category))
	}
	f.status = kit.NewEnumSelect("request", data.RequestStatuses, x.Status, nil)
	f.text, f.response = kit.TextArea(x.Text), kit.TextArea(x.Response)
	f.received = kit.Entry(kit.DateTime(x.ReceivedAt, r.n.Loc), "YYYY-MM-DD HH:MM")
	f.decline = &widget.Button{Text: lang.L("Decline politely…"), Icon: theme.MailReplyIcon(), OnTapped: func() { r.pickPhrase(f) }}
	f.Editor = kit.NewEditor(r.env, lang.L("Special request"), []kit.Field{
		{Name: "delegation", Label: lang.L("Delegation"), Widget: f.delegation},
		{Name: "person", Label: lang.L("Person"), Widget: f.person},
		{Name: "category", Label: lang.L("Category"), Widget: f.category},
		{Name: "text", Label: lang.L("Request"), Widget: f.text},
		{Name: "received", Label: lang.L("Received"), Widget: f.received},
		{Name: "department", Label: lang.L("Department"), Widget: f.dept},
		{Name: "status", Label: lang.L("Status"), Widget: f.status},
		{Name: "response", Label: lang.L("Response"), Widget: container.NewBorder(nil, container.NewHBox(f.decline), nil, nil, f.response)},
	})
	if !isNew {
		cur := *x
		f.History("request", cur.ID, r.n.Loc)
		kit.TrackRecord(f.Editor, x, func(x *data.Request) { r.requestEditor(x) })
		f.OnDelete(func() { r.bar.Delete(&cur, cur.Text, nil, nil) })
	}
	var y data.Request
	f.Collect = func() error {
		y = *x
		y.DelegationID, y.PersonID, y.Category = f.delegation.ID(), f.person.ID(), f.category.Code()
		y.Text, y.Response, y.Department, y.Status = f.text.Text, f.response.Text, f.dept.Code(), f.status.Code()
		t, _, err := field.Time(f.received.Text, r.n.Loc)
		if err != nil {
			return field.New("received", err)
		}
		y.ReceivedAt = t.UTC()
		return requests.CheckFields(&y)
	}
	f.Save = func(ctx context.Context, st *data.Store) error {
		z := y
		return requests.Save(ctx, st, &z)
	}
	f.Resize(760, 680)
	f.Show(nil)
	return f
}

// peopleOf puts a delegation's people in s, after "(whole delegation)".
func (r *Requests) peopleOf(s *kit.IDSelect, delegationID string) {
	ids, labels := []string{""}, []string{lang.L("(whole delegation)")}
	for _, p := range r.n.People {
		if p.DelegationID == delegationID && delegationID != "" {
			ids, labels = append(ids, p.ID), append(labels, p.FullName)
		}
	}
	sortPairs(ids[1:], labels[1:])
	s.SetOptions(ids, labels)
	if s.SelectedIndex() < 0 {
		s.SetSelectedIndex(0)
	}
}

// sortPairs sorts labels and keeps ids beside them.
func sortPairs(ids, labels []string) {
	for i := 1; i < len(labels); i++ {
		for j := i; j > 0 && labels[j] < labels[j-1]; j-- {
			labels[j], labels[j-1] = labels[j-1], labels[j]
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
}

// pickPhrase offers the polite declines in the user's language; the one
// chosen becomes the response, and an open request becomes declined.
func (r *Requests) pickPhrase(f *requestForm) {
	box := container.NewVBox()
	code := kit.Lang()
	for _, p := range r.phrases {
		text := p.Text(code)
		use := &widget.Button{Text: lang.L("Use"), OnTapped: func() {
			f.response.SetText(text)
			if f.status.Code() == data.RequestOpen {
				f.status.SetCode(data.RequestDeclined)
			}
			f.phrases.Hide()
		}}
		box.Add(container.NewBorder(nil, nil, nil, use, &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}))
		box.Add(widget.NewSeparator())
	}
	f.phrases = dialog.NewCustom(lang.L("Decline politely"), lang.L("Cancel"), container.NewVScroll(box), r.env.Win)
	f.phrases.Resize(kit.Fit(r.env.Win, 640, 480))
	f.phrases.Show()
}
