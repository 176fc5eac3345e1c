package fieldview

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/requests"
	"lodesk/data"
	"lodesk/ui/kit"
)

// requestForm is the editor of a special request (tests reach its fields).
type requestForm struct {
	*editor
	delegation, person *idSelect
	category, dept     *enumSelect
	status             *enumSelect
	text, response     *widget.Entry
	received           *widget.Entry
	decline            *widget.Button
	phrases            dialog.Dialog
}

// lastRequestForm is the request editor opened last (tests).
var lastRequestForm *requestForm

// requestEditor edits a request, or adds one when x is nil.
func (r *Requests) requestEditor(x *data.Request) {
	isNew := x == nil
	if isNew {
		x = &data.Request{ReceivedAt: r.now(), Status: data.RequestOpen, Category: "other"}
	}
	f := &requestForm{}
	f.delegation = delegationSelect(r.n, x.DelegationID, false)
	f.person = newIDSelect(nil, nil, "")
	f.delegation.OnChanged = func(string) { r.peopleOf(f.person, f.delegation.id()) }
	r.peopleOf(f.person, x.DelegationID)
	f.person.setID(x.PersonID)
	f.dept = newEnumSelect("department", data.Departments, x.Department, nil)
	f.category = newEnumSelect("category", data.RequestCategories, x.Category, func(c string) { f.dept.setCode(requests.DefaultDepartment(c)) })
	if x.Department == "" {
		f.dept.setCode(requests.DefaultDepartment(x.Category))
	}
	f.status = newEnumSelect("request", data.RequestStatuses, x.Status, nil)
	f.text, f.response = textArea(x.Text), textArea(x.Response)
	f.received = entry(dateTime(x.ReceivedAt, r.n.loc), "YYYY-MM-DD HH:MM")
	f.decline = &widget.Button{Text: lang.L("Decline politely…"), Icon: theme.MailReplyIcon(), OnTapped: func() { r.pickPhrase(f) }}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Delegation"), f.delegation),
		widget.NewFormItem(lang.L("Person"), f.person),
		widget.NewFormItem(lang.L("Category"), f.category),
		widget.NewFormItem(lang.L("Request"), f.text),
		widget.NewFormItem(lang.L("Received"), f.received),
		widget.NewFormItem(lang.L("Department"), f.dept),
		widget.NewFormItem(lang.L("Status"), f.status),
		widget.NewFormItem(lang.L("Response"), container.NewBorder(nil, container.NewHBox(f.decline), nil, nil, f.response)),
	}
	var rf *ref
	var del func()
	if !isNew {
		rf = &ref{"request", x.ID}
		cur := *x
		del = func() { confirmDelete(r.env, r.bar, &cur, cur.Text, nil) }
	}
	f.editor = newEditor(r.env, lang.L("Special request"), items, rf, r.n, del)
	f.onSave = func() (func() error, error) {
		y := *x
		y.DelegationID, y.PersonID, y.Category = f.delegation.id(), f.person.id(), f.category.code()
		y.Text, y.Response, y.Department, y.Status = trimmed(f.text), trimmed(f.response), f.dept.code(), f.status.code()
		t, err := parseDateTime(f.received.Text, r.n.loc)
		if err != nil {
			return nil, fieldErr(lang.L("Received"), err)
		}
		y.ReceivedAt = t.UTC()
		if err := requests.Validate(&y); err != nil {
			return nil, err
		}
		return func() error {
			if isNew {
				return r.env.Store.Insert(context.Background(), &y)
			}
			return r.env.Store.Update(context.Background(), &y)
		}, nil
	}
	lastRequestForm = f
	f.show()
}

// peopleOf puts a delegation's people in s, after "(whole delegation)".
func (r *Requests) peopleOf(s *idSelect, delegationID string) {
	ids, labels := []string{""}, []string{lang.L("(whole delegation)")}
	for _, p := range r.n.people {
		if p.DelegationID == delegationID && delegationID != "" {
			ids, labels = append(ids, p.ID), append(labels, p.FullName)
		}
	}
	sortPairs(ids[1:], labels[1:])
	s.setOptions(ids, labels)
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
	code := langCode()
	for _, p := range r.phrases {
		text := p.Text(code)
		use := &widget.Button{Text: lang.L("Use"), OnTapped: func() {
			f.response.SetText(text)
			if f.status.code() == data.RequestOpen {
				f.status.setCode(data.RequestDeclined)
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
