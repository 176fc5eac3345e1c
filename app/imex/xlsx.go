package imex

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/orisano/gosax"
)

// Limits of the XLSX reader beyond the table's own (MaxRows, MaxColumns,
// MaxCells): what it decompresses, the longest run of text between two
// XML tags (a cell holds at most 32,767 characters in Excel), and the
// shared strings it keeps.
const (
	maxUnzipped      = 256 << 20
	maxXMLRun        = 1 << 20
	maxSharedStrings = MaxCells
	maxSharedBytes   = 48 << 20
)

// errXMLRun is a run of text too long for a spreadsheet's XML.
var errXMLRun = errors.New("a text in the workbook is longer than any cell")

// xlsxRows reads the first sheet of a workbook as a stream, calling row
// with each row's number and its cells (raw values: a date is its serial
// number); a row's cells slice is reused. A value beyond MaxColumns, or a
// row beyond MaxRows+1, is refused as it is met, before anything is kept
// for it, so that a small file cannot make the reader allocate more than
// its limits.
func xlsxRows(b []byte, row func(n int, cells []string) error) error {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNotXLSX, err)
	}
	x := &xlsxFile{files: map[string]*zip.File{}, budget: maxUnzipped}
	for _, f := range zr.File {
		x.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	sheet, shared, err := x.parts()
	if err != nil {
		return err
	}
	if shared != "" {
		if err := x.readShared(shared); err != nil {
			return err
		}
	}
	return x.readSheet(sheet, row)
}

type xlsxFile struct {
	files   map[string]*zip.File
	budget  int64 // bytes left to decompress
	strings []string
}

// open decompresses a part through the budget and the XML run limit.
func (x *xlsxFile) open(name string) (*limitedXML, error) {
	f, ok := x.files[name]
	if !ok {
		return nil, fmt.Errorf("%w: no %s", ErrNotXLSX, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotXLSX, name, err)
	}
	return &limitedXML{rc: rc, x: x}, nil
}

// limitedXML counts what is decompressed against the file's budget and
// refuses a run of text between tags longer than maxXMLRun, which an XML
// reader would otherwise hold in memory whole. Read by eachEvent, a run is
// what was read since the last event (a tag, a text, a comment); read by
// encoding/xml (decode), the characters between two tags.
type limitedXML struct {
	rc       io.ReadCloser
	x        *xlsxFile
	run      int
	perEvent bool
}

func (l *limitedXML) Read(p []byte) (int, error) {
	n, err := l.rc.Read(p)
	l.x.budget -= int64(n)
	if l.x.budget < 0 {
		return n, fmt.Errorf("%w: it unpacks to more than %d MB", ErrNotXLSX, maxUnzipped>>20)
	}
	if l.perEvent {
		// The reader asks for at most xmlBuffer bytes at a time beyond
		// the event it is reading.
		if l.run += n; l.run > maxXMLRun+xmlBuffer {
			return n, errXMLRun
		}
		return n, err
	}
	for _, c := range p[:n] {
		if c == '<' || c == '>' {
			l.run = 0
		} else if l.run++; l.run > maxXMLRun {
			return n, errXMLRun
		}
	}
	return n, err
}

func (l *limitedXML) Close() error { return l.rc.Close() }

// rel is one relationship of a part.
type rel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

// parts finds the first sheet and the shared strings ("" if none) by the
// workbook's relationships.
func (x *xlsxFile) parts() (sheet, shared string, err error) {
	book := "xl/workbook.xml"
	var root struct {
		Rels []rel `xml:"Relationship"`
	}
	if err := x.decode("_rels/.rels", &root); err == nil {
		for _, r := range root.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				book = target("", r.Target)
			}
		}
	}
	var wb struct {
		Sheets []struct {
			ID string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := x.decode(book, &wb); err != nil {
		return "", "", err
	}
	if len(wb.Sheets) == 0 {
		return "", "", fmt.Errorf("%w: no sheet", ErrNotXLSX)
	}
	var rels struct {
		Rels []rel `xml:"Relationship"`
	}
	relsName := path.Join(path.Dir(book), "_rels", path.Base(book)+".rels")
	if err := x.decode(relsName, &rels); err != nil {
		return "", "", err
	}
	for _, r := range rels.Rels {
		switch {
		case r.ID == wb.Sheets[0].ID:
			sheet = target(path.Dir(book), r.Target)
		case strings.HasSuffix(r.Type, "/sharedStrings"):
			shared = target(path.Dir(book), r.Target)
		}
	}
	if sheet == "" {
		return "", "", fmt.Errorf("%w: the first sheet is missing", ErrNotXLSX)
	}
	return sheet, shared, nil
}

// target resolves a relationship's target against the folder of its part.
func target(dir, t string) string {
	if strings.HasPrefix(t, "/") {
		return strings.TrimPrefix(path.Clean(t), "/")
	}
	return strings.TrimPrefix(path.Join(dir, t), "/")
}

// decode reads a small part (workbook, relationships) whole.
func (x *xlsxFile) decode(name string, v any) error {
	rc, err := x.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := xml.NewDecoder(rc).Decode(v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrNotXLSX, name, err)
	}
	return nil
}

