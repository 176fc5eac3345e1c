package imex

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/unicode"
)

// Limits on what an import reads, checked while it reads: a file cannot
// make LO Desk hold more than these, however it is made.
const (
	MaxFileSize = 20 << 20  // bytes; larger files are refused before reading
	MaxRows     = 100_000   // rows after the header, blank ones too (as a spreadsheet numbers them)
	MaxColumns  = 200       // columns up to the last one holding a value
	MaxCells    = 2_000_000 // cells kept: rows times their width
	maxFields   = 16_384    // fields of a CSV record, empty ones too (Excel's XFD)
)

// Errors about the file as a whole.
var (
	ErrTooLarge = fmt.Errorf("the file is larger than %d MB", MaxFileSize>>20)
	ErrNotCSV   = errors.New("not a CSV text file")
	ErrNotUTF8  = errors.New("not UTF-8 text: save it as \"CSV UTF-8\" or as .xlsx")
	ErrNotXLSX  = errors.New("not a readable XLSX workbook (damaged, truncated or another format)")
	ErrFormat   = errors.New("not a .csv or .xlsx file")
	ErrEmpty    = errors.New("the file has no header row")
	ErrTooMany  = errors.New("too many rows or columns")
	ErrOldExcel = errors.New("an old Excel .xls file: save it as .xlsx")
	ErrNotFile  = errors.New("not a regular file (a folder, a device or a pipe)")
)

// Format is a spreadsheet file format.
type Format string

// Formats by extension.
const (
	CSV  Format = "csv"
	XLSX Format = "xlsx"
)

// FormatOf gives the format from a file name's extension.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".txt":
		return CSV, nil
	case ".xlsx", ".xlsm":
		return XLSX, nil
	case ".xls":
		return "", fmt.Errorf("%s: %w", filepath.Base(name), ErrOldExcel)
	}
	return "", fmt.Errorf("%s: %w", filepath.Base(name), ErrFormat)
}

// Row is one spreadsheet row: N as the spreadsheet numbers it (the header
// is row 1) and its cells, trimmed of trailing empty ones.
type Row struct {
	N     int
	Cells []string
}

// Cell returns cell i, or "" past the end.
func (r Row) Cell(i int) string {
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i]
}

// Table is what was read from a file: its header and non-blank data rows.
type Table struct {
	File      string // base name, for messages
	Format    Format
	HeaderRow int // row number of the header (1 unless blank rows come first)
	Header    []string
	Rows      []Row
}

// ReadFile reads a CSV or XLSX file (by extension), refusing one larger
// than MaxFileSize before reading it.
func ReadFile(path string) (*Table, error) {
	name := filepath.Base(path)
	format, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	// A pipe would block the open, a device never end: regular files only,
	// checked before opening and again on what was opened.
	if fi, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	} else if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", name, ErrNotFile)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", name, ErrNotFile)
	}
	if fi.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: %w (%.1f MB)", name, ErrTooLarge, float64(fi.Size())/(1<<20))
	}
	return Read(f, name, format)
}

// Read reads a table in the given format from r, which may hold at most
// MaxFileSize bytes.
func Read(r io.Reader, name string, format Format) (*Table, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
	}
	var t *Table
	switch format {
	case CSV:
		t, err = ReadCSV(b)
	case XLSX:
		t, err = ReadXLSX(b)
	default:
		err = ErrFormat
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	t.File = name
	return t, nil
}

var bom = []byte("\xef\xbb\xbf")

// ReadCSV reads comma- or semicolon-separated UTF-8 text (BOM and CRLF
// allowed; UTF-16 with a BOM too, as Excel's "Unicode Text" is). The separator is the one that splits the header into more
// fields.
func ReadCSV(b []byte) (*Table, error) {
	if bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) {
		// Excel's "Unicode Text": UTF-16 with a BOM, tab-separated.
		u, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrNotCSV, err)
		}
		b = u
	}
	b = bytes.TrimPrefix(b, bom)
	if isZip(b) {
		return nil, fmt.Errorf("%w (it is a workbook: name it .xlsx)", ErrNotCSV)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, ErrNotCSV
	}
	if !utf8.Valid(b) {
		return nil, ErrNotUTF8
	}
	sep := separator(b)
	if err := csvBounds(b, byte(sep)); err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(b))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var tb tableBuilder
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("row %d: %w: %v", pe.StartLine, ErrNotCSV, pe.Err)
			}
			return nil, fmt.Errorf("%w: %v", ErrNotCSV, err)
		}
		// A spreadsheet numbers a blank line as a row, and a record with
		// line breaks in a quoted cell as one row: the record's row is the
		// line it starts on, less the breaks inside earlier records.
		start, _ := cr.FieldPos(0)
		for i, c := range rec {
			rec[i] = unescapeFormula(c)
		}
		if err := tb.add(start-tb.inside, rec); err != nil {
			return nil, err
		}
		end, _ := cr.FieldPos(len(rec) - 1)
		tb.inside += end - start + strings.Count(rec[len(rec)-1], "\n")
	}
	t, err := tb.table()
	if err != nil {
		return nil, err
	}
	t.Format = CSV
	return t, nil
}

