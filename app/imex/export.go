package imex

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"lodesk/app/private"
	"lodesk/data"
)

// Export writes a kind to path as CSV (UTF-8 with BOM) or XLSX, by the
// extension: English headers in DESIGN.md order, codes rather than names,
// times in ISO 8601 with their offset. An empty event gives a template with
// the headers alone. The file is replaced whole or not at all.
func Export(ctx context.Context, s *data.Store, kind, path string) (rows int, err error) {
	format, err := FormatOf(path)
	if err != nil {
		return 0, err
	}
	table, err := ExportRows(ctx, s, kind)
	if err != nil {
		return 0, err
	}
	var b []byte
	if format == CSV {
		b, err = encodeCSV(table)
	} else {
		b, err = encodeXLSX(table, kind)
	}
	if err != nil {
		return 0, fmt.Errorf("export %s: %w", kind, err)
	}
	if err := private.WriteFile(path, b); err != nil {
		return 0, fmt.Errorf("export %s: %w", kind, err)
	}
	return len(table) - 1, nil
}

// ExportRows returns a kind's header and rows as text.
func ExportRows(ctx context.Context, s *data.Store, kind string) ([][]string, error) {
	if _, err := Columns(kind); err != nil {
		return nil, err
	}
	x, err := newExporter(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", kind, err)
	}
	out := [][]string{Headers(kind)}
	var rows [][]string
	switch kind {
	case Delegations:
		rows, err = x.delegations(ctx)
	case People:
		rows, err = x.people(ctx)
	case Travel:
		rows, err = x.travel(ctx)
	case LOs:
		rows, err = x.los(ctx)
	case Programme:
		rows, err = x.programme(ctx)
	case Assignments:
		rows, err = x.assignments(ctx)
	case Checklists:
		rows, err = x.checklists(ctx)
	case Seating:
		rows, err = x.seating(ctx)
	case Requests:
		rows, err = x.requests(ctx)
	case Incidents:
		rows, err = x.incidents(ctx)
	case Gifts:
		rows, err = x.gifts(ctx)
	case Contacts:
		rows, err = x.contacts(ctx)
	case Vehicles:
		rows, err = x.vehicles(ctx)
	case Hotels:
		rows, err = x.hotels(ctx)
	case Briefs:
		rows, err = x.briefs(ctx)
	case Transfers:
		rows, err = x.transfers(ctx)
	case Accred:
		rows, err = x.accreditation(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", kind, err)
	}
	return append(out, rows...), nil
}

// exporter turns ids into the codes and names a spreadsheet shows.
type exporter struct {
	s      *data.Store
	loc    *time.Location
	deleg  map[string]string // id -> code
	person map[string]string // id -> full name
	plate  map[string]string // vehicle id -> plate
}

func newExporter(ctx context.Context, s *data.Store) (*exporter, error) {
	x := &exporter{s: s, loc: loadZone("Asia/Jakarta", time.UTC), deleg: map[string]string{}, person: map[string]string{}}
	ev, err := s.Event(ctx)
	switch {
	case err == nil:
		x.loc = ev.Location()
	case !errors.Is(err, data.ErrNotFound):
		return nil, err
	}
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return nil, err
	}
	for _, d := range ds {
		x.deleg[d.ID] = d.Code
	}
	ps, err := data.All[data.Person](ctx, s)
	if err != nil {
		return nil, err
	}
	for _, p := range ps {
		x.person[p.ID] = p.FullName
	}
	vs, err := data.All[data.Vehicle](ctx, s)
	if err != nil {
		return nil, err
	}
	x.plate = make(map[string]string, len(vs))
	for _, v := range vs {
		x.plate[v.ID] = v.Plate
	}
	return x, nil
}

