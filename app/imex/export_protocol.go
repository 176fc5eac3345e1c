package imex

import (
	"context"
	"strconv"

	"lodesk/data"
)

// This file exports the lists Protocol, Transport and Hospitality keep:
// contacts, vehicles, hotel stays, country briefs, transfer times and
// accreditation.

func (x *exporter) contacts(ctx context.Context) ([][]string, error) {
	cs, err := data.All[data.Contact](ctx, x.s)
	var out [][]string
	for _, c := range cs {
		out = append(out, []string{c.Department, x.deleg[c.DelegationID], c.Name, c.Role, c.Phone, c.RadioChannel, c.Email, c.Notes})
	}
	return out, err
}

func (x *exporter) vehicles(ctx context.Context) ([][]string, error) {
	vs, err := data.All[data.Vehicle](ctx, x.s)
	var out [][]string
	for _, v := range vs {
		out = append(out, []string{
			v.Plate, v.Type, strconv.Itoa(v.Capacity), v.Driver, v.DriverPhone, x.deleg[v.DelegationID],
			yes(v.Patwal), v.CarPass, text(v.Zones), v.Notes,
		})
	}
	return out, err
}

func (x *exporter) hotels(ctx context.Context) ([][]string, error) {
	as, err := data.All[data.Accommodation](ctx, x.s)
	var out [][]string
	for _, a := range as {
		out = append(out, []string{
			x.deleg[a.DelegationID], x.person[a.PersonID], a.Hotel, a.Rooms,
			isoTime(a.CheckIn, x.loc), isoTime(a.CheckOut, x.loc), a.Notes,
		})
	}
	return out, err
}

func (x *exporter) briefs(ctx context.Context) ([][]string, error) {
	bs, err := data.All[data.CountryBrief](ctx, x.s)
	var out [][]string
	for _, b := range bs {
		out = append(out, []string{b.Country, b.Relations, b.Etiquette, b.Phrases, b.Notes})
	}
	return out, err
}

func (x *exporter) transfers(ctx context.Context) ([][]string, error) {
	ts, err := data.All[data.Transfer](ctx, x.s)
	var out [][]string
	for _, t := range ts {
		out = append(out, []string{t.FromVenue, t.ToVenue, strconv.Itoa(t.Minutes), t.Notes})
	}
	return out, err
}

// accreditation writes every person, by delegation precedence and role,
// then every LO (no delegation), with or without a badge: the desk's
// worksheet.
func (x *exporter) accreditation(ctx context.Context) ([][]string, error) {
	ps, err := x.s.FindPeople(ctx, data.PersonFilter{})
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, p := range ps {
		out = append(out, []string{x.deleg[p.DelegationID], p.FullName, p.BadgeNo, p.BadgeCategory, text(p.Zones)})
	}
	los, err := x.s.FindLOs(ctx, data.LOFilter{})
	for _, l := range los {
		out = append(out, []string{"", l.FullName, l.BadgeNo, l.BadgeCategory, text(l.Zones)})
	}
	return out, err
}