// csvBounds refuses, before a CSV is parsed, a text with more rows than
// MaxRows+1 (blank lines too) or a record with a value past MaxColumns or
// more fields than any spreadsheet has: the CSV parser would otherwise
// build them whole. Quotes are read as the parser reads them, lazily.
func csvBounds(b []byte, sep byte) error {
	rows, fields, last := 1, 1, 0 // last: the last field of the record holding a value
	quoted, atStart := false, true
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case quoted:
			if c == '"' {
				if i+1 < len(b) && b[i+1] == '"' {
					i++
				} else if i+1 == len(b) || b[i+1] == sep || b[i+1] == '\n' || b[i+1] == '\r' {
					quoted = false
				}
			}
			continue
		case c == '"' && atStart:
			quoted, atStart = true, false
			continue
		case c == sep:
			fields++
			atStart = true
			if fields > maxFields {
				return fmt.Errorf("row %d: %w (more than %d columns)", rows, ErrTooMany, maxFields)
			}
			continue
		case c == '\n':
			rows++
			fields, last, atStart = 1, 0, true
			if rows > MaxRows+1 && i+1 < len(b) { // blank lines count too
				return fmt.Errorf("row %d: %w (at most %d rows)", rows, ErrTooMany, MaxRows)
			}
			continue
		case c == ' ' || c == '\t' || c == '\r':
			continue
		}
		atStart = false
		if fields > last {
			last = fields
			if last > MaxColumns {
				return fmt.Errorf("row %d: %w (a value in column %s; at most %d columns)", rows, ErrTooMany, ColumnName(last-1), MaxColumns)
			}
		}
	}
	return nil
}

// separator picks ';' or ',' (or a tab) by which splits the first non-blank line
// into the most fields outside quotes.
func separator(b []byte) rune {
	var line []byte
	for br := bufio.NewReader(bytes.NewReader(b)); len(bytes.TrimSpace(line)) == 0; {
		l, _, err := br.ReadLine()
		if err != nil {
			break
		}
		line = l
	}
	counts := map[rune]int{}
	quoted := false
	for _, r := range string(line) {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ',' || r == ';' || r == '\t'):
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// tableBuilder keeps the non-blank rows as they are read, the first as
// the header, each trimmed and copied (a reader's slice is not kept), and
// refuses a table past its limits as soon as it gets there.
type tableBuilder struct {
	t      Table
	cells  int
	inside int // line breaks inside quoted CSV cells so far
}

// add keeps row n (numbered as a spreadsheet shows it).
func (tb *tableBuilder) add(n int, rec []string) error {
	if n > MaxRows+1 {
		return fmt.Errorf("row %d: %w (at most %d rows)", n, ErrTooMany, MaxRows)
	}
	rec = trimRow(rec)
	switch {
	case len(rec) == 0:
		return nil
	case len(rec) > MaxColumns:
		return fmt.Errorf("row %d: %w (%d columns; at most %d)", n, ErrTooMany, len(rec), MaxColumns)
	}
	if tb.cells += len(rec); tb.cells > MaxCells {
		return fmt.Errorf("row %d: %w (more than %d cells)", n, ErrTooMany, MaxCells)
	}
	rec = append([]string(nil), rec...)
	if tb.t.Header == nil {
		tb.t.HeaderRow, tb.t.Header = n, rec
		return nil
	}
	tb.t.Rows = append(tb.t.Rows, Row{N: n, Cells: rec})
	return nil
}

// table is what was kept; a file without a non-blank row has no header.
func (tb *tableBuilder) table() (*Table, error) {
	if tb.t.Header == nil {
		return nil, ErrEmpty
	}
	t := tb.t
	return &t, nil
}

// trimRow trims each cell and drops trailing empty cells.
func trimRow(rec []string) []string {
	for i, c := range rec {
		rec[i] = strings.TrimSpace(strings.ToValidUTF8(c, "\uFFFD"))
	}
	n := len(rec)
	for n > 0 && rec[n-1] == "" {
		n--
	}
	return rec[:n]
}

func isZip(b []byte) bool { return bytes.HasPrefix(b, []byte("PK\x03\x04")) }

// ReadXLSX reads the first sheet of a workbook as a stream (xlsxRows),
// with raw cell values (a date cell gives its serial number, which time
// columns understand).
func ReadXLSX(b []byte) (t *Table, err error) {
	if bytes.HasPrefix(b, []byte("\xd0\xcf\x11\xe0")) {
		return nil, ErrOldExcel
	}
	if !isZip(b) {
		return nil, ErrNotXLSX
	}
	defer func() { // a damaged workbook must not take the app down
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("%w: %v", ErrNotXLSX, r)
		}
	}()
	var tb tableBuilder
	if err := xlsxRows(b, tb.add); err != nil {
		return nil, err
	}
	if t, err = tb.table(); err != nil {
		return nil, err
	}
	t.Format = XLSX
	return t, nil
}

// ColumnName is a spreadsheet's letter for column index i (0 = "A").
func ColumnName(i int) string {
	s, err := excelize.ColumnNumberToName(i + 1)
	if err != nil {
		return fmt.Sprint(i + 1)
	}
	return s
}
