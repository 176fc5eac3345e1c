package imex

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestReadCSV(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		header []string
		rows   []Row
		err    error
	}{
		{name: "comma", in: "a,b\n1,2\n", header: []string{"a", "b"}, rows: []Row{{N: 2, Cells: []string{"1", "2"}}}},
		{name: "semicolon BOM CRLF", in: "\ufeffa;b\r\n1,5;2\r\n", header: []string{"a", "b"}, rows: []Row{{N: 2, Cells: []string{"1,5", "2"}}}},
		{
			name: "quoted separators", in: "\"a;x\",b,c\n\"1;2\",\"x,y\",3\n", header: []string{"a;x", "b", "c"},
			rows: []Row{{N: 2, Cells: []string{"1;2", "x,y", "3"}}},
		},
		{
			name: "blank lines keep row numbers", in: "a;b\n\n1;2\n;\n3;4\n", header: []string{"a", "b"},
			rows: []Row{{N: 3, Cells: []string{"1", "2"}}, {N: 5, Cells: []string{"3", "4"}}},
		},
		{
			name: "multi-line cell is one row", in: "a,b\n\"x\ny\",1\n2,3\n", header: []string{"a", "b"},
			rows: []Row{{N: 2, Cells: []string{"x\ny", "1"}}, {N: 3, Cells: []string{"2", "3"}}},
		},
		{
			name: "header after blank rows", in: "\n\nkode;nama\nFRA;Prancis\n", header: []string{"kode", "nama"},
			rows: []Row{{N: 4, Cells: []string{"FRA", "Prancis"}}},
		},
		{name: "trailing empty cells trimmed", in: "a,b,,\n 1 , ,,\n", header: []string{"a", "b"}, rows: []Row{{N: 2, Cells: []string{"1"}}}},
		{name: "formula escape undone", in: "a\n'=SUM(1)\n", header: []string{"a"}, rows: []Row{{N: 2, Cells: []string{"=SUM(1)"}}}},
		{name: "tab separated", in: "a\tb\n1\t2\n", header: []string{"a", "b"}, rows: []Row{{N: 2, Cells: []string{"1", "2"}}}},
		{
			name: "UTF-16 Unicode Text", in: "\xff\xfea\x00\t\x00b\x00\r\x00\n\x001\x00\t\x00\xe9\x00\r\x00\n\x00", header: []string{"a", "b"},
			rows: []Row{{N: 2, Cells: []string{"1", "é"}}},
		},
		{name: "empty", in: "\n\n", err: ErrEmpty},
		{name: "not UTF-8", in: "nama\nFran\xe7ois\n", err: ErrNotUTF8},
		{name: "binary", in: "a\x00b\n", err: ErrNotCSV},
		{name: "a workbook named .csv", in: "PK\x03\x04rest", err: ErrNotCSV},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := ReadCSV([]byte(tt.in))
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(tab.Header, tt.header) || !reflect.DeepEqual(tab.Rows, tt.rows) {
				t.Errorf("got %q %+v\nwant %q %+v", tab.Header, tab.Rows, tt.header, tt.rows)
			}
		})
	}
}

func xlsxBytes(t testing.TB, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadXLSX(t *testing.T) {
	b := xlsxBytes(t, [][]any{{"Kode", "Nama"}, {"FRA", "Prancis"}, {}, {"VNM", "Việt Nam"}, {"N", 42}})
	tab, err := ReadXLSX(b)
	if err != nil {
		t.Fatal(err)
	}
	want := []Row{{N: 2, Cells: []string{"FRA", "Prancis"}}, {N: 4, Cells: []string{"VNM", "Việt Nam"}}, {N: 5, Cells: []string{"N", "42"}}}
	if !reflect.DeepEqual(tab.Header, []string{"Kode", "Nama"}) || !reflect.DeepEqual(tab.Rows, want) {
		t.Errorf("got %q %+v", tab.Header, tab.Rows)
	}
	for name, in := range map[string][]byte{
		"truncated":  b[:len(b)/2],
		"not a zip":  []byte("kode,nama\n"),
		"old excel":  append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 600)...),
		"empty zip":  []byte("PK\x05\x06" + strings.Repeat("\x00", 18)),
		"zip header": []byte("PK\x03\x04"),
	} {
		if _, err := ReadXLSX(in); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.csv")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil { // sparse: nothing is read
		t.Fatal(err)
	}
	f.Close()
	if _, err := ReadFile(big); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big.csv") {
		t.Errorf("50 MB: err = %v", err)
	}
	if _, err := Read(bytes.NewReader(make([]byte, MaxFileSize+10)), "pipe.csv", CSV); !errors.Is(err, ErrTooLarge) {
		t.Errorf("reader over the limit: err = %v", err)
	}
	for name, want := range map[string]error{"a.pdf": ErrFormat, "a": ErrFormat, "a.xls": ErrOldExcel} {
		p := writeFile(t, name, "x")
		if _, err := ReadFile(p); !errors.Is(err, want) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: err = %v, want %v", name, err, want)
		}
	}
	p := writeFile(t, "fake.xlsx", "kode;nama\nFRA;Prancis\n")
	if _, err := ReadFile(p); !errors.Is(err, ErrNotXLSX) || !strings.Contains(err.Error(), "fake.xlsx") {
		t.Errorf("text named .xlsx: err = %v", err)
	}
	tab, err := ReadFile(writeFile(t, "ok.CSV", "a;b\n1;2\n"))
	if err != nil || tab.File != "ok.CSV" || tab.Format != CSV {
		t.Errorf("ok.CSV: %+v, %v", tab, err)
	}
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "\ufeffkode;nama\r\nFRA;\"Pran\ncis\"\r\n", "\"", "a\n\"b\"\"c", "'=1;@x\n", "\n\n\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := ReadCSV(b)
		if err == nil {
			for _, r := range tab.Rows {
				if r.N <= tab.HeaderRow {
					t.Fatalf("row %d not after header %d", r.N, tab.HeaderRow)
				}
			}
		}
	})
}

func FuzzReadXLSX(f *testing.F) {
	good := xlsxBytes(f, [][]any{{"code", "name"}, {"FRA", "France"}})
	f.Add(good)
	f.Add(good[:len(good)-20])
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = ReadXLSX(b)
	})
}
