package pdf

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"io"
	"sync"
)

// Every cut of a font ends with the same tables: gofpdf writes them in
// the order of their tags, and the last three, name (15 KB of DejaVu's
// copyright and licence), post and prep, it copies as they are. That
// tail was almost half of what deflating a cut cost. deflateFont deflates
// it once for each font and joins it to the rest of each cut, which is
// deflated and flushed to a byte boundary: one zlib stream that
// inflates to the cut.

// fontTails keeps each font's tail, plain and deflated (as the last
// blocks of a stream).
var fontTails sync.Map // *fontRef -> *fontTail

type fontTail struct {
	plain, z []byte
}

// flates holds reset flate writers at gofpdf's level.
var flates = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
	return w
}}

// deflateFont compresses a cut of ref into out as a zlib stream.
func deflateFont(out *bytes.Buffer, ref *fontRef, cut []byte) {
	at := tailStart(cut)
	if at <= 0 {
		deflateStream(out, cut)
		return
	}
	v, ok := fontTails.Load(ref)
	if !ok {
		t := &fontTail{plain: bytes.Clone(cut[at:])}
		var z bytes.Buffer
		w := flates.Get().(*flate.Writer)
		w.Reset(&z)
		w.Write(t.plain) // a bytes.Buffer does not fail
		w.Close()
		flates.Put(w)
		t.z = z.Bytes()
		v, _ = fontTails.LoadOrStore(ref, t)
	}
	t := v.(*fontTail)
	if !bytes.Equal(cut[at:], t.plain) {
		deflateStream(out, cut)
		return
	}
	out.Write([]byte{0x78, 0x01}) // zlib's header for best speed, as compress/zlib writes it
	w := flates.Get().(*flate.Writer)
	w.Reset(out)
	w.Write(cut[:at])
	w.Flush() // ends on a byte, the stream not final
	flates.Put(w)
	out.Write(t.z)
	out.Write(binary.BigEndian.AppendUint32(nil, adler32.Checksum(cut)))
}

// tailStart is where a cut's tables name, post and prep begin when they
// are its last ones, or 0.
func tailStart(ttf []byte) int {
	if len(ttf) < 12 {
		return 0
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return 0
	}
	at := 0
	tail := map[string]bool{"name": true, "post": true, "prep": true}
	type table struct {
		tail bool
		off  int
	}
	var tables []table
	for i := range n {
		e := ttf[12+16*i:]
		tag := string(e[:4])
		off := int(binary.BigEndian.Uint32(e[8:]))
		tables = append(tables, table{tail[tag], off})
		if tag == "name" {
			at = off
		}
	}
	if at <= 0 || at >= len(ttf) {
		return 0
	}
	for _, t := range tables {
		if t.off >= at && !t.tail || t.off < at && t.tail {
			return 0 // another table after name, or post or prep before it
		}
	}
	return at
}
