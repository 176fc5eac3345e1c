package sync

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/hmac"
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
	maxLine      = 4 << 20 // one change (a photo, at most 400 pixels a side, is the largest value)
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
	if p.trailer, err = readTrailer(r, size, format); err != nil {
		return nil, err
	}
	tl := int64(len(p.trailer))
	if size < int64(len(first))+tl {
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
	case format == 1 && h.Encryption != "" && h.Encryption != encAge:
		return nil, fmt.Errorf("%w: encryption %q", ErrNewerFormat, h.Encryption)
	case format > 1 && (h.Encryption != "" || len(h.Ranges) > 0 || h.Changes != 0):
		return nil, fmt.Errorf("%w: header of format 1 fields in format %d", ErrAltered, format)
	case format > 1 && (h.Key == "") != (h.Wrapped == ""):
		return nil, fmt.Errorf("%w: header names half a key", ErrAltered)
	case format > 1 && (h.Key != "") != bytes.HasPrefix(p.trailer, []byte(trailerMAC)):
		return nil, fmt.Errorf("%w: trailer does not fit the header", ErrAltered)
	}
	for _, r := range h.Ranges {
		if r.Replica == "" || r.From < 1 || r.To < r.From {
			return nil, fmt.Errorf("%w: bad range", ErrAltered)
		}
	}
	return p, nil
}

// readTrailer reads a pack's last line: "sha256 HEX" or, from format 2 on,
// "hmac-sha256 HEX".
func readTrailer(r io.ReaderAt, size int64, format int) ([]byte, error) {
	tail := make([]byte, min(size, 128))
	if _, err := r.ReadAt(tail, size-int64(len(tail))); err != nil && !errors.Is(err, io.EOF) {
		return nil, ErrTruncated
	}
	if len(tail) == 0 || tail[len(tail)-1] != '\n' {
		return nil, ErrTruncated
	}
	// The body before the trailer is binary: the trailer is found by its
	// fixed length and prefix.
	fits := func(head string) []byte {
		n := len(head) + 64 + 1
		if len(tail) < n || !bytes.HasPrefix(tail[len(tail)-n:], []byte(head)) {
			return nil
		}
		return tail[len(tail)-n:]
	}
	var line []byte
	if format > 1 { // first: "hmac-sha256 " ends like "sha256 "
		line = fits(trailerMAC)
	}
	if line == nil {
		line = fits(trailerHead)
	}
	if line == nil {
		return nil, ErrTruncated
	}
	return bytes.Clone(line), nil
}

// Trailer is the pack's name in sync_pack: its last line, without the
// newline.
func (p *packFile) Trailer() string { return string(p.trailer[:len(p.trailer)-1]) }

var errLongLine = errors.New("line too long")

// readLine reads one line of at most max bytes, newline included.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > max {
			return nil, fmt.Errorf("%w (over %d bytes)", errLongLine, max)
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

// verify checks the trailer's checksum, or for a protected pack its MAC
// under k, over the rest of the file, streamed.
func (p *packFile) verify(r io.ReaderAt, k *packKey) error {
	sp := bytes.IndexByte(p.trailer, ' ')
	want, err := hex.DecodeString(string(p.trailer[sp+1 : len(p.trailer)-1]))
	if err != nil {
		return ErrAltered
	}
	if p.format == 1 || p.header.Key == "" {
		k = nil
	}
	h, _ := trailerHash(k)
	if _, err := io.Copy(h, io.NewSectionReader(r, 0, p.size-int64(len(p.trailer)))); err != nil {
		return fmt.Errorf("%w: %v", ErrTruncated, err)
	}
	if !hmac.Equal(h.Sum(nil), want) {
		if k != nil {
			return fmt.Errorf("%w (not authenticated with the event key)", ErrAltered)
		}
		return ErrAltered
	}
	return nil
}

