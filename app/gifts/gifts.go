package gifts

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// ErrItemOrAmount is a gift that says neither what was given nor how much
// (a field.ErrRequired).
var ErrItemOrAmount = fmt.Errorf("%w: say what was given, an item or an amount", field.ErrRequired)

// CheckFields checks a gift declaration, tidying it in place: the LO who
// received it, from whom and when, an item or an amount (not below zero,
// with its ISO 4217 currency), the value in rupiah not below zero, and a
// status of data.GiftStatuses (received by default).
func CheckFields(g *data.Gift) error {
	g.FromWhom, g.Item, g.Notes = strings.TrimSpace(g.FromWhom), strings.TrimSpace(g.Item), strings.TrimSpace(g.Notes)
	if g.Status == "" {
		g.Status = data.GiftStatuses[0]
	}
	switch {
	case g.LOID == "":
		return &field.Error{Field: "lo", Err: field.ErrRequired}
	case g.FromWhom == "":
		return &field.Error{Field: "from", Err: field.ErrRequired}
	case g.ReceivedAt.IsZero():
		return &field.Error{Field: "received", Err: field.ErrRequired}
	case g.Amount < 0:
		return &field.Error{Field: "amount", Err: field.ErrBadAmount}
	case g.Item == "" && g.Amount == 0:
		return &field.Error{Field: "item", Err: ErrItemOrAmount}
	}
	var err error
	if g.Currency, err = field.Currency(g.Currency); err != nil {
		return field.New("currency", err)
	}
	switch {
	case g.Amount > 0 && g.Currency == "":
		return &field.Error{Field: "currency", Err: field.ErrRequired}
	case g.ValueIDR < 0:
		return &field.Error{Field: "value_idr", Err: field.ErrBadAmount}
	case !slices.Contains(data.GiftStatuses, g.Status):
		return &field.Error{Field: "status", Err: field.ErrBadValue, Value: g.Status}
	}
	return nil
}

// Save checks a gift declaration and writes it.
func Save(ctx context.Context, s *data.Store, g *data.Gift) error {
	return record.SaveChecked(ctx, s, g, CheckFields(g))
}
