package sync

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
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

func inRanges(rs []data.Range, replica string, h data.HLC) bool {
	for _, r := range rs {
		if r.Replica == replica && r.From <= h && h <= r.To {
			return true
		}
	}
	return false
}
