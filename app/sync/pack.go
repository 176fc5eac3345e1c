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
	"time"

	"filippo.io/age"

	"lodesk/data"
)

// Pack format: a magic line with the format version, one line of JSON
// header, the body (gzip-compressed JSON lines, age-encrypted when a
// passphrase is set) and a trailer line with the SHA-256 of everything
// before it.
//
//	LODESK-PACK 1\n
//	{"format":1,"schema":2,"replica":"...","ranges":[...],"changes":N,...}\n
//	<body>
//	sha256 <64 hex digits>\n
//
// The body's first line holds the SHA-256 of the header line, which ties
// the header to an encrypted body: age authenticates the body, so a header
// altered and re-summed is still caught when the pack is decrypted.
const (
	Format = 1
	Ext    = ".lodeskpack"

	magic       = "LODESK-PACK "
	trailerHead = "sha256 "
	trailerLen  = len(trailerHead) + 64 + 1

	maxHeader  = 1 << 20
	maxBody    = 1 << 30 // decompressed
	encAge     = "age-scrypt"
	scryptWork = 16 // age's default is 18 (about 1 s); packs are many and small
	// maxScryptWork bounds what a forged pack can make us spend (2^18
	// rounds: about 1 s and 256 MiB).
	maxScryptWork = 18
)

// Errors a pack is refused with; each comes wrapped in a *PackError.
var (
	ErrNotPack       = errors.New("not an LO Desk sync pack")
	ErrTruncated     = errors.New("the pack is truncated (incompletely written or copied)")
	ErrAltered       = errors.New("the pack is damaged or was altered (checksum mismatch)")
	ErrNewerFormat   = errors.New("the pack was written by a newer LO Desk (pack format)")
	ErrNewerSchema   = errors.New("the pack was written by a newer LO Desk (event schema)")
	ErrNeedPass      = errors.New("the pack is encrypted: a passphrase is needed")
	ErrWrongPass     = errors.New("wrong passphrase for the pack")
	ErrNotEncrypted  = errors.New("the pack is not encrypted but a passphrase was given")
	ErrBadPackChange = errors.New("the pack holds a malformed change")
	ErrOtherEvent    = errors.New("the pack belongs to another event: use a separate sync folder for each event")
	ErrProtectedSync = errors.New("the event is protected: syncing needs the event passphrase, so that its packs are encrypted")
)

// PackError names the pack file that was refused.
type PackError struct {
	File string
	Err  error
}

func (e *PackError) Error() string { return e.File + ": " + e.Err.Error() }
func (e *PackError) Unwrap() error { return e.Err }

// Header describes a pack; it is readable without the passphrase.
type Header struct {
	Format     int          `json:"format"`
	Schema     int          `json:"schema"`
	Replica    string       `json:"replica"`         // the writer
	Event      string       `json:"event,omitempty"` // the id of the writer's event row
	Number     int          `json:"number"`
	Created    time.Time    `json:"created"`
	Ranges     []data.Range `json:"ranges"` // every change of these ranges is in the pack
	Changes    int          `json:"changes"`
	Encryption string       `json:"encryption,omitempty"`
}

// Pack is a pack read whole.
type Pack struct {
	Header  Header
	Changes []data.SyncChange
}

// wire is a change as a body line.
type wire struct {
	R string          `json:"r"`
	H int64           `json:"h"`
	A string          `json:"a,omitempty"`
	O string          `json:"o"`
	T string          `json:"t"`
	I string          `json:"i"`
	F string          `json:"f,omitempty"`
	V json.RawMessage `json:"v,omitempty"`
	S []data.Stamp    `json:"s,omitempty"`
}

type bodyHead struct {
	HeaderSHA256 string `json:"header_sha256"`
}

// EncodePack writes a pack of the changes; with a passphrase the body is
// encrypted with age (scrypt).
func EncodePack(h Header, changes []data.SyncChange, passphrase string) ([]byte, error) {
	h.Format = Format
	h.Changes = len(changes)
	var plain bytes.Buffer
	var lines bytes.Buffer
	enc := json.NewEncoder(&lines)
	for i := range changes {
		c := &changes[i]
		if err := enc.Encode(wire{R: c.Replica, H: int64(c.HLC), A: c.Author, O: c.Op, T: c.Table, I: c.RowID, F: c.Field, V: c.Value, S: c.Seen}); err != nil {
			return nil, err
		}
	}
	h.Encryption = ""
	if passphrase != "" {
		h.Encryption = encAge
	}
	hj, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	hline := append(hj, '\n')
	sum := sha256.Sum256(hline)
	zw := gzip.NewWriter(&plain)
	head, _ := json.Marshal(bodyHead{HeaderSHA256: hex.EncodeToString(sum[:])})
	zw.Write(append(head, '\n')) //nolint:errcheck // bytes.Buffer
	zw.Write(lines.Bytes())      //nolint:errcheck // bytes.Buffer
	if err := zw.Close(); err != nil {
		return nil, err
	}
	body := plain.Bytes()
	if passphrase != "" {
		if body, err = encrypt(body, passphrase); err != nil {
			return nil, err
		}
	}
	var out bytes.Buffer
	out.WriteString(magic + strconv.Itoa(Format) + "\n")
	out.Write(hline)
	out.Write(body)
	total := sha256.Sum256(out.Bytes())
	out.WriteString(trailerHead + hex.EncodeToString(total[:]) + "\n")
	return out.Bytes(), nil
}