func text(v interface{ MarshalText() ([]byte, error) }) string {
	b, _ := v.MarshalText()
	return string(b)
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func (x *exporter) delegations(ctx context.Context) ([][]string, error) {
	ds, err := x.s.FindDelegations(ctx, data.DelegationFilter{})
	var out [][]string
	for _, d := range ds {
		out = append(out, []string{
			d.Code, d.Name, d.Kind, d.Country, strconv.Itoa(d.Precedence), d.Relations, d.RelationsNotes,
			text(d.Languages), d.Status, d.Notes,
		})
	}
	return out, err
}

func (x *exporter) people(ctx context.Context) ([][]string, error) {
	if prot, err := x.s.Protected(ctx); err != nil || (prot && !x.s.Unlocked()) {
		if err == nil {
			err = data.ErrLocked // passport numbers and medical notes
		}
		return nil, err
	}
	ps, err := x.s.FindPeople(ctx, data.PersonFilter{})
	var out [][]string
	for _, p := range ps {
		out = append(out, []string{
			x.deleg[p.DelegationID], p.Role, p.Honorific, p.FullName, p.NativeName, p.Position,
			p.Gender, p.Nationality, p.PassportNo, text(p.Languages), p.Dietary, text(p.Allergies), p.Medical,
			p.Mobility, p.HandlingNotes, p.Phone, p.Email,
		})
	}
	return out, err
}

func (x *exporter) travel(ctx context.Context) ([][]string, error) {
	ls, err := x.s.FindTravel(ctx, data.TravelFilter{})
	var out [][]string
	for _, l := range ls {
		out = append(out, []string{
			x.deleg[l.DelegationID], x.person[l.PersonID], l.Direction, l.Mode, l.Carrier,
			l.FlightNo, l.Airport, l.Terminal, isoTime(l.Scheduled, loadZone(l.TimeZone, x.loc)), yes(l.VIPLounge),
			l.MeetingPoint, x.plate[l.VehicleID], l.Notes,
		})
	}
	return out, err
}

func (x *exporter) los(ctx context.Context) ([][]string, error) {
	ls, err := x.s.FindLOs(ctx, data.LOFilter{})
	var out [][]string
	for _, l := range ls {
		out = append(out, []string{
			l.FullName, l.Phone, l.Email, l.Gender, text(l.Languages), strconv.Itoa(l.Experience),
			l.Skills, l.AvailableFrom, l.AvailableTo, l.Notes,
		})
	}
	return out, err
}

func (x *exporter) programme(ctx context.Context) ([][]string, error) {
	ps, err := x.s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	var out [][]string
	for _, p := range ps {
		out = append(out, []string{
			p.Title, isoTime(p.Starts, x.loc), isoTime(p.Ends, x.loc), p.Venue, p.Room,
			p.DressCode, text(p.Attendees), yes(p.Photo), p.Notes, p.Kind, seatingCell(&p),
		})
	}
	return out, err
}

// seatingCell is an item's attendance rule when it has a seat plan.
func seatingCell(p *data.ProgrammeItem) string {
	if !p.Seating {
		return ""
	}
	return p.AttendanceRule()
}

func (x *exporter) assignments(ctx context.Context) ([][]string, error) {
	names, err := x.loNames(ctx)
	if err != nil {
		return nil, err
	}
	as, err := x.s.FindAssignments(ctx, data.AssignmentFilter{})
	var out [][]string
	for _, a := range as {
		out = append(out, []string{names[a.LOID], x.deleg[a.DelegationID], x.person[a.PersonID], a.Role, a.FromDate, a.ToDate})
	}
	return out, err
}

// formulaStarts are the first characters on which Excel (and LibreOffice)
// read a CSV cell as a formula: = + - @, a tab or a carriage return, and
// the full-width forms of = + - @ that Excel also takes in East Asian
// locales.
var formulaStarts = []string{"=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"}

// escapeFormula keeps a spreadsheet from running a CSV cell as a formula
// (-2+3, +HYPERLINK(...), =1+1, @SUM(...)): such a cell, and one that
// already starts with an apostrophe before one of them, gets a leading
// apostrophe, which Excel shows as text and unescapeFormula removes on
// import. A plain negative number (-5, -1.5) is left a number.
func escapeFormula(s string) string {
	if startsFormula(strings.TrimPrefix(s, "'")) && !negativeNumber(s) {
		return "'" + s
	}
	return s
}

func unescapeFormula(s string) string {
	if rest, ok := strings.CutPrefix(s, "'"); ok && (startsFormula(rest) || strings.HasPrefix(rest, "'")) {
		return rest
	}
	return s
}

func startsFormula(s string) bool {
	for _, p := range formulaStarts {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// negativeNumber says whether s is "-" and a decimal number, which a
// spreadsheet reads as that number and nothing else.
func negativeNumber(s string) bool {
	digits, ok := strings.CutPrefix(s, "-")
	if !ok || digits == "" {
		return false
	}
	dot := false
	for i, r := range digits {
		switch {
		case r >= '0' && r <= '9':
		case (r == '.' || r == ',') && !dot && i > 0 && i < len(digits)-1:
			dot = true
		default:
			return false
		}
	}
	return true
}

func encodeCSV(rows [][]string) ([]byte, error) {
	var b bytes.Buffer
	b.Write(bom)
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	for _, r := range rows {
		rec := make([]string, len(r))
		for i, c := range r {
			rec[i] = escapeFormula(c)
		}
		if err := w.Write(rec); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

func encodeXLSX(rows [][]string, sheet string) (b []byte, err error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	for i, r := range rows {
		vals := make([]any, len(r))
		for j, c := range r {
			if i == 0 {
				vals[j] = excelize.Cell{StyleID: bold, Value: c}
			} else {
				vals[j] = c // text, always: codes such as "001" and "+62..." stay as written
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, vals); err != nil {
			return nil, err
		}
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
