package sync

import (
	"bytes"
	"compress/gzip"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"strconv"
	"time"

	"filippo.io/age"

	"lodesk/data"
)

// Pack format 2 (docs/design.md, "Sync"): a magic line with the format
// version, one line of JSON header, the body and a trailer line.
//
//	LODESK-PACK 2\n
//	{"format":2,"schema":6,"replica":"...","event":"...","number":3,...}\n
//	<body>
//	sha256 <hex>\n             (a plain pack)
//	hmac-sha256 <hex>\n        (a protected one)
//
// The body is gzip-compressed JSON lines: {"header_sha256":...}, which ties
// the header to the body, then one change per line, then {"end":N}. In a
// protected event the header names the event key (its id, and the key
// wrapped with the passphrase, so that a laptop that has not got it yet can
// open it with the passphrase), the body is encrypted with age to a secret
// derived from that key, and the trailer is an HMAC of everything before
// it under another key derived from it: a pack written without the key
// cannot pass. Format 1 packs (read.go) are still read.
const (
	Format = 2
	Ext    = ".lodeskpack"

	magic       = "LODESK-PACK "
	trailerHead = "sha256 "
	trailerMAC  = "hmac-sha256 "
	trailerLen  = len(trailerHead) + 64 + 1 // format 1, and a plain pack of format 2

	maxHeader = 1 << 20
	encAge    = "age-scrypt" // format 1: the body encrypted with age to the passphrase
	keyV1     = "passphrase" // the key id recorded for such a pack
	// maxScryptWork bounds what a forged format-1 pack can make us spend
	// (2^18 rounds: about 1 s and 256 MiB).
	maxScryptWork = 18
	// A protected pack's body is encrypted with age to a secret derived from
	// the event key, which is random: scrypt's work adds nothing, so the
	// least is asked, and a reader refuses more.
	keyScryptWork    = 10
	maxKeyScryptWork = 12
)

// Errors a pack is refused with; each comes wrapped in a *PackError.
var (
	ErrNotPack       = errors.New("not an LO Desk sync pack")
	ErrTruncated     = errors.New("the pack is truncated (incompletely written or copied)")
	ErrAltered       = errors.New("the pack is damaged or was altered (checksum mismatch)")
	ErrNewerFormat   = errors.New("the pack was written by a newer LO Desk (pack format)")
	ErrNewerSchema   = errors.New("the pack was written by a newer LO Desk (event schema)")
	ErrNeedPass      = errors.New("the pack is protected: the event passphrase is needed")
	ErrWrongPass     = errors.New("the pack is protected with another passphrase")
	ErrBadPackChange = errors.New("the pack holds a malformed change")
	ErrOtherEvent    = errors.New("the pack belongs to another event: use a separate sync folder for each event")
	ErrProtectedSync = errors.New("the event is protected: syncing needs the event passphrase, so that its packs are encrypted")
	ErrUnprotected   = errors.New("the pack is not protected with the event's key (written before the event was protected, or without the passphrase): it changes nothing until its laptop syncs with the passphrase")
	ErrWrongFolder   = errors.New("the pack's replica is not the subfolder it lies in (a pack copied into another laptop's subfolder)")
	ErrForeignOrigin = errors.New("the pack holds changes in the name of a laptop that did not make them")
	ErrNotProtected  = errors.New("the event is not protected and the folder's packs are not encrypted: protect the event first (File > Protect event), or sync without a passphrase")
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
	Format   int       `json:"format"`
	Schema   int       `json:"schema"`
	Replica  string    `json:"replica"`         // the writer, which names the subfolder
	Event    string    `json:"event,omitempty"` // the id of the writer's event row
	Number   int       `json:"number"`
	Created  time.Time `json:"created"`
	Snapshot bool      `json:"snapshot,omitempty"` // replaces the lower-numbered packs of its subfolder
	Relays   []string  `json:"relays,omitempty"`   // other origins whose changes the pack carries
	Key      string    `json:"key,omitempty"`      // protected: the id of the event key
	Wrapped  string    `json:"wrapped,omitempty"`  // protected: that key wrapped with the passphrase

	// Format 1 only.
	Ranges     []data.Range `json:"ranges,omitempty"`
	Changes    int          `json:"changes,omitempty"`
	Encryption string       `json:"encryption,omitempty"`
}

