package fieldview

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/gifts"
	"lodesk/data"
)

// Gift validation errors.
var (
	errCurrency     = errors.New("three-letter currency code")
	errItemOrAmount = errors.New("give the item or the amount")
)

func (r *Requests) showGifts() {
	rows := make([]row, 0, len(r.gs))
	now := r.now().In(r.n.loc)
	for _, x := range r.gs {
		var by, left string
		late := false
		if !x.ReceivedAt.IsZero() {
			dl := gifts.Deadline(x.ReceivedAt.In(r.n.loc), r.n.event.Holidays)
			by = dl.Format("2006-01-02")
			if gifts.Reported(&x) {
				left = "—"
			} else {
				n := gifts.DaysLeft(dl, now)
				left, late = strconv.Itoa(n), n < 0
			}
		}
		rows = append(rows, newRow(x.ID, late, r.n.lo[x.LOID], x.FromWhom, dateTime(x.ReceivedAt, r.n.loc), x.Item,
			amountText(x.Amount, x.Currency), groupThousands(x.ValueIDR), enumLabel("gift", x.Status), by, left))
	}
	r.gifts.setRows(rows)
}

// amountText is e.g. "500 USD"; no amount is blank.
func amountText(amount float64, currency string) string {
	if amount == 0 {
		return ""
	}
	return strings.TrimSpace(strconv.FormatFloat(amount, 'f', -1, 64) + " " + currency)
}

// groupThousands writes 1250000 as 1.250.000 (as rupiah are written).
func groupThousands(n int64) string {
	if n == 0 {
		return ""
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func (r *Requests) editGift(id string) {
	for _, x := range r.gs {
		if x.ID == id {
			cur := x
			r.giftEditor(&cur)
		}
	}
}

// giftEditor edits a gift, or adds one when x is nil.
func (r *Requests) giftEditor(x *data.Gift) {
	isNew := x == nil
	if isNew {
		x = &data.Gift{ReceivedAt: r.now(), Status: data.GiftStatuses[0], Currency: "IDR"}
	}
	ids, labels := make([]string, 0, len(r.n.los)), make([]string, 0, len(r.n.los))
	for _, l := range r.n.los {
		ids, labels = append(ids, l.ID), append(labels, l.FullName)
	}
	lo := newIDSelect(ids, labels, x.LOID)
	from := entry(x.FromWhom, lang.L("e.g. H.E. the Minister (Japan)"))
	when := entry(dateTime(x.ReceivedAt, r.n.loc), "YYYY-MM-DD HH:MM")
	item := entry(x.Item, lang.L("e.g. batik scarf, or empty for cash"))
	amount := entry("", "0")
	if x.Amount != 0 {
		amount.SetText(strconv.FormatFloat(x.Amount, 'f', -1, 64))
	}
	currency := entry(x.Currency, "USD")
	value := entry("", lang.L("estimated, in rupiah"))
	if x.ValueIDR != 0 {
		value.SetText(strconv.FormatInt(x.ValueIDR, 10))
	}
	status := newEnumSelect("gift", data.GiftStatuses, x.Status, nil)
	deadline := &widget.Label{}
	showDeadline := func() {
		t, err := parseDateTime(when.Text, r.n.loc)
		if err != nil {
			deadline.SetText("")
			return
		}
		dl := gifts.Deadline(t, r.n.event.Holidays)
		left := gifts.DaysLeft(dl, r.now().In(r.n.loc))
		args := map[string]any{"Date": dl.Format("2006-01-02"), "Days": left, "Late": -left}
		deadline.Importance = widget.MediumImportance
		if left < 0 {
			deadline.Importance = widget.DangerImportance
			deadline.SetText(lang.L("Report to the KPK by {{.Date}}: {{.Late}} days late", args))
			return
		}
		deadline.SetText(lang.L("Report to the KPK by {{.Date}} ({{.Days}} days left)", args))
	}
	when.OnChanged = func(string) { showDeadline() }
	showDeadline()
	deadlineBox := fyne.CanvasObject(deadline)
	if len(r.n.event.Holidays) == 0 {
		deadlineBox = container.NewVBox(deadline, &widget.Label{
			Text:       lang.L("No public holidays are entered for this event (File › Event details…): the deadline counts Monday to Friday only, so it may come a few days early."),
			Wrapping:   fyne.TextWrapWord,
			Importance: widget.LowImportance,
		})
	}
	notes := textArea(x.Notes)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Liaison officer"), lo), widget.NewFormItem(lang.L("From"), from),
		widget.NewFormItem(lang.L("Received"), when), widget.NewFormItem("", deadlineBox),
		widget.NewFormItem(lang.L("Item"), item), widget.NewFormItem(lang.L("Amount"), amount),
		widget.NewFormItem(lang.L("Currency"), currency), widget.NewFormItem(lang.L("Value (IDR)"), value),
		widget.NewFormItem(lang.L("Status"), status), widget.NewFormItem(lang.L("Notes"), notes),
	}
	var rf *ref
	var delete func()
	if !isNew {
		rf = &ref{"gift", x.ID}
		cur := *x
		delete = func() { confirmDelete(r.env, r.bar, &cur, fmt.Sprintf("%s (%s)", cur.Item, cur.FromWhom), nil) }
	}
	e := newEditor(r.env, lang.L("Gift or gratuity"), items, rf, r.n, delete)
	e.onSave = func() (func() error, error) {
		y := *x
		y.LOID, y.FromWhom, y.Item, y.Status, y.Notes = lo.id(), trimmed(from), trimmed(item), status.code(), trimmed(notes)
		y.Currency = strings.ToUpper(trimmed(currency))
		switch {
		case y.LOID == "":
			return nil, fieldErr(lang.L("Liaison officer"), errRequired)
		case y.FromWhom == "":
			return nil, fieldErr(lang.L("From"), errRequired)
		}
		t, err := parseDateTime(when.Text, r.n.loc)
		if err != nil {
			return nil, fieldErr(lang.L("Received"), err)
		}
		y.ReceivedAt = t.UTC()
		y.Amount = 0
		if s := strings.ReplaceAll(trimmed(amount), ",", "."); s != "" {
			if y.Amount, err = strconv.ParseFloat(s, 64); err != nil || y.Amount < 0 {
				return nil, fieldErr(lang.L("Amount"), errBadNumber)
			}
		}
		if y.Item == "" && y.Amount == 0 {
			return nil, fieldErr(lang.L("Item"), errItemOrAmount)
		}
		if y.Amount != 0 && !validCurrency(y.Currency) {
			return nil, fieldErr(lang.L("Currency"), errCurrency)
		}
		y.ValueIDR = 0
		if s := strings.NewReplacer(".", "", ",", "", " ", "").Replace(trimmed(value)); s != "" {
			if y.ValueIDR, err = strconv.ParseInt(s, 10, 64); err != nil || y.ValueIDR < 0 {
				return nil, fieldErr(lang.L("Value (IDR)"), errBadNumber)
			}
		}
		return r.saver(isNew, &y), nil
	}
	e.show()
}

func validCurrency(c string) bool {
	if len(c) != 3 {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
