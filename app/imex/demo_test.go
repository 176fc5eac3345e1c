package imex

import (
	"errors"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/seating"
	"lodesk/data"
)

func openDemo(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Open(ctx, demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func problems(err error) string {
	var inv *InvalidError
	if !errors.As(err, &inv) {
		return ""
	}
	var b strings.Builder
	for i, p := range inv.Problems {
		if i == 10 {
			b.WriteString("\n...")
			break
		}
		b.WriteString("\n" + p.Error())
	}
	return b.String()
}

// exportImport exports kind from src as ext and imports it into dst.
func exportImport(t *testing.T, src, dst *data.Store, kind, ext string) (*Result, int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), kind+ext)
	n, err := Export(ctx, src, kind, path)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Import(ctx, dst, kind, tab, false)
	if err != nil {
		t.Fatalf("%s%s: %v%s", kind, ext, err, problems(err))
	}
	return res, n
}

// TestDemoReimport: every importable kind exported from the demo and
// imported back into it is "unchanged", row for row, and writes nothing.
func TestDemoReimport(t *testing.T) {
	s := openDemo(t)
	for _, kind := range ImportKinds() {
		for _, ext := range []string{".csv", ".xlsx"} {
			v := version(t, s)
			res, n := exportImport(t, s, s, kind, ext)
			if ext == ".csv" {
				t.Logf("%s: %d rows unchanged", kind, res.Unchanged)
			}
			if n == 0 || res.Unchanged != n || res.Inserted+res.Updated+res.Skipped != 0 || version(t, s) != v {
				t.Errorf("%s%s: %d rows: %+v; version %d -> %d", kind, ext, n, res, v, version(t, s))
				for _, r := range res.Plan.Rows {
					if r.Action != Unchanged {
						t.Logf("row %d %s: %s", r.Row, r.Action, r.Label)
					}
				}
			}
		}
	}
}

// TestDemoIntoNewFile: the demo's spreadsheets, imported kind by kind into
// a new event file, export the same rows again.
func TestDemoIntoNewFile(t *testing.T) {
	src, dst := openDemo(t), newStore(t)
	setZones(t, dst) // Event details, not a spreadsheet: the demo's zones
	for _, kind := range importOrder() {
		res, n := exportImport(t, src, dst, kind, ".csv")
		if got := written(kind, res); got != n || n == 0 {
			t.Errorf("%s: inserted %d of %d", kind, got, n)
		}
		want, got := sortedRows(t, src, kind), sortedRows(t, dst, kind)
		if !reflect.DeepEqual(want, got) {
			for i := range want {
				if i >= len(got) || !reflect.DeepEqual(want[i], got[i]) {
					t.Errorf("%s row %d:\nwant %q\ngot  %q", kind, i+1, want[i], got[i])
					break
				}
			}
		}
	}
	// Imported assignments got their SOP checklists.
	as, _ := dst.FindAssignments(ctx, data.AssignmentFilter{})
	for _, a := range as {
		if cl, err := dst.FindChecklist(ctx, a.ID); err != nil || len(cl) == 0 {
			t.Fatalf("assignment %s: %d checklist items, %v", a.ID, len(cl), err)
		}
	}
}

// TestDemoSeatingExport: the seating export is app/seating's line-up of the
// demo's group photo, host at the centre, in protocol order.
func TestDemoSeatingExport(t *testing.T) {
	s := openDemo(t)
	items, _ := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	var photo *data.ProgrammeItem
	for i := range items {
		if items[i].Photo && items[i].HODOnly {
			photo = &items[i]
		}
	}
	if photo == nil {
		t.Fatal("no group photo in the demo")
	}
	ev, _ := s.Event(ctx)
	host, _ := data.Get[data.Delegation](ctx, s, ev.ChairID)
	seats, _ := data.ByParent[data.Seat](ctx, s, "item_id", photo.ID)
	people, _ := data.All[data.Person](ctx, s)
	names := map[string]string{}
	for _, p := range people {
		names[p.ID] = p.FullName
	}
	want := map[string][2]int{} // person -> row, place
	for _, st := range seats {
		want[names[st.PersonID]] = [2]int{st.PhotoRow, st.PhotoPlace}
	}
	rows, err := ExportRows(ctx, s, Seating)
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, r := range rows[1:] {
		if r[0] == photo.Title {
			got = append(got, r)
		}
	}
	if len(got) != len(seats) || len(got) < 10 {
		t.Fatalf("%d rows for %q, %d seats", len(got), photo.Title, len(seats))
	}
	if got[0][1] != host.Code || got[0][4] != "1" || got[0][5] != "0" {
		t.Errorf("first row %q, want the host %s at row 1, place 0", got[0], host.Code)
	}
	// The next in precedence: the host's right (+1), then left (-1).
	cands, _ := seating.Attendees(ctx, s, photo)
	if got[1][2] != cands[1].Name || got[1][5] != "1" || got[2][2] != cands[2].Name || got[2][5] != "-1" {
		t.Errorf("rows 2 and 3: %q %q, want %s at +1 and %s at -1", got[1], got[2], cands[1].Name, cands[2].Name)
	}
	for _, r := range got {
		row, _ := strconv.Atoi(r[4])
		place, _ := strconv.Atoi(r[5])
		if w, ok := want[r[2]]; !ok || w != [2]int{row, place} {
			t.Errorf("%q: app/seating has %v", r, w)
		}
	}
}

// TestDemoChecklistExport: one row per checklist item, English text, times
// with the event's offset.
func TestDemoChecklistExport(t *testing.T) {
	s := openDemo(t)
	all, _ := s.FindChecklist(ctx, "")
	rows, err := ExportRows(ctx, s, Checklists)
	if err != nil || len(rows)-1 != len(all) {
		t.Fatalf("%d rows, %d checklist items, %v", len(rows)-1, len(all), err)
	}
	en := map[string]bool{}
	for _, it := range all {
		en[it.TextEN] = true
	}
	var checked, rechecked int
	for _, r := range rows[1:] {
		if !en[r[3]] || r[0] == "" || r[1] == "" {
			t.Fatalf("row %q", r)
		}
		for _, c := range []string{r[6], r[8]} {
			if c == "" {
				continue
			}
			if x, err := time.Parse(time.RFC3339, c); err != nil || !strings.HasSuffix(c, "+07:00") || x.IsZero() {
				t.Fatalf("time %q in %q", c, r)
			}
		}
		if r[6] != "" {
			checked++
		}
		if r[8] != "" {
			rechecked++
		}
	}
	if checked == 0 || rechecked == 0 {
		t.Errorf("demo checklists: %d checked, %d re-checked", checked, rechecked)
	}
}
