package report

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/i18n"
	"lodesk/app/imex"
	"lodesk/app/pdf"
	"lodesk/app/pdf/pdftest"
	"lodesk/data"
)

// pdftotext extracts a PDF's text (the test is skipped without poppler
// on a developer's machine).
func pdftotext(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command(pdftest.Tool(t, "pdftotext"), "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// leak finds a message key or a fmt error printed instead of text.
var leak = regexp.MustCompile(`report\.[a-z_]+\.?[a-z_]*|%!|%\[|gift_status\.|severity\.`)

// TestPrintEveryReport prints each report in both languages from the
// small demo (on a copy: printing logs) and reads the text back.
func TestPrintEveryReport(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := demotest.Start.AddDate(0, 0, 2).Add(13 * time.Hour) // 3 Dec 20:00 WIB
	src, err := Load(ctx, s, now)
	if err != nil {
		t.Fatal(err)
	}
	day, _ := src.ParseDay("2026-12-03")
	sheets := src.HandOverSheets("", day)
	if len(sheets) == 0 {
		t.Fatal("the demo has no hand-over on 3 Dec")
	}
	night := sheets[0].To
	tests := []struct {
		opts   Options
		pages  int // 0: any
		id, en []string
	}{
		{Options{Kind: KindSitrep, Date: day.Date}, 0, []string{"LAPORAN SITUASI", "Kamis, 3 Desember 2026", "KEDATANGAN", "LO YANG BERTUGAS"}, []string{"SITUATION REPORT", "Thursday, 3 December 2026", "ARRIVALS", "LOS ON DUTY"}},
		{Options{Kind: KindHandOver, Date: day.Date}, len(sheets), []string{"LEMBAR SERAH TERIMA", "Catatan dari LO yang menyerahkan"}, []string{"HAND-OVER SHEET", "Note from the outgoing LO"}},
		{Options{Kind: KindHandOver, Date: day.Date, LO: night}, 0, []string{night}, []string{night}},
		{Options{Kind: KindLODaily, Date: day.Date, LO: night}, 0, []string{"LAPORAN HARIAN LO", night, "SERAH TERIMA"}, []string{"LO DAILY REPORT", night, "HAND-OVERS"}},
		{Options{Kind: KindLODaily}, 0, []string{"LAPORAN HARIAN LO", "Tanggal: ____"}, []string{"LO DAILY REPORT", "Date: ____"}},
		{Options{Kind: KindFinal}, 0, []string{"LAPORAN AKHIR KEGIATAN", "DAFTAR GRATIFIKASI", "EVALUASI LO", "PELAJARAN YANG DIPETIK", "Rabu, 2 Desember 2026", "Dipakai"}, []string{"END-OF-EVENT REPORT", "GIFT AND GRATUITY REGISTER", "LO EVALUATIONS", "LESSONS LEARNT", "Estimated", "Engage"}}, // headings whole, not broken inside a word
	}
	dir := t.TempDir()
	for _, tt := range tests {
		for _, lang := range i18n.Langs {
			t.Run(tt.opts.Kind+" "+tt.opts.LO+" "+lang, func(t *testing.T) {
				o := tt.opts
				o.Lang, o.Now = lang, now
				r, err := WriteFile(ctx, s, dir, o)
				if err != nil {
					t.Fatal(err)
				}
				if tt.pages > 0 && r.Pages != tt.pages {
					t.Errorf("%d pages, want %d", r.Pages, tt.pages)
				}
				text := pdftotext(t, r.Path)
				want := tt.en
				if lang == i18n.Indonesian {
					want = tt.id
				}
				for _, w := range want {
					if !strings.Contains(text, w) {
						t.Errorf("%s lacks %q", filepath.Base(r.Path), w)
					}
				}
				if m := leak.FindString(text); m != "" {
					t.Errorf("%s prints %q", filepath.Base(r.Path), m)
				}
			})
		}
	}
	if logs, _ := data.All[data.PrintLog](ctx, s); len(logs) != 2*len(tests) {
		t.Errorf("%d prints logged, want %d", len(logs), 2*len(tests))
	}
}

// TestSitrepPDFMatchesTravelExport: the printed SITREP of a demo day says
// as many planned arrivals as the travel export has rows for that day.
func TestSitrepPDFMatchesTravelExport(t *testing.T) {
	ctx := context.Background()
	s, src := openDemo(t)
	travel, err := imex.ExportRows(ctx, s, imex.Travel)
	if err != nil {
		t.Fatal(err)
	}
	day, _ := src.ParseDay("2026-12-02")
	want := exportedOn(t, travel, "scheduled", day, "direction", data.Arrival)
	if want == 0 {
		t.Fatal("no arrival on 2 Dec in the demo")
	}
	d := src.PrintSitrep(i18n.New("en", src.Loc), src.Sitrep(day))
	path := filepath.Join(t.TempDir(), "s.pdf")
	writePDF(t, d, path)
	// pdftotext puts the labels first, then the values: the first count
	// of planned movements is the arrivals'.
	m := regexp.MustCompile(`(\d+) planned, \d+ done`).FindStringSubmatch(pdftotext(t, path))
	if m == nil || m[1] != fmt.Sprint(want) {
		t.Errorf("the SITREP says %v arrivals planned, the travel export %d", m, want)
	}
}

// TestHandOverFitsOnePage fills a sheet with far more than a page holds:
// it still prints on one page, each list cut short with a count.
func TestHandOverFitsOnePage(t *testing.T) {
	_, src := openDemo(t)
	day, _ := src.ParseDay("2026-12-03")
	s := HandOverSheet{Delegation: src.Dels[1], To: "Incoming", From: "Outgoing"}
	s.HandOver.HandedAt = day.Start.Add(18 * time.Hour)
	s.HandOver.Note = strings.Repeat("A long note that goes on and on about the delegation. ", 40)
	for i := range 60 {
		s.Requests = append(s.Requests, data.Request{Text: "Request", Status: data.RequestOpen, ReceivedAt: day.Start})
		s.Steps = append(s.Steps, CheckLine{Item: data.ChecklistItem{Phase: data.PhaseEvent, TextEN: "Step"}, Due: day.Start})
		s.Incidents = append(s.Incidents, data.Incident{What: "Incident", Severity: "low", OccurredAt: day.Start})
		s.Next = append(s.Next, Move{Kind: MoveItem, Start: day.Start.Add(time.Duration(i) * time.Minute), Title: "Item"})
	}
	d := src.PrintHandOvers(i18n.New("id", src.Loc), []HandOverSheet{s, s}, day)
	if d.PageCount() != 2 {
		t.Fatalf("two full sheets print on %d pages, want 2", d.PageCount())
	}
	path := filepath.Join(t.TempDir(), "h.pdf")
	writePDF(t, d, path)
	text := pdftotext(t, path)
	if !strings.Contains(text, "dan 5") || !strings.Contains(text, "Tidak ada.") {
		t.Errorf("cut lists are not counted, or the empty one is not said:\n%.900s", text)
	}
}

func writePDF(t *testing.T, d *pdf.Doc, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := d.Output(f); err != nil {
		t.Fatal(err)
	}
}

func TestWriteErrors(t *testing.T) {
	ctx := context.Background()
	s, _ := openDemo(t)
	dir := t.TempDir()
	for _, tt := range []struct {
		opts Options
		want error
	}{
		{Options{Kind: "weekly"}, ErrKind},
		{Options{Kind: KindLODaily, LO: "Nobody Here"}, data.ErrNotFound},
		{Options{Kind: KindHandOver, Date: "2026-11-01"}, ErrNoHandOver},
	} {
		if _, err := WriteFile(ctx, s, dir, tt.opts); !errors.Is(err, tt.want) {
			t.Errorf("%+v: %v, want %v", tt.opts, err, tt.want)
		}
	}
	if _, err := WriteFile(ctx, s, dir, Options{Kind: KindSitrep, Date: "3 Dec"}); err == nil {
		t.Error("a bad date is accepted")
	}
}

func TestPreview(t *testing.T) {
	s, _ := openDemo(t)
	img, err := Preview(context.Background(), s, Options{Kind: KindFinal, Lang: "en"}, 400)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 400 || b.Dy() < 500 {
		t.Errorf("preview %v", b)
	}
	if logs, _ := data.All[data.PrintLog](context.Background(), s); len(logs) != 0 {
		t.Errorf("a preview is logged: %d", len(logs))
	}
}
