package imex

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"lodesk/app/assign"
	"lodesk/app/contacts"
	"lodesk/app/delegations"
	"lodesk/app/field"
	"lodesk/app/gifts"
	"lodesk/app/incidents"
	"lodesk/app/logistics"
	"lodesk/app/los"
	"lodesk/app/phone"
	"lodesk/app/programme"
	"lodesk/app/requests"
	"lodesk/app/sop"
	"lodesk/data"
)

// TestEditorAndImportRefuseTheSameValues feeds the same bad values (e-mail,
// currency, IATA code, country, dates and times, phone) through the path
// the window's editors take (the kind's Save, after the editor reads a
// typed time with field.Time as every editor does) and through the
// importer, for each kind: both refuse it with the same sentinel error, on
// the same field (the column's key).
func TestEditorAndImportRefuseTheSameValues(t *testing.T) {
	s := fieldStore(t)
	ctx := context.Background()
	fra, err := s.DelegationByCode(ctx, "FRA")
	if err != nil {
		t.Fatal(err)
	}
	lo := one(t, s, func() ([]data.LO, error) { return s.FindLOs(ctx, data.LOFilter{}) })
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	at := time.Date(2026, 11, 27, 10, 0, 0, 0, jkt)
	// typed is how an editor reads a time: field.Time in the event's zone.
	typed := func(text string) (time.Time, error) {
		t, _, err := field.Time(text, jkt)
		return t, field.New("", err)
	}
	// step is a checklist step of the assignment that needs a second
	// person's recheck.
	var step data.ChecklistItem
	items, err := data.All[data.ChecklistItem](ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.NeedsRecheck {
			step = it
			break
		}
	}
	if step.ID == "" {
		t.Fatal("the assignment made no step that needs a recheck")
	}
	stepRow := lo.FullName + ",FRA," + step.Phase + ",\"" + strings.ReplaceAll(step.TextEN, "\"", "\"\"") + "\",rechecked,Sari,2026-11-27 10:00,{V},2026-11-27 11:00\n"

	tests := []struct {
		kind, column, value string
		want                error
		csv                 string // the import: a header and one row, the value at {V}
		editor              func(v string) error
	}{
		// e-mail
		{People, "email", "a@b", field.ErrBadEmail, "delegation,full_name,email\nFRA,Anne Test,{V}\n", func(v string) error {
			_, err := delegations.SavePerson(ctx, s, &data.Person{DelegationID: fra.ID, FullName: "Anne Test", Email: v})
			return err
		}},
		{LOs, "email", "a@b", field.ErrBadEmail, "full_name,email\nRani Test,{V}\n", func(v string) error {
			return los.Save(ctx, s, &data.LO{FullName: "Rani Test", Email: v})
		}},
		{Contacts, "email", "a@b", field.ErrBadEmail, "department,name,email\ntransport,Pak Joko,{V}\n", func(v string) error {
			return contacts.Save(ctx, s, &data.Contact{Department: "transport", Name: "Pak Joko", Email: v}, "ID")
		}},
		// currency
		{Gifts, "currency", "ABC", field.ErrBadCurrency, "lo,from,received,amount,currency\n" + lo.FullName + ",H.E.,2026-11-27 10:00,100,{V}\n", func(v string) error {
			return gifts.Save(ctx, s, &data.Gift{LOID: lo.ID, FromWhom: "H.E.", ReceivedAt: at, Amount: 100, Currency: v})
		}},
		// IATA airport
		{Travel, "airport", "Soekarno", field.ErrBadAirport, "delegation,direction,scheduled,airport\nFRA,arrival,2026-11-27 10:00,{V}\n", func(v string) error {
			return logistics.SaveTravel(ctx, s, &data.TravelLeg{DelegationID: fra.ID, Direction: data.Arrival, Scheduled: at, Airport: v})
		}},
		// country
		{Delegations, "country", "Atlantis", field.ErrUnknownCountry, "code,name,kind,country\nATL,Atlantis,country,{V}\n", func(v string) error {
			_, err := delegations.Save(ctx, s, &data.Delegation{Code: "ATL", Name: "Atlantis", Kind: data.KindCountry, Country: v})
			return err
		}},
		{People, "nationality", "Atlantis", field.ErrUnknownCountry, "delegation,full_name,nationality\nFRA,Anne Test,{V}\n", func(v string) error {
			_, err := delegations.SavePerson(ctx, s, &data.Person{DelegationID: fra.ID, FullName: "Anne Test", Nationality: v})
			return err
		}},
		// dates
		{LOs, "available_from", "2026-02-30", field.ErrBadDate, "full_name,available_from\nRani Test,{V}\n", func(v string) error {
			return los.Save(ctx, s, &data.LO{FullName: "Rani Test", AvailableFrom: v})
		}},
		{Assignments, "from", "2026-13-01", field.ErrBadDate, "lo,delegation,from\n" + lo.FullName + ",VNM,{V}\n", func(v string) error {
			return assign.Save(ctx, s, &data.Assignment{LOID: lo.ID, DelegationID: fra.ID, FromDate: v})
		}},
		// times, as the editors read them before they save
		{Travel, "scheduled", "2026-11-27 25:00", field.ErrBadTime, "delegation,direction,scheduled\nFRA,arrival,{V}\n", func(v string) error {
			when, err := typed(v)
			if err != nil {
				return err
			}
			return logistics.SaveTravel(ctx, s, &data.TravelLeg{DelegationID: fra.ID, Direction: data.Arrival, Scheduled: when})
		}},
		{Programme, "starts", "besok pagi", field.ErrBadTime, "title,starts,ends\nGala,{V},2026-11-27 22:00\n", func(v string) error {
			when, err := typed(v)
			if err != nil {
				return err
			}
			_, err = programme.Save(ctx, s, &data.ProgrammeItem{Title: "Gala", Starts: when, Ends: at.Add(time.Hour), Attendees: data.Codes{"all"}})
			return err
		}},
		{Requests, "received", "yesterday", field.ErrBadTime, "delegation,category,text,received\nFRA,other,Flag,{V}\n", func(v string) error {
			when, err := typed(v)
			if err != nil {
				return err
			}
			return requests.Save(ctx, s, &data.Request{DelegationID: fra.ID, Category: "other", Text: "Flag", ReceivedAt: when})
		}},
		{Incidents, "time", "27/13/2026 10:00", field.ErrBadTime, "time,what\n{V},Fainted\n", func(v string) error {
			when, err := typed(v)
			if err != nil {
				return err
			}
			return incidents.Save(ctx, s, &data.Incident{OccurredAt: when, What: "Fainted"})
		}},
		{Hotels, "check_in", "2026-11-31 14:00", field.ErrBadTime, "delegation,hotel,check_in\nFRA,Hotel Indonesia,{V}\n", func(v string) error {
			when, err := typed(v)
			if err != nil {
				return err
			}
			return logistics.SaveStay(ctx, s, &data.Accommodation{DelegationID: fra.ID, Hotel: "Hotel Indonesia", CheckIn: when})
		}},
		{Hotels, "check_out", "2026-11-26 12:00", field.ErrOutBeforeIn, "delegation,hotel,check_in,check_out\nFRA,Hotel Indonesia,2026-11-27 14:00,{V}\n", func(v string) error {
			when, err := typed(v)
			if err != nil {
				return err
			}
			return logistics.SaveStay(ctx, s, &data.Accommodation{DelegationID: fra.ID, Hotel: "Hotel Indonesia", CheckIn: at.Add(4 * time.Hour), CheckOut: when})
		}},
		// the four-eyes rule of a checklist step, as the checklist screen
		// applies it before it saves
		{Checklists, "rechecked_by", "Sari", sop.ErrSamePerson, "lo,delegation,phase,item,status,checked_by,checked_at,rechecked_by,rechecked_at\n" + stepRow, func(v string) error {
			it := step
			if err := sop.Check(&it, "Sari", at); err != nil {
				return err
			}
			if err := sop.Recheck(&it, v, at.Add(time.Hour)); err != nil {
				return err
			}
			return sop.SaveChecklistItem(ctx, s, &it)
		}},
		// phone
		{People, "phone", "ring ring", phone.ErrNotNumber, "delegation,full_name,phone\nFRA,Anne Test,{V}\n", func(v string) error {
			_, err := delegations.SavePerson(ctx, s, &data.Person{DelegationID: fra.ID, FullName: "Anne Test", Phone: v})
			return err
		}},
		{LOs, "phone", "ring ring", phone.ErrNotNumber, "full_name,phone\nRani Test,{V}\n", func(v string) error {
			return los.Save(ctx, s, &data.LO{FullName: "Rani Test", Phone: v})
		}},
		{Contacts, "phone", "ring ring", phone.ErrNotNumber, "department,name,phone\ntransport,Pak Joko,{V}\n", func(v string) error {
			return contacts.Save(ctx, s, &data.Contact{Department: "transport", Name: "Pak Joko", Phone: v}, "ID")
		}},
		{Vehicles, "driver_phone", "ring ring", phone.ErrNotNumber, "plate,driver_phone\nB 1 RI,{V}\n", func(v string) error {
			return logistics.SaveVehicle(ctx, s, &data.Vehicle{Plate: "B 1 RI", DriverPhone: v})
		}},
	}
	before, err := s.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.kind+" "+tt.column, func(t *testing.T) {
			// The editor's path.
			err := tt.editor(tt.value)
			if !errors.Is(err, tt.want) {
				t.Fatalf("editor: err = %v, want %v", err, tt.want)
			}
			if name := field.Of(err); name != tt.column && name != "" {
				t.Errorf("editor: the error names %q, want %q", name, tt.column)
			}
			// The importer's.
			_, err = importCSV(t, s, tt.kind, "bad.csv", strings.ReplaceAll(tt.csv, "{V}", tt.value), true)
			var inv *InvalidError
			if !errors.As(err, &inv) {
				t.Fatalf("import: err = %v, want the file refused", err)
			}
			found := false
			for _, p := range inv.Problems {
				found = found || (p.Column == tt.column && errors.Is(p.Err, tt.want))
			}
			if !found {
				t.Errorf("import: no %v in column %s among %v", tt.want, tt.column, inv.Problems)
			}
		})
	}
	if after, _ := s.DataVersion(ctx); after != before {
		t.Errorf("refused values were written: data version %d -> %d", before, after)
	}
}

// one is the first record fetch lists.
func one[T any](t *testing.T, _ *data.Store, fetch func() ([]T, error)) T {
	t.Helper()
	xs, err := fetch()
	if err != nil || len(xs) == 0 {
		t.Fatal(len(xs), err)
	}
	return xs[0]
}
