package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"sync"
)

// gofpdf compresses each page's content stream with a new zlib writer,
// about a megabyte to allocate and clear for a few kilobytes of page: in
// a batch of packs that was most of what was allocated and a tenth of
// the CPU. Documents are made with gofpdf's page compression off, and
// Output compresses those streams afterwards the way gofpdf does (zlib,
// best speed, the same dictionary), with writers reused across
// documents: the file is byte for byte what gofpdf writes with
// compression on (TestDeflateSameBytes).

// buffers holds the buffers a document is written through.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// zlibs holds reset zlib writers at gofpdf's level.
var zlibs = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
	return w
}}

// deflateStream compresses b into out as gofpdf's sliceCompress does.
func deflateStream(out *bytes.Buffer, b []byte) {
	z := zlibs.Get().(*zlib.Writer)
	z.Reset(out)
	z.Write(b) // a bytes.Buffer does not fail
	z.Close()
	zlibs.Put(z)
}

var errLayout = errors.New("pdf: unexpected layout of gofpdf's output")

// resourcesObj is the object gofpdf writes the pages' resources in.
const resourcesObj = 2

// plainStream is how gofpdf opens a stream it did not compress.
var plainStream = []byte("<</Length ")

// toUnicode starts the CMap stream gofpdf writes uncompressed even with
// compression on.
var toUnicode = []byte("/CIDInit ")

// extraObjects, given the number of the first object it may use,
// returns objects to add to the file, where each starts in objs, and the
// entries of the pages' font and XObject dictionaries (see embed.go and
// qr.go).
type extraObjects func(first int) (objs []byte, at []int, fonts, xobjects string, err error)

// compressStreams copies gofpdf's output src, written with compression
// off, to w with every stream gofpdf would have compressed (pages,
// palettes) compressed, the objects extra makes added, and the
// cross-reference table moved to match.
func compressStreams(w io.Writer, src []byte, extra extraObjects) error {
	offs, xref, err := objectOffsets(src)
	if err != nil {
		return err
	}
	var add []byte
	var at []int
	fonts, xobjects := "", ""
	if extra != nil {
		if add, at, fonts, xobjects, err = extra(len(offs)); err != nil {
			return err
		}
	}
	// Objects in the order they are in the file (gofpdf writes the page
	// tree and the resources after the pages).
	order := make([]int, 0, len(offs))
	for n := 1; n < len(offs); n++ {
		order = append(order, n)
	}
	slices.SortFunc(order, func(a, b int) int { return offs[a] - offs[b] })
	out := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(out)
	out.Reset()
	if len(order) == 0 || offs[order[0]] > len(src) {
		return errLayout
	}
	out.Write(src[:offs[order[0]]])
	moved := make([]int, len(offs))
	for i, n := range order {
		end := xref
		if i+1 < len(order) {
			end = offs[order[i+1]]
		}
		if offs[n] > end || end > len(src) {
			return errLayout
		}
		moved[n] = out.Len()
		obj := src[offs[n]:end]
		if n == resourcesObj {
			// gofpdf's resource dictionary, shared by every page: it
			// names no font (embed.go).
			var ok bool
			if obj, ok = bytes.CutPrefix(obj, []byte("2 0 obj\n<<\n/ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n/Font <<\n>>\n")); !ok {
				return errLayout
			}
			out.WriteString("2 0 obj\n<<\n/ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n/Font <<\n")
			out.WriteString(fonts)
			out.WriteString(">>\n")
			// Then gofpdf's images, after the forms.
			if obj, ok = bytes.CutPrefix(obj, []byte("/XObject <<\n")); !ok {
				return errLayout
			}
			out.WriteString("/XObject <<\n")
			out.WriteString(xobjects)
		}
		if err := copyObject(out, obj); err != nil {
			return fmt.Errorf("object %d: %w", n, err)
		}
	}
	start := out.Len()
	out.Write(add)
	for _, a := range at {
		moved = append(moved, start+a)
	}
	// The table and trailer as gofpdf writes them, with the new offsets.
	x := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", len(moved))
	for n := 1; n < len(moved); n++ {
		fmt.Fprintf(out, "%010d 00000 n \n", moved[n])
	}
	rest := src[xref:]
	t := bytes.Index(rest, []byte("trailer\n"))
	s := bytes.LastIndex(rest, []byte("startxref\n"))
	if t < 0 || s < t {
		return errLayout
	}
	trailer := rest[t:s]
	if len(at) > 0 {
		size := fmt.Appendf(nil, "/Size %d\n", len(offs))
		if !bytes.Contains(trailer, size) {
			return errLayout
		}
		trailer = bytes.Replace(trailer, size, fmt.Appendf(nil, "/Size %d\n", len(moved)), 1)
	}
	out.Write(trailer)
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", x)
	_, err = w.Write(out.Bytes())
	return err
}

// objectOffsets reads the cross-reference table gofpdf ends with: the
// offset of each object (index 0 unused) and of the table.
func objectOffsets(src []byte) ([]int, int, error) {
	s := bytes.LastIndex(src, []byte("startxref\n"))
	if s < 0 {
		return nil, 0, errLayout
	}
	line, _, _ := bytes.Cut(src[s+len("startxref\n"):], []byte("\n"))
	xref, err := strconv.Atoi(string(line))
	if err != nil || xref < 0 || xref >= s {
		return nil, 0, errLayout
	}
	var count int
	if _, err := fmt.Sscanf(string(src[xref:min(xref+32, s)]), "xref\n0 %d\n", &count); err != nil || count < 1 {
		return nil, 0, errLayout
	}
	first := bytes.Index(src[xref:], []byte("65535 f \n"))
	if first < 0 {
		return nil, 0, errLayout
	}
	p := xref + first + len("65535 f \n")
	offs := make([]int, count)
	for n := 1; n < count; n++ {
		if p+20 > len(src) {
			return nil, 0, errLayout
		}
		v, err := strconv.Atoi(string(src[p : p+10]))
		if err != nil || v >= xref {
			return nil, 0, errLayout
		}
		offs[n] = v
		p += 20
	}
	return offs, xref, nil
}

// copyObject writes one object ("N 0 obj" to "endobj"), its stream
// compressed when gofpdf left it plain only because compression was off.
func copyObject(out *bytes.Buffer, obj []byte) error {
	head, body, ok := bytes.Cut(obj, []byte("\n"))
	if !ok || !bytes.HasPrefix(body, plainStream) {
		out.Write(obj)
		return nil
	}
	dict, after, ok := bytes.Cut(body, []byte(">>\nstream\n"))
	if !ok {
		out.Write(obj)
		return nil
	}
	n, err := strconv.Atoi(string(dict[len(plainStream):]))
	if err != nil {
		out.Write(obj) // another dictionary that starts with a length
		return nil
	}
	if n > len(after) || !bytes.HasPrefix(after[n:], []byte("\nendstream\n")) {
		return errLayout
	}
	data := after[:n]
	if bytes.HasPrefix(data, toUnicode) {
		out.Write(obj)
		return nil
	}
	var z bytes.Buffer
	deflateStream(&z, data)
	out.Write(head)
	fmt.Fprintf(out, "\n<</Filter /FlateDecode /Length %d>>\nstream\n", z.Len())
	out.Write(z.Bytes())
	out.Write(after[n:])
	return nil
}
