package sync

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"filippo.io/age"

	"lodesk/data"
)

// Limits on what a pack may make a reader spend: packs come from a shared
// folder and may be anything.
const (
	// MaxPackFile is the largest pack file read; larger ones are skipped.
	MaxPackFile = 256 << 20
	// A body may decompress to inflateRatio times the file's size (and
	// never more than maxInflate): JSON lines of changes compress about
	// ten times; a compression bomb a thousand times or more.
	inflateRatio = 100
	maxInflate   = 1 << 30
	maxLine      = 32 << 20 // one change (a photo is the largest value)
)

// Errors for files the reader does not open at all.
var (
	ErrNotRegular = errors.New("not a regular file (a link, a FIFO or a device): skipped")
	ErrTooLarge   = errors.New("the file is larger than a pack may be: skipped")
	ErrInflates   = errors.New("the pack decompresses to far more than its size (a compression bomb?)")
)

// packFile is a pack as found in the folder: what its first and last lines
// say, read without reading the body.
type packFile struct {
	path    string
	sub     string // the subfolder it lies in
	size    int64
	format  int
	header  Header
	hline   []byte // the header line, newline included
	body    int64  // offset of the body
	trailer []byte // the last line, newline included
}

// inspect reads a pack file's magic, header and trailer lines.
func inspect(path, sub string) (*packFile, error) {
	f, fi, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi.Size() > MaxPackFile {
		return nil, fmt.Errorf("%w (%d bytes; at most %d MiB)", ErrTooLarge, fi.Size(), MaxPackFile>>20)
	}
	p, err := inspectAt(f, fi.Size())
	if err != nil {
		return nil, err
	}
	p.path, p.sub = path, sub
	return p, nil
}

// inspectAt is inspect on size bytes of r.
func inspectAt(r io.ReaderAt, size int64) (*packFile, error) {
	p := &packFile{size: size}
	br := bufio.NewReaderSize(io.NewSectionReader(r, 0, size), 64<<10)
	first, err := readLine(br, 64)
	if err != nil || !bytes.HasPrefix(first, []byte(magic)) {
		if size < int64(len(magic)) && bytes.HasPrefix([]byte(magic), first) {
			return nil, ErrTruncated
		}
		if errors.Is(err, io.ErrUnexpectedEOF) && bytes.HasPrefix(first, []byte(magic)) {
			return nil, ErrTruncated
		}
		return nil, ErrNotPack
	}
	format, err := strconv.Atoi(string(bytes.TrimSuffix(first[len(magic):], []byte("\n"))))
	if err != nil || format < 1 {
		return nil, ErrNotPack
	}
	if format > Format {
		return nil, fmt.Errorf("%w: format %d, this LO Desk reads up to %d", ErrNewerFormat, format, Format)
	}
	p.format = format
	tl := int64(trailerLen)
	if size < int64(len(first))+tl {
		return nil, ErrTruncated
	}
	p.trailer = make([]byte, tl)
	if _, err := r.ReadAt(p.trailer, size-tl); err != nil {
		return nil, ErrTruncated
	}
	if !bytes.HasPrefix(p.trailer, []byte(trailerHead)) || p.trailer[tl-1] != '\n' {
		return nil, ErrTruncated
	}
	p.hline, err = readLine(br, maxHeader)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, ErrTruncated
		}
		return nil, fmt.Errorf("%w: header: %v", ErrAltered, err)
	}
	p.body = int64(len(first) + len(p.hline))
	if p.body > size-tl {
		return nil, ErrTruncated
	}
	dec := json.NewDecoder(bytes.NewReader(p.hline))
	dec.DisallowUnknownFields()
	h := &p.header
	if err := dec.Decode(h); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrAltered, err)
	}
	switch {
	case h.Format != format:
		return nil, fmt.Errorf("%w: header format %d under magic %d", ErrAltered, h.Format, format)
	case h.Schema > data.SchemaVersion():
		return nil, fmt.Errorf("%w: schema %d, this LO Desk knows up to %d", ErrNewerSchema, h.Schema, data.SchemaVersion())
	case h.Schema < 1 || h.Replica == "" || h.Changes < 0:
		return nil, fmt.Errorf("%w: header incomplete", ErrAltered)
	case h.Encryption != "" && h.Encryption != encAge:
		return nil, fmt.Errorf("%w: encryption %q", ErrNewerFormat, h.Encryption)
	}
	for _, r := range h.Ranges {
		if r.Replica == "" || r.From < 1 || r.To < r.From {
			return nil, fmt.Errorf("%w: bad range", ErrAltered)
		}
	}
	return p, nil
}

// readLine reads one line of at most max bytes, newline included.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > max {
			return nil, fmt.Errorf("line longer than %d bytes", max)
		}
		switch {
		case err == nil:
			return line, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			return line, io.ErrUnexpectedEOF
		default:
			return line, err
		}
	}
}