// Pack is a pack read whole.
type Pack struct {
	Header  Header
	Changes []data.SyncChange
	Stamps  data.StampSet // the stamps of its changes
	Trailer string        // its last line, without the newline: its name in sync_pack
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

type bodyEnd struct {
	End *int `json:"end"`
}

// packKey is what a protected pack is written and read with, derived from
// an event key.
type packKey struct {
	id, wrapped string
	secret      string // the age passphrase of the body
	mac         []byte // the HMAC key of the trailer
}

func keyOf(k *data.EventKey) *packKey {
	if k == nil {
		return nil
	}
	return &packKey{id: k.ID, wrapped: k.Wrapped, secret: hex.EncodeToString(k.Derive("pack body")), mac: k.Derive("pack mac")}
}

// trailerHash is the hash the trailer is made of: SHA-256, or an HMAC
// under the pack key.
func trailerHash(k *packKey) (hash.Hash, string) {
	if k == nil {
		return sha256.New(), trailerHead
	}
	return hmac.New(sha256.New, k.mac), trailerMAC
}

// writePack writes a pack of the changes to w; with a key it is protected.
// It returns the trailer (without its newline) and the stamps written.
func writePack(w io.Writer, h Header, changes []data.SyncChange, k *packKey) (string, data.StampSet, error) {
	h.Format = Format
	h.Changes, h.Ranges, h.Encryption = 0, nil, ""
	h.Key, h.Wrapped = "", ""
	if k != nil {
		h.Key, h.Wrapped = k.id, k.wrapped
	}
	stamps := data.StampSet{}
	relays := map[string]bool{}
	for i := range changes {
		stamps.Add(changes[i].Replica, changes[i].HLC)
		if changes[i].Replica != h.Replica {
			relays[changes[i].Replica] = true
		}
	}
	h.Relays = nil
	for _, o := range stamps.Origins() {
		if relays[o] {
			h.Relays = append(h.Relays, o)
		}
	}
	hj, err := json.Marshal(h)
	if err != nil {
		return "", nil, err
	}
	hline := append(hj, '\n')
	sum, head := trailerHash(k)
	out := io.MultiWriter(w, sum)
	if _, err := io.WriteString(out, magic+strconv.Itoa(Format)+"\n"); err != nil {
		return "", nil, err
	}
	if _, err := out.Write(hline); err != nil {
		return "", nil, err
	}
	var body io.WriteCloser = nopCloser{out}
	if k != nil {
		r, err := age.NewScryptRecipient(k.secret)
		if err != nil {
			return "", nil, err
		}
		r.SetWorkFactor(keyScryptWork)
		if body, err = age.Encrypt(out, r); err != nil {
			return "", nil, err
		}
	}
	zw := gzip.NewWriter(body)
	enc := json.NewEncoder(zw)
	hs := sha256.Sum256(hline)
	if err := enc.Encode(bodyHead{HeaderSHA256: hex.EncodeToString(hs[:])}); err != nil {
		return "", nil, err
	}
	for i := range changes {
		c := &changes[i]
		if err := enc.Encode(wire{R: c.Replica, H: int64(c.HLC), A: c.Author, O: c.Op, T: c.Table, I: c.RowID, F: c.Field, V: c.Value, S: c.Seen}); err != nil {
			return "", nil, err
		}
	}
	n := len(changes)
	if err := enc.Encode(bodyEnd{End: &n}); err != nil {
		return "", nil, err
	}
	if err := zw.Close(); err != nil {
		return "", nil, err
	}
	if err := body.Close(); err != nil {
		return "", nil, err
	}
	trailer := head + hex.EncodeToString(sum.Sum(nil))
	if _, err := io.WriteString(w, trailer+"\n"); err != nil {
		return "", nil, err
	}
	return trailer, stamps, nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// EncodePack is writePack into memory, with the key's pack keys when k is
// not nil (tests, fuzzing).
func EncodePack(h Header, changes []data.SyncChange, k *data.EventKey) ([]byte, error) {
	var b bytes.Buffer
	if _, _, err := writePack(&b, h, changes, keyOf(k)); err != nil {
		return nil, fmt.Errorf("encode pack: %w", err)
	}
	return b.Bytes(), nil
}

func inRanges(rs []data.Range, replica string, h data.HLC) bool {
	for _, r := range rs {
		if r.Replica == replica && r.From <= h && h <= r.To {
			return true
		}
	}
	return false
}
