package imex

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"lodesk/app/field"
	"lodesk/app/phone"
)

// TestEveryWrongFieldOfARow: a sheet whose third row has three wrong
// cells, one of them the cell that says which record the row is (a code,
// a delegation, an e-mail address), is refused with all three named by
// file, row and column, and nothing of it is written. The LO's third is
// found by the record's rule (the end before the start) after a cell that
// could not be read.
func TestEveryWrongFieldOfARow(t *testing.T) {
	tests := []struct {
		kind string
		rows [][]string
		want []string // column keys, in column order
	}{
		{Delegations, [][]string{
			{"code", "name", "kind", "country", "precedence"},
			{"THA", "Thailand", "country", "TH", "4"},
			{"", "Xland", "country", "Narnia", "first"},
		}, []string{"code", "country", "precedence"}},
		{People, [][]string{
			{"delegation", "full_name", "nationality", "email"},
			{"FRA", "Anne Martin", "FR", "anne@example.fr"},
			{"NOPE", "Someone Else", "Narnia", "someone@"},
		}, []string{"delegation", "nationality", "email"}},
		{LOs, [][]string{
			{"full_name", "email", "phone", "available_from", "available_to"},
			{"Sari Wulandari", "sari@example.id", "0812 3456 7890", "", ""},
			{"Budi Santoso", "budi@", "12", "2026-11-30", "2026-11-01"},
		}, []string{"email", "phone", "available_to"}},
	}
	for _, tt := range tests {
		for _, ext := range []string{".csv", ".xlsx"} {
			t.Run(tt.kind+ext, func(t *testing.T) {
				s := fieldStore(t)
				before := version(t, s)
				name := "bad " + tt.kind + ext
				path := filepath.Join(t.TempDir(), name)
				if err := os.WriteFile(path, sheet(t, ext, tt.rows), 0o600); err != nil {
					t.Fatal(err)
				}
				tab, err := ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				_, err = Import(ctx, s, tt.kind, tab, false)
				var inv *InvalidError
				if !errors.As(err, &inv) {
					t.Fatalf("import: %v, want an *InvalidError", err)
				}
				var got []string
				for _, p := range inv.Problems {
					if p.Warning {
						continue
					}
					got = append(got, p.Column)
					col := slices.Index(tt.rows[0], p.Column)
					where := fmt.Sprintf("%s: row 3, column %s (%s): ", name, ColumnName(col), p.Column)
					if p.File != name || p.Row != 3 || p.Col != col || !strings.HasPrefix(p.Error(), where) {
						t.Errorf("%q does not start with %q", p.Error(), where)
					}
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("problems in columns %q, want %q: %v", got, tt.want, inv.Problems)
				}
				if v := version(t, s); v != before {
					t.Errorf("the event file changed (version %d -> %d): the good row was written", before, v)
				}
			})
		}
	}
}

// sheet is rows as a CSV or an XLSX file.
func sheet(t testing.TB, ext string, rows [][]string) []byte {
	t.Helper()
	if ext == ".xlsx" {
		cells := make([][]any, len(rows))
		for i, r := range rows {
			for _, c := range r {
				cells[i] = append(cells[i], c)
			}
		}
		return xlsxBytes(t, cells)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, ",") + "\n")
	}
	return []byte(b.String())
}

func TestListed(t *testing.T) {
	ps := make([]Problem, MaxListed+7)
	for _, tt := range []struct{ n, shown, more int }{{0, 0, 0}, {3, 3, 0}, {MaxListed, MaxListed, 0}, {MaxListed + 7, MaxListed, 7}} {
		shown, more := Listed(ps[:tt.n], MaxListed)
		if len(shown) != tt.shown || more != tt.more {
			t.Errorf("%d problems: %d listed and %d more, want %d and %d", tt.n, len(shown), more, tt.shown, tt.more)
		}
	}
}

// TestRuleReportsEveryField: the errors a record's rules join are each
// reported against their column, but a cell that could not be read keeps
// its own problem alone.
func TestRuleReportsEveryField(t *testing.T) {
	tab := &Table{File: "los.csv", Header: []string{"full_name", "phone", "available_to"}, Rows: []Row{{N: 4}}}
	pl := &planner{t: tab, plan: &Plan{Kind: LOs}, col: map[string]int{"full_name": 0, "phone": 1, "available_to": 2}}
	rp := &RowPlan{Row: 4}
	r := &rowCtx{pl: pl, row: tab.Rows[0], rp: rp}
	r.fail("phone", phone.ErrNotNumber)
	r.rule(field.Join(
		&field.Error{Field: "phone", Err: phone.ErrNotNumber},
		&field.Error{Field: "available_to", Err: field.ErrEndBeforeStart},
		&field.Error{Field: "experience", Err: field.ErrBadNumber},   // not mapped: its own column all the same
		&field.Error{Field: "no_such_field", Err: field.ErrRequired}, // no column: the fallback
	), nil, "full_name")
	var got []string
	for _, p := range rp.Problems {
		got = append(got, p.Column+": "+p.Err.Error())
	}
	want := []string{
		"phone: " + phone.ErrNotNumber.Error(),
		"available_to: " + field.ErrEndBeforeStart.Error(),
		"experience: " + field.ErrBadNumber.Error(),
		"full_name: " + field.ErrRequired.Error(),
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems\n%q\nwant\n%q", got, want)
	}
}