// verify checks the trailer's checksum over the rest of the file, streamed.
func (p *packFile) verify(r io.ReaderAt) error {
	want, err := hex.DecodeString(string(p.trailer[len(trailerHead) : len(p.trailer)-1]))
	if err != nil {
		return ErrAltered
	}
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(r, 0, p.size-int64(len(p.trailer)))); err != nil {
		return fmt.Errorf("%w: %v", ErrTruncated, err)
	}
	if !bytes.Equal(h.Sum(nil), want) {
		return ErrAltered
	}
	return nil
}

// decode checks and reads the whole pack from r; any fault refuses it
// whole. The body is streamed, with limits on what it decompresses to.
func (p *packFile) decode(r io.ReaderAt, passphrase string) (*Pack, error) {
	if err := p.verify(r); err != nil {
		return nil, err
	}
	h := p.header
	var body io.Reader = io.NewSectionReader(r, p.body, p.size-int64(len(p.trailer))-p.body)
	switch {
	case h.Encryption != "" && passphrase == "":
		return nil, ErrNeedPass
	case h.Encryption == "" && passphrase != "":
		return nil, ErrNotEncrypted
	case h.Encryption != "":
		id, err := age.NewScryptIdentity(passphrase)
		if err != nil {
			return nil, err
		}
		id.SetMaxWorkFactor(maxScryptWork)
		dr, err := age.Decrypt(body, id)
		if err != nil {
			var nm *age.NoIdentityMatchError
			if errors.As(err, &nm) {
				return nil, ErrWrongPass
			}
			return nil, fmt.Errorf("%w: %v", ErrAltered, err)
		}
		body = dr
	}
	zr, err := gzip.NewReader(body)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrAltered, err)
	}
	limit := min(int64(maxInflate), inflateRatio*p.size+1<<20)
	sc := bufio.NewScanner(&capReader{r: zr, left: limit})
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	if !sc.Scan() {
		return nil, bodyErr(sc.Err(), "empty body")
	}
	var bh bodyHead
	sum := sha256.Sum256(p.hline)
	if json.Unmarshal(sc.Bytes(), &bh) != nil || bh.HeaderSHA256 != hex.EncodeToString(sum[:]) {
		return nil, fmt.Errorf("%w: the header does not belong to the body", ErrAltered)
	}
	pk := &Pack{Header: h}
	for sc.Scan() {
		if len(pk.Changes) >= h.Changes {
			return nil, fmt.Errorf("%w: more changes than the header says", ErrAltered)
		}
		var w wire
		if err := json.Unmarshal(sc.Bytes(), &w); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadPackChange, err)
		}
		c := data.SyncChange{Replica: w.R, HLC: data.HLC(w.H), Author: w.A, Op: w.O, Table: w.T, RowID: w.I, Field: w.F, Value: w.V, Seen: w.S}
		if err := c.Validate(); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadPackChange, err)
		}
		if !inRanges(h.Ranges, c.Replica, c.HLC) {
			return nil, fmt.Errorf("%w: change outside the pack's ranges", ErrBadPackChange)
		}
		pk.Changes = append(pk.Changes, c)
	}
	if err := sc.Err(); err != nil {
		return nil, bodyErr(err, "")
	}
	if len(pk.Changes) != h.Changes {
		return nil, fmt.Errorf("%w: %d changes, the header says %d", ErrTruncated, len(pk.Changes), h.Changes)
	}
	return pk, nil
}

func bodyErr(err error, empty string) error {
	switch {
	case errors.Is(err, ErrInflates):
		return err
	case errors.Is(err, bufio.ErrTooLong):
		return fmt.Errorf("%w: a line longer than %d MiB", ErrInflates, maxLine>>20)
	case err != nil:
		return fmt.Errorf("%w: %v", ErrAltered, err)
	}
	return fmt.Errorf("%w: %s", ErrAltered, empty)
}

// capReader fails once more than left bytes have been read: a body that
// decompresses beyond its limit is refused, not cut short.
type capReader struct {
	r    io.Reader
	left int64
}

func (c *capReader) Read(b []byte) (int, error) {
	if c.left <= 0 {
		return 0, ErrInflates
	}
	if int64(len(b)) > c.left {
		b = b[:c.left]
	}
	n, err := c.r.Read(b)
	c.left -= int64(n)
	return n, err
}

// ReadHeader checks a pack's magic, format and header without opening the
// body.
func ReadHeader(b []byte) (Header, error) {
	p, err := inspectAt(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return Header{}, err
	}
	return p.header, nil
}

// DecodePack reads a whole pack held in memory; any fault refuses it whole.
func DecodePack(b []byte, passphrase string) (*Pack, error) {
	r := bytes.NewReader(b)
	p, err := inspectAt(r, int64(len(b)))
	if err != nil {
		return nil, err
	}
	return p.decode(r, passphrase)
}
