package pdf

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lodesk/app/pdf/pdftest"
)

// sampleDoc draws every script, a heading, a table, boxes, a QR code and
// a photo on page 1, then a second page, then more on page 1.
func sampleDoc(t *testing.T) *Doc {
	t.Helper()
	d := New("t", "t", time.Unix(0, 0))
	d.Record()
	d.AddPage()
	d.Heading("Names", 0)
	for _, s := range samples[:10] {
		d.Para(Margin, 110, s, Regular, 12)
	}
	d.Table(Table{Cols: []Col{{"Name", 40}, {"Native", 50}}, Rows: [][]string{{"Hu Wei", "胡伟"}, {"Chaiwat", "ชัยวัฒน์ ชัยพร"}}, Fill: func(int) bool { return true }})
	d.Box(Margin, d.Y, 5)
	d.Tick(Margin, d.Y, 5)
	if err := d.QR(150, 40, 40, "BEGIN:VCARD\r\nFN:Ratna\r\nEND:VCARD\r\n"); err != nil {
		t.Fatal(err)
	}
	red := image.NewRGBA(image.Rect(0, 0, 30, 40))
	for i := range red.Pix {
		if i%4 == 0 || i%4 == 3 {
			red.Pix[i] = 0xFF
		}
	}
	var photo bytes.Buffer
	if err := png.Encode(&photo, red); err != nil {
		t.Fatal(err)
	}
	if !d.Image("photo", photo.Bytes(), 150, 100, 30, 0) {
		t.Fatal("a PNG is not drawn")
	}
	d.AddPage()
	d.Text(Margin, 100, "PAGE TWO", Bold, 40)
	d.SetPage(1)
	d.SetTextColor(90, 90, 90)
	d.Text(Margin, 280, "Back on page one", Regular, 10)
	return d
}

func TestRenderPage1(t *testing.T) {
	d := sampleDoc(t)
	page, err := d.Page1()
	if err != nil {
		t.Fatal(err)
	}
	img, err := page.Render(420)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 420 || b.Dy() != 594 {
		t.Fatalf("bounds %v, want 420×594 (A4 at 2 px/mm)", b)
	}
	// The photo, 30 mm wide at 150, 100 mm: red.
	if c := img.RGBAAt(330, 240); c.R < 200 || c.G > 60 || c.B > 60 {
		t.Errorf("photo pixel %v, want red", c)
	}
	// Nothing of page 2 ("PAGE TWO", 40 pt at y 100 mm) is on page 1.
	for _, o := range page.ops {
		if o.kind == opText && o.size == 40 {
			t.Errorf("page 2's text %q recorded", o.text)
		}
	}
	// What was drawn back on page 1 after page 2 is there, in its colour.
	if o := page.ops[len(page.ops)-1]; o.kind != opText || o.fc != rgb(90, 90, 90) {
		t.Errorf("last op %+v, want grey text", o)
	}

	var pdf bytes.Buffer
	if err := d.Output(&pdf); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("LODESK_PREVIEW_DIR"); dir != "" {
		pdftest.SavePNG(t, filepath.Join(dir, "scripts-go.png"), img)
	}
	ref := pdftest.Poppler(t, pdf.Bytes(), 420, 594)
	if dir := os.Getenv("LODESK_PREVIEW_DIR"); dir != "" {
		pdftest.SavePNG(t, filepath.Join(dir, "scripts-pdftoppm.png"), ref)
	}
	// Thresholds as in briefing's TestPreview: antialiasing and rounding
	// move a 2 mm cell by tens of grey levels, a missing or misplaced
	// name by well over a hundred.
	mean, worst := pdftest.Compare(img, ref, 105, 148)
	t.Logf("vs pdftoppm at 105×148: mean difference %.2f of 255, worst %d", mean, worst)
	if mean > 3 || worst > 96 {
		t.Errorf("differs from pdftoppm: mean %.2f (want ≤ 3), worst %d (want ≤ 96)", mean, worst)
	}
}

func TestRecordFromStart(t *testing.T) {
	d := New("t", "t", time.Unix(0, 0))
	if _, err := d.Page1(); err == nil {
		t.Error("a page that was not recorded renders")
	}
	d.AddPage()
	d.Record()
	if _, err := d.Page1(); err == nil {
		t.Error("a page recorded from the middle renders")
	}
}