func encrypt(plain []byte, passphrase string) ([]byte, error) {
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, err
	}
	r.SetWorkFactor(scryptWork)
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ReadHeader checks a pack's magic, format, checksum and header without
// opening the body, and returns the header, the header line and the body.
func ReadHeader(b []byte) (Header, []byte, []byte, error) {
	var h Header
	nl := bytes.IndexByte(b, '\n')
	if nl < 0 || nl > 64 || !bytes.HasPrefix(b, []byte(magic)) {
		if len(b) < len(magic) && bytes.HasPrefix([]byte(magic), b) {
			return h, nil, nil, ErrTruncated
		}
		return h, nil, nil, ErrNotPack
	}
	format, err := strconv.Atoi(string(b[len(magic):nl]))
	if err != nil || format < 1 {
		return h, nil, nil, ErrNotPack
	}
	if format > Format {
		return h, nil, nil, fmt.Errorf("%w: format %d, this LO Desk reads up to %d", ErrNewerFormat, format, Format)
	}
	if len(b) < nl+1+trailerLen || !bytes.HasPrefix(b[len(b)-trailerLen:], []byte(trailerHead)) || b[len(b)-1] != '\n' {
		return h, nil, nil, ErrTruncated
	}
	content, trailer := b[:len(b)-trailerLen], b[len(b)-trailerLen:]
	want, err := hex.DecodeString(string(trailer[len(trailerHead) : trailerLen-1]))
	if err != nil {
		return h, nil, nil, ErrAltered
	}
	sum := sha256.Sum256(content)
	if !bytes.Equal(sum[:], want) {
		return h, nil, nil, ErrAltered
	}
	rest := content[nl+1:]
	hl := bytes.IndexByte(rest, '\n')
	if hl < 0 || hl > maxHeader {
		return h, nil, nil, ErrAltered
	}
	hline := rest[:hl+1]
	dec := json.NewDecoder(bytes.NewReader(hline))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		return h, nil, nil, fmt.Errorf("%w: header: %v", ErrAltered, err)
	}
	body := rest[hl+1:]
	switch {
	case h.Format != format:
		return h, nil, nil, fmt.Errorf("%w: header format %d under magic %d", ErrAltered, h.Format, format)
	case h.Schema > data.SchemaVersion():
		return h, nil, nil, fmt.Errorf("%w: schema %d, this LO Desk knows up to %d", ErrNewerSchema, h.Schema, data.SchemaVersion())
	case h.Schema < 1 || h.Replica == "" || h.Changes < 0:
		return h, nil, nil, fmt.Errorf("%w: header incomplete", ErrAltered)
	case h.Encryption != "" && h.Encryption != encAge:
		return h, nil, nil, fmt.Errorf("%w: encryption %q", ErrNewerFormat, h.Encryption)
	}
	for _, r := range h.Ranges {
		if r.Replica == "" || r.From < 1 || r.To < r.From {
			return h, nil, nil, fmt.Errorf("%w: bad range", ErrAltered)
		}
	}
	return h, hline, body, nil
}

// DecodePack reads a whole pack; any fault refuses it whole.
func DecodePack(b []byte, passphrase string) (*Pack, error) {
	h, hline, body, err := ReadHeader(b)
	if err != nil {
		return nil, err
	}
	var r io.Reader = bytes.NewReader(body)
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
		dr, err := age.Decrypt(r, id)
		if err != nil {
			var nm *age.NoIdentityMatchError
			if errors.As(err, &nm) {
				return nil, ErrWrongPass
			}
			return nil, fmt.Errorf("%w: %v", ErrAltered, err)
		}
		r = dr
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrAltered, err)
	}
	sc := bufio.NewScanner(io.LimitReader(zr, maxBody))
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	if !sc.Scan() {
		return nil, fmt.Errorf("%w: empty body", ErrAltered)
	}
	var bh bodyHead
	sum := sha256.Sum256(hline)
	if json.Unmarshal(sc.Bytes(), &bh) != nil || bh.HeaderSHA256 != hex.EncodeToString(sum[:]) {
		return nil, fmt.Errorf("%w: the header does not belong to the body", ErrAltered)
	}
	p := &Pack{Header: h}
	for sc.Scan() {
		if len(p.Changes) >= h.Changes {
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
		p.Changes = append(p.Changes, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrAltered, err)
	}
	if len(p.Changes) != h.Changes {
		return nil, fmt.Errorf("%w: %d changes, the header says %d", ErrTruncated, len(p.Changes), h.Changes)
	}
	return p, nil
}

func inRanges(rs []data.Range, replica string, h data.HLC) bool {
	for _, r := range rs {
		if r.Replica == replica && r.From <= h && h <= r.To {
			return true
		}
	}
	return false
}