// decode checks and reads the whole pack from r; any fault refuses it
// whole. The body is streamed, with limits on what it decompresses to. A
// format-1 pack is opened with the passphrase, a protected pack of format
// 2 with k.
func (p *packFile) decode(r io.ReaderAt, passphrase string, k *packKey) (*Pack, error) {
	h := p.header
	if p.format > 1 && h.Key != "" && (k == nil || k.id != h.Key) {
		return nil, ErrNeedPass
	}
	if err := p.verify(r, k); err != nil {
		return nil, err
	}
	var body io.Reader = io.NewSectionReader(r, p.body, p.size-int64(len(p.trailer))-p.body)
	var err error
	if p.format == 1 {
		body, err = openV1(body, h, passphrase)
	} else if h.Key != "" {
		body, err = openAge(body, k.secret, maxKeyScryptWork)
	}
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(body)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrAltered, err)
	}
	limit := min(int64(maxInflate), inflateRatio*p.size+1<<20)
	sc := &lines{r: bufio.NewReaderSize(&capReader{r: zr, left: limit}, 64<<10)}
	if !sc.Scan() {
		return nil, bodyErr(sc.Err(), "empty body")
	}
	var bh bodyHead
	sum := sha256.Sum256(p.hline)
	if json.Unmarshal(sc.Bytes(), &bh) != nil || bh.HeaderSHA256 != hex.EncodeToString(sum[:]) {
		return nil, fmt.Errorf("%w: the header does not belong to the body", ErrAltered)
	}
	origins := map[string]bool{h.Replica: true}
	for _, o := range h.Relays {
		origins[o] = true
	}
	pk := &Pack{Header: h, Stamps: data.StampSet{}, Trailer: p.Trailer()}
	// Room for the changes a pack of this size usually holds (about 48
	// compressed bytes each), bounded, so that 100,000 changes are not
	// copied again at every doubling.
	pk.Changes = make([]data.SyncChange, 0, min(p.size/48, maxPrealloc))
	ended := false
	n := 0 // change lines
	dec := newLineDecoder(p.format, h, origins)
	var readErr error
	for !dec.failed.Load() && sc.Scan() {
		line := sc.Bytes()
		if ended {
			readErr = fmt.Errorf("%w: lines after the end", ErrAltered)
			break
		}
		if p.format > 1 && bytes.HasPrefix(line, []byte(`{"end":`)) {
			var e bodyEnd
			if json.Unmarshal(line, &e) != nil || e.End == nil || *e.End != n {
				readErr = fmt.Errorf("%w: the end line does not count the changes", ErrTruncated)
				break
			}
			ended = true
			continue
		}
		if p.format == 1 && n >= h.Changes {
			readErr = fmt.Errorf("%w: more changes than the header says", ErrAltered)
			break
		}
		dec.add(line) // each line is a new slice (readLine)
		n++
	}
	if err := sc.Err(); err != nil && readErr == nil {
		readErr = bodyErr(err, "")
	}
	if err := dec.finish(pk, readErr); err != nil {
		return nil, err
	}
	if p.format == 1 && len(pk.Changes) != h.Changes {
		return nil, fmt.Errorf("%w: %d changes, the header says %d", ErrTruncated, len(pk.Changes), h.Changes)
	}
	if p.format > 1 && !ended {
		return nil, fmt.Errorf("%w: no end line", ErrTruncated)
	}
	return pk, nil
}

// openV1 opens a format-1 body: encrypted with age to the passphrase, or
// plain.
func openV1(body io.Reader, h Header, passphrase string) (io.Reader, error) {
	switch {
	case h.Encryption != "" && passphrase == "":
		return nil, ErrNeedPass
	case h.Encryption == "":
		return body, nil
	}
	return openAge(body, passphrase, maxScryptWork)
}

// openAge decrypts an age body encrypted to a passphrase (scrypt).
func openAge(body io.Reader, passphrase string, maxWork int) (io.Reader, error) {
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, err
	}
	id.SetMaxWorkFactor(maxWork)
	dr, err := age.Decrypt(body, id)
	if err != nil {
		var nm *age.NoIdentityMatchError
		if errors.As(err, &nm) {
			return nil, ErrWrongPass
		}
		return nil, fmt.Errorf("%w: %v", ErrAltered, err)
	}
	return dr, nil
}

// maxPrealloc bounds the changes decode makes room for before reading them.
const maxPrealloc = 1 << 18

// lines reads a body line by line, each at most maxLine bytes, in time
// linear in what it reads.
type lines struct {
	r    *bufio.Reader
	line []byte
	err  error
}

func (l *lines) Scan() bool {
	if l.err != nil {
		return false
	}
	line, err := readLine(l.r, maxLine)
	switch {
	case err == nil:
	case errors.Is(err, io.ErrUnexpectedEOF) && len(line) > 0:
		err = nil // the last line, without its newline
	case errors.Is(err, io.ErrUnexpectedEOF):
		err = io.EOF
	}
	if err != nil {
		l.err = err
		return false
	}
	l.line = bytes.TrimSuffix(line, []byte("\n"))
	return true
}

func (l *lines) Bytes() []byte { return l.line }

func (l *lines) Err() error {
	if errors.Is(l.err, io.EOF) {
		return nil
	}
	return l.err
}

func bodyErr(err error, empty string) error {
	switch {
	case errors.Is(err, ErrInflates):
		return err
	case errors.Is(err, errLongLine):
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
// A protected pack needs its event key k; a format-1 pack encrypted with a
// passphrase needs the passphrase.
func DecodePack(b []byte, k *data.EventKey, passphrase string) (*Pack, error) {
	r := bytes.NewReader(b)
	p, err := inspectAt(r, int64(len(b)))
	if err != nil {
		return nil, err
	}
	return p.decode(r, passphrase, keyOf(k))
}
