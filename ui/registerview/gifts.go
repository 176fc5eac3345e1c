package registerview

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/gifts"
	"lodesk/data"
	"lodesk/ui/kit"
)

func (r *Requests) showGifts() {
	rows := make([]kit.Row, 0, len(r.gs))
	now := r.now().In(r.n.Loc)
	for _, x := range r.gs {
		var by, left string
		late := false
		if !x.ReceivedAt.IsZero() {
			dl := gifts.Deadline(x.ReceivedAt.In(r.n.Loc), r.n.Event.Holidays)
			by = dl.Format("2006-01-02")
			if gifts.Reported(&x) {
				left = "—"
			} else {
				n := gifts.DaysLeft(dl, now)
				left, late = strconv.Itoa(n), n < 0
			}
		}
		rows = append(rows, kit.NewRow(x.ID, late, r.n.LO[x.LOID], x.FromWhom, kit.DateTime(x.ReceivedAt, r.n.Loc), x.Item,
			amountText(x.Amount, x.Currency), groupThousands(x.ValueIDR), kit.EnumLabel("gift", x.Status), by, left))
	}
	r.gifts.SetRows(rows)
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
	if x := kit.ByID(r.gs, id); x != nil {
		r.giftEditor(x)
	}
}

// giftEditor edits a gift, or adds one when x is nil.
func (r *Requests) giftEditor(x *data.Gift) {
	isNew := x == nil
	if isNew {
		x = &data.Gift{ReceivedAt: r.now(), Status: data.GiftStatuses[0], Currency: "IDR"}
	}
	ids, labels := make([]string, 0, len(r.n.LOs)), make([]string, 0, len(r.n.LOs))
	for _, l := range r.n.LOs {
		ids, labels = append(ids, l.ID), append(labels, l.FullName)
	}
	lo := kit.NewIDSelect(ids, labels, x.LOID)
	from := kit.Entry(x.FromWhom, lang.L("e.g. H.E. the Minister (Japan)"))
	when := kit.Entry(kit.DateTime(x.ReceivedAt, r.n.Loc), "YYYY-MM-DD HH:MM")
	item := kit.Entry(x.Item, lang.L("e.g. batik scarf, or empty for cash"))
	amount := kit.Entry("", "0")
	if x.Amount != 0 {
		amount.SetText(strconv.FormatFloat(x.Amount, 'f', -1, 64))
	}
	currency := kit.Entry(x.Currency, "USD")
	value := kit.Entry("", lang.L("estimated, in rupiah"))
	if x.ValueIDR != 0 {
		value.SetText(strconv.FormatInt(x.ValueIDR, 10))
	}
	status := kit.NewEnumSelect("gift", data.GiftStatuses, x.Status, nil)
	deadline := &widget.Label{}
	showDeadline := func() {
		t, _, err := field.Time(when.Text, r.n.Loc)
		if err != nil || t.IsZero() {
			deadline.SetText("")
			return
		}
		dl := gifts.Deadline(t, r.n.Event.Holidays)
		left := gifts.DaysLeft(dl, r.now().In(r.n.Loc))
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
	if len(r.n.Event.Holidays) == 0 {
		deadlineBox = container.NewVBox(deadline, &widget.Label{
			Text:       lang.L("No public holidays are entered for this event (File › Event details…): the deadline counts Monday to Friday only, so it may come a few days early."),
			Wrapping:   fyne.TextWrapWord,
			Importance: widget.LowImportance,
		})
	}
	notes := kit.TextArea(x.Notes)
	e := kit.NewEditor(r.env, lang.L("Gift or gratuity"), []kit.Field{
		{Name: "lo", Label: lang.L("Liaison officer"), Widget: lo},
		{Name: "from", Label: lang.L("From"), Widget: from},
		{Name: "received", Label: lang.L("Received"), Widget: when},
		{Widget: deadlineBox},
		{Name: "item", Label: lang.L("Item"), Widget: item},
		{Name: "amount", Label: lang.L("Amount"), Widget: amount},
		{Name: "currency", Label: lang.L("Currency"), Widget: currency},
		{Name: "value_idr", Label: lang.L("Value (IDR)"), Widget: value},
		{Name: "status", Label: lang.L("Status"), Widget: status},
		{Label: lang.L("Notes"), Widget: notes},
	})
	if !isNew {
		cur := *x
		e.History("gift", cur.ID, r.n.Loc)
		e.Track("gift", cur.ID, func() { r.editGift(cur.ID) })
		e.OnDelete(func() { r.bar.Delete(&cur, fmt.Sprintf("%s (%s)", cur.Item, cur.FromWhom), nil, nil) })
	}
	var y data.Gift
	e.Collect = func() error {
		y = *x
		y.LOID, y.FromWhom, y.Item, y.Status, y.Notes = lo.ID(), from.Text, item.Text, status.Code(), notes.Text
		y.Currency = currency.Text
		t, _, err := field.Time(when.Text, r.n.Loc)
		if err != nil {
			return field.New("received", err)
		}
		y.ReceivedAt = t.UTC()
		if y.Amount, err = field.Amount(amount.Text); err != nil {
			return field.New("amount", err)
		}
		if y.ValueIDR, err = field.Rupiah(value.Text); err != nil {
			return field.New("value_idr", err)
		}
		return gifts.CheckFields(&y)
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		z := y
		return gifts.Save(ctx, st, &z)
	}
	e.Show(nil)
}
