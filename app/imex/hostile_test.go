package imex

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// memLimit is what reading one hostile file may allocate in all: the
// process must stay well under 200 MB.
const memLimit = 200 << 20

// allocated is what fn allocates in all (freed or not): an upper bound of
// the heap it needs at its peak.
func allocated(fn func()) uint64 {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// rawXLSX is a workbook whose first sheet's <sheetData> is rows, written
// by hand so that a test can make what no spreadsheet program would.
func rawXLSX(t testing.TB, rows func(w *strings.Builder)) []byte {
	t.Helper()
	var sheet strings.Builder
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	rows(&sheet)
	sheet.WriteString(`</sheetData></worksheet>`)
	return rawXLSXSheet(t, sheet.String())
}

// rawXLSXSheet is a workbook whose first sheet is the XML given.
func rawXLSXSheet(t testing.TB, sheet string) []byte {
	t.Helper()
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", sheet},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestHostileSpreadsheets: files made to exhaust memory are refused with
// a clear message while reading, allocating far less than 200 MB; the
// same shapes within the limits still read.
func TestHostileSpreadsheets(t *testing.T) {
	xfd := rawXLSX(t, func(w *strings.Builder) { // what allocated 16,384 cells a row before
		for r := 1; r <= 2_000; r++ {
			fmt.Fprintf(w, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c><c r="XFD%d"><v>1</v></c></row>`, r, r, r)
		}
	})
	styled := rawXLSX(t, func(w *strings.Builder) { // formatted, empty cells out to XFD: no values there
		for r := 1; r <= 20_000; r++ {
			fmt.Fprintf(w, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>x%d</t></is></c><c r="XFD%d" s="1"/></row>`, r, r, r, r)
		}
	})
	farRow := rawXLSX(t, func(w *strings.Builder) {
		w.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c></row>`)
		w.WriteString(`<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>`)
	})
	longText := rawXLSX(t, func(w *strings.Builder) {
		fmt.Fprintf(w, `<row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row>`, strings.Repeat("a", 3<<20))
	})
	longComment := rawXLSX(t, func(w *strings.Builder) { // '<' inside: a run that never ends a tag
		fmt.Fprintf(w, `<!--%s-->`, strings.Repeat("<a>", 1<<20))
	})
	openQuote := rawXLSX(t, func(w *strings.Builder) { // '>' inside an attribute that is never closed
		fmt.Fprintf(w, `<row r="1"><c r="A1" t="%s"/></row>`, strings.Repeat(">", 3<<20))
	})
	cut := rawXLSXSheet(t, `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>FR`)
	tests := []struct {
		name string
		in   []byte
		read func([]byte) (*Table, error)
		err  error  // nil: it reads
		msg  string // what the error says
	}{
		{"xlsx: a value in column XFD", xfd, ReadXLSX, ErrTooMany, "row 1: too many rows or columns (a value in column XFD"},
		{"xlsx: empty cells out to XFD", styled, ReadXLSX, nil, ""},
		{"xlsx: a row past the last", farRow, ReadXLSX, ErrTooMany, "row 1048576"},
		{"xlsx: a text longer than a cell", longText, ReadXLSX, ErrNotXLSX, "longer than any cell"},
		{"xlsx: a sheet cut short", cut, ReadXLSX, ErrNotXLSX, "ends before </sheetData>"},
		{"xlsx: a comment of 3 MB", longComment, ReadXLSX, ErrNotXLSX, "longer than any cell"},
		{"xlsx: an attribute of 3 MB never closed", openQuote, ReadXLSX, ErrNotXLSX, "longer than any cell"},
		{"csv: 20 MB of blank lines", bytes.Repeat([]byte("\n"), MaxFileSize), ReadCSV, ErrTooMany, "at most 100000 rows"},
		{"csv: 20 MB of blank lines, then a header", append(bytes.Repeat([]byte("\r\n"), MaxFileSize/2-10), "a,b\n"...), ReadCSV, ErrTooMany, "at most 100000 rows"},
		{"csv: one line of 20 MB of commas", bytes.Repeat([]byte(","), MaxFileSize), ReadCSV, ErrTooMany, "more than 16384 columns"},
		{"csv: a value in column 201", []byte("a" + strings.Repeat(",", MaxColumns) + "x\n"), ReadCSV, ErrTooMany, "a value in column GS"},
		{"csv: trailing empty fields past 200", []byte("a,b" + strings.Repeat(",", 500) + "\n1,2" + strings.Repeat(",", 500) + "\n"), ReadCSV, nil, ""},
		{"csv: 100,000 rows of 21 cells", bytes.Repeat([]byte(strings.Repeat("x,", 20)+"x\n"), MaxRows), ReadCSV, ErrTooMany, "more than 2000000 cells"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.in) > MaxFileSize {
				t.Fatalf("the input is %d bytes, over MaxFileSize", len(tt.in))
			}
			if strings.HasPrefix(tt.name, "xlsx") && len(tt.in) > 1<<20 {
				t.Fatalf("the workbook is %d bytes, want under 1 MB", len(tt.in))
			}
			var err error
			n := allocated(func() { _, err = tt.read(tt.in) })
			switch {
			case tt.err == nil && err != nil:
				t.Fatalf("refused: %v", err)
			case tt.err != nil && !errors.Is(err, tt.err):
				t.Fatalf("err = %v, want %v", err, tt.err)
			case tt.err != nil && !strings.Contains(err.Error(), tt.msg):
				t.Errorf("the error says %q, want it to say %q", err, tt.msg)
			}
			if n > memLimit {
				t.Errorf("reading allocated %d MB, want under %d MB", n>>20, memLimit>>20)
			}
			t.Logf("%d KB in, %d MB allocated", len(tt.in)>>10, n>>20)
		})
	}
}

// TestExportNeutralisesFormulas: a cell Excel would run as a formula is
// written so that it shows as text, in CSV (a leading apostrophe) and in
// XLSX (a string cell, never a formula), and reads back as it was.
func TestExportNeutralisesFormulas(t *testing.T) {
	cells := []string{
		"-2+3", `+HYPERLINK("http://example.org/x","click")`, "=1+1", "@SUM(A1)", "\tx",
		"＝1+1", "＋1", "－1", "＠A1", "'=already quoted", "+6281234567890", "-5", "-1.5", "note",
	}
	wantCSV := map[string]bool{ // does the CSV cell start with an apostrophe?
		"-2+3": true, `+HYPERLINK("http://example.org/x","click")`: true, "=1+1": true, "@SUM(A1)": true, "\tx": true,
		"＝1+1": true, "＋1": true, "－1": true, "＠A1": true, "'=already quoted": true, "+6281234567890": true,
	}
	rows := [][]string{{"notes"}}
	for _, c := range cells {
		rows = append(rows, []string{c})
	}
	b, err := encodeCSV(rows)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csvReader(b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cells {
		got := recs[i+1][0]
		if quoted := strings.HasPrefix(got, "'"); quoted != wantCSV[c] || strings.TrimPrefix(got, "'") != c && wantCSV[c] {
			t.Errorf("CSV cell for %q is %q", c, got)
		}
	}
	x, err := encodeXLSX(rows, "notes")
	if err != nil {
		t.Fatal(err)
	}
	if sheet := sheetXML(t, x); strings.Contains(sheet, "<f>") || strings.Contains(sheet, "<f ") {
		t.Errorf("the workbook holds a formula:\n%s", sheet)
	}
	for name, read := range map[string]func() (*Table, error){
		"csv": func() (*Table, error) { return ReadCSV(b) }, "xlsx": func() (*Table, error) { return ReadXLSX(x) },
	} {
		tab, err := read()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for i, c := range cells {
			if got := tab.Rows[i].Cell(0); got != strings.TrimSpace(c) {
				t.Errorf("%s: %q read back as %q", name, c, got)
			}
		}
	}
}

func csvReader(b []byte) *csv.Reader {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, bom)))
	r.FieldsPerRecord = -1
	return r
}

// sheetXML is the first sheet's XML of a workbook.
func sheetXML(t *testing.T, b []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/worksheets/") {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			var s strings.Builder
			if _, err := io.Copy(&s, rc); err != nil {
				t.Fatal(err)
			}
			return s.String()
		}
	}
	t.Fatal("no sheet")
	return ""
}
