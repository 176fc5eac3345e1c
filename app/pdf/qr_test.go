package pdf

import (
	"bytes"
	"testing"
	"time"

	"lodesk/app/pdf/pdftest"
)

// TestQRForm: a code painted from its form prints as the code drawn
// square by square on the page (what a recorded page 1 does): the same
// pixels under pdftoppm. The form is made once for documents that draw
// the same code in the same place.
func TestQRForm(t *testing.T) {
	qrForms = boundedCache[qrKey, *xform]{max: 16}
	page := func(record bool) ([]byte, *Doc) {
		d := New("t", "a", time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))
		if record {
			d.Record()
		}
		d.AddPage()
		d.SetTextColor(255, 255, 255)
		d.Text(Margin, 20, "card", Regular, 10) // leaves the page's colour white
		if err := d.QR(120, 30, 40, "BEGIN:VCARD\nFN:Siti\nTEL:+62 811 1234 567\nEND:VCARD"); err != nil {
			t.Fatal(err)
		}
		d.Rect(Margin, 100, 10, 10, "F")
		var out bytes.Buffer
		if err := d.Output(&out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes(), d
	}
	squares, _ := page(true)
	formed, d1 := page(false)
	_, d2 := page(false)
	if len(d1.forms) != 1 || len(d2.forms) != 1 || d1.forms[0] != d2.forms[0] || len(qrForms.m) != 1 {
		t.Fatalf("forms: %d and %d documents' forms, %d kept", len(d1.forms), len(d2.forms), len(qrForms.m))
	}
	if !bytes.Contains(formed, []byte("/Subtype /Form")) || bytes.Contains(squares, []byte("/Subtype /Form")) {
		t.Fatal("the form is not where it should be")
	}
	const w, h = 827, 1170 // 100 dpi
	a, b := pdftest.Poppler(t, squares, w, h), pdftest.Poppler(t, formed, w, h)
	dark := 0
	for y := range h {
		for x := range w {
			pa, pb := a.At(x, y), b.At(x, y)
			if pa != pb {
				t.Fatalf("pixel %d,%d: %v on the page, %v from the form", x, y, pa, pb)
			}
			if r, _, _, _ := pa.RGBA(); r < 0x8000 {
				dark++
			}
		}
	}
	if dark < 10000 {
		t.Fatalf("%d dark pixels: the code is not drawn", dark)
	}
}