// readShared reads the shared strings: each <si>'s text, rich runs
// joined; phonetic runs (<rPh>) are not text.
func (x *xlsxFile) readShared(name string) error {
	rc, err := x.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	var cur []byte
	inText, phonetic, size, closed := false, 0, 0, false
	err = eachEvent(rc, name, func(kind uint8, tag, b []byte) (bool, error) {
		switch kind {
		case gosax.EventStart:
			switch string(tag) {
			case "si":
				cur = cur[:0]
			case "t":
				inText = phonetic == 0
			case "rPh":
				phonetic++
			}
		case gosax.EventEnd:
			switch string(tag) {
			case "si":
				if len(x.strings) >= maxSharedStrings || size+len(cur) > maxSharedBytes {
					return false, fmt.Errorf("%w: the workbook holds too much text", ErrTooMany)
				}
				size += len(cur)
				x.strings = append(x.strings, string(cur))
			case "t":
				inText = false
			case "rPh":
				phonetic--
			case "sst":
				closed = true
			}
		case gosax.EventText, gosax.EventCData:
			if inText {
				cur = append(cur, b...)
			}
		}
		return false, nil
	})
	if err == nil && !closed {
		err = fmt.Errorf("%w: %s ends before </sst>", ErrNotXLSX, name)
	}
	return err
}

// xmlBuffer is what the XML reader reads at a time.
const xmlBuffer = 64 << 10

// eachEvent calls fn with each event of a part (a start or end tag with
// its local name, namespace prefix dropped, and what follows the name in
// the tag, its attributes; a text,
// entities decoded; a CDATA section's text), until fn says done, fails,
// or the part ends. Comments, processing instructions and doctypes are
// skipped. What fn is given is valid until it returns.
//
// It reads with gosax, which hands out slices of its buffer rather than
// a value per token as encoding/xml does (a 30,000-row sheet took 1.7 s
// and 420 MB of garbage with encoding/xml), and checks less: a tag left
// open or closed twice is not an error, the sheet's own structure is
// what readSheet follows, and a part must reach its closing tag.
func eachEvent(l *limitedXML, name string, fn func(kind uint8, tag, b []byte) (done bool, err error)) error {
	l.perEvent = true
	r := gosax.NewReaderSize(l, xmlBuffer)
	r.EmitSelfClosingTag = true
	for {
		e, err := r.Event()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return xmlErr(name, err)
		}
		l.run = 0
		var tag, b []byte
		switch kind := e.Type(); kind {
		case gosax.EventEOF:
			return nil
		case gosax.EventStart, gosax.EventEnd:
			tag, b = gosax.Name(e.Bytes)
			if i := bytes.LastIndexByte(tag, ':'); i >= 0 {
				tag = tag[i+1:]
			}
			if done, err := fn(kind, tag, b); done || err != nil {
				return err
			}
		case gosax.EventText:
			if b, err = gosax.Unescape(e.Bytes); err != nil {
				return xmlErr(name, err)
			}
			if done, err := fn(kind, nil, b); done || err != nil {
				return err
			}
		case gosax.EventCData:
			b = bytes.TrimSuffix(bytes.TrimPrefix(e.Bytes, []byte("<![CDATA[")), []byte("]]>"))
			if done, err := fn(kind, nil, b); done || err != nil {
				return err
			}
		}
	}
}

// attr is the value of a tag's attribute, entities decoded ("" if none);
// attrs is what gosax.Name left of the tag after its name.
func attr(attrs []byte, name string) (string, error) {
	for len(attrs) > 0 {
		a, rest, err := gosax.NextAttribute(attrs)
		if err != nil {
			return "", fmt.Errorf("%w: %v", ErrNotXLSX, err)
		}
		if len(a.Key) == 0 {
			return "", nil
		}
		k := a.Key
		if i := bytes.LastIndexByte(k, ':'); i >= 0 {
			k = k[i+1:]
		}
		if string(k) == name {
			v := a.Value
			if len(v) >= 2 {
				v = v[1 : len(v)-1] // the quotes
			}
			if bytes.IndexByte(v, '&') < 0 && bytes.IndexByte(v, '\r') < 0 {
				return string(v), nil
			}
			u, err := gosax.Unescape(append([]byte(nil), v...)) // the tag is read again for other attributes
			if err != nil {
				return "", fmt.Errorf("%w: %v", ErrNotXLSX, err)
			}
			return string(u), nil
		}
		attrs = rest
	}
	return "", nil
}

