package imex

import (
	"path/filepath"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
)

// xlargeWorkbooks exports the xlarge demo's delegations and people
// (1,000 and 30,094) to workbooks.
func xlargeWorkbooks(b *testing.B) (dels, people string) {
	b.Helper()
	s, err := data.Open(ctx, demotest.File(b, demo.XLarge), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	dir := b.TempDir()
	dels, people = filepath.Join(dir, "delegations.xlsx"), filepath.Join(dir, "people.xlsx")
	if _, err := Export(ctx, s, Delegations, dels); err != nil {
		b.Fatal(err)
	}
	if _, err := Export(ctx, s, People, people); err != nil {
		b.Fatal(err)
	}
	return dels, people
}

// BenchmarkImportPeopleXLSX30k reads and imports the xlarge demo's 30,094
// people from a workbook into an event file holding their delegations
// (target: under 5 s).
func BenchmarkImportPeopleXLSX30k(b *testing.B) {
	dels, people := xlargeWorkbooks(b)
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		s := newStore(b)
		tab, err := ReadFile(dels)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Import(ctx, s, Delegations, tab, false); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0 := demotest.CPUTime()
		tab, err = ReadFile(people)
		if err != nil {
			b.Fatal(err)
		}
		res, err := Import(ctx, s, People, tab, false)
		if err != nil || res.Inserted < 30000 {
			b.Fatalf("%+v %v", res, err)
		}
		cpu += demotest.CPUTime() - t0
	}
	demotest.ReportCPU(b, cpu)
}

// BenchmarkExportPeopleXLSX30k writes the xlarge demo's 30,094 people to
// a workbook (target: under 3 s).
func BenchmarkExportPeopleXLSX30k(b *testing.B) {
	s, err := data.Open(ctx, demotest.File(b, demo.XLarge), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	path := filepath.Join(b.TempDir(), "people.xlsx")
	defer demotest.CPU(b)()
	for b.Loop() {
		if n, err := Export(ctx, s, People, path); err != nil || n < 30000 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkReadPeopleXLSX30k reads the xlarge demo's 30,094 people from a
// workbook, the reading part of BenchmarkImportPeopleXLSX30k.
func BenchmarkReadPeopleXLSX30k(b *testing.B) {
	_, people := xlargeWorkbooks(b)
	defer demotest.CPU(b)()
	for b.Loop() {
		if tab, err := ReadFile(people); err != nil || len(tab.Rows) < 30000 {
			b.Fatal(err)
		}
	}
}