// readSheet streams the sheet's rows.
func (x *xlsxFile) readSheet(name string, row func(int, []string) error) error {
	rc, err := x.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	var (
		cells          []string
		rowN, col      int // the current row's number; the current cell's column (1 = A)
		kind           string
		val            []byte
		inVal, inCell  bool
		inRow, inSheet bool
		closed         bool
	)
	err = eachEvent(rc, name, func(ev uint8, tag, b []byte) (bool, error) {
		switch ev {
		case gosax.EventStart:
			switch string(tag) {
			case "sheetData":
				inSheet = true
			case "row":
				if !inSheet {
					return false, nil
				}
				n := rowN + 1
				r, err := attr(b, "r")
				if err != nil {
					return false, err
				}
				if r != "" {
					if n, err = strconv.Atoi(r); err != nil || n <= rowN {
						return false, fmt.Errorf("%w: row %q", ErrNotXLSX, r)
					}
				}
				if n > MaxRows+1 {
					return false, fmt.Errorf("row %d: %w (at most %d rows)", n, ErrTooMany, MaxRows)
				}
				rowN, col, cells, inRow = n, 0, cells[:0], true
			case "c":
				if !inRow {
					return false, nil
				}
				c := col + 1
				r, err := attr(b, "r")
				if err != nil {
					return false, err
				}
				if r != "" {
					if c, err = columnOf(r); err != nil || c <= col {
						return false, fmt.Errorf("%w: cell %q", ErrNotXLSX, r)
					}
				}
				if kind, err = attr(b, "t"); err != nil {
					return false, err
				}
				col, inCell, val = c, true, val[:0]
			case "v", "t":
				inVal = inCell
			}
		case gosax.EventEnd:
			switch string(tag) {
			case "v", "t":
				inVal = false
			case "c":
				if !inCell {
					return false, nil
				}
				inCell = false
				v, err := x.value(kind, val)
				if err != nil {
					return false, fmt.Errorf("row %d: %w", rowN, err)
				}
				if v == "" {
					return false, nil // a formatted empty cell
				}
				if col > MaxColumns {
					return false, fmt.Errorf("row %d: %w (a value in column %s; at most %d columns)", rowN, ErrTooMany, ColumnName(col-1), MaxColumns)
				}
				for len(cells) < col-1 {
					cells = append(cells, "")
				}
				cells = append(cells, v)
			case "row":
				if !inRow {
					return false, nil
				}
				inRow = false
				if err := row(rowN, cells); err != nil {
					return false, err
				}
			case "sheetData":
				closed = true
				return true, nil
			}
		case gosax.EventText, gosax.EventCData:
			if inVal {
				val = append(val, b...)
			}
		}
		return false, nil
	})
	if err == nil && !closed {
		// A sheet cut short (in a file that was not finished) must not
		// read as its first rows.
		err = fmt.Errorf("%w: %s ends before </sheetData>", ErrNotXLSX, name)
	}
	return err
}

// value is a cell's raw value: a shared string resolved, an inline
// string's text, anything else (numbers, dates as serials, booleans as
// 1/0, formulas' cached results, errors) as written.
func (x *xlsxFile) value(kind string, v []byte) (string, error) {
	if kind != "s" {
		return string(v), nil
	}
	i, err := strconv.Atoi(string(bytes.TrimSpace(v)))
	if err != nil || i < 0 || i >= len(x.strings) {
		return "", fmt.Errorf("%w: shared string %q", ErrNotXLSX, v)
	}
	return x.strings[i], nil
}

// columnOf reads the column of a cell reference ("AB12" is 28).
func columnOf(ref string) (int, error) {
	n := 0
	for i, r := range ref {
		switch {
		case r >= 'A' && r <= 'Z':
			n = n*26 + int(r-'A') + 1
		case r >= 'a' && r <= 'z':
			n = n*26 + int(r-'a') + 1
		case i > 0 && r >= '0' && r <= '9':
			return n, nil
		default:
			return 0, errors.New("not a cell reference")
		}
		if n > 16384 {
			return 0, errors.New("beyond column XFD")
		}
	}
	return n, nil
}

func xmlErr(name string, err error) error {
	if errors.Is(err, ErrNotXLSX) {
		return err
	}
	return fmt.Errorf("%w: %s: %v", ErrNotXLSX, name, err)
}
