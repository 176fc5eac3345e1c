package seatprint

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/pdf/pdftest"
	"lodesk/app/seating"
	"lodesk/data"
)

var fixedNow = func() time.Time { return time.Date(2026, 11, 30, 14, 0, 0, 0, time.UTC) }

func open(t testing.TB) *data.Store {
	t.Helper()
	s, err := data.Open(context.Background(), demotest.File(t, demo.Small), data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func text(t *testing.T, pdf []byte) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(f, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftest.Tool(t, "pdftotext"), "-enc", "UTF-8", f, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E || r == 0x200E || r == 0x200F {
			return -1
		}
		return r
	}, string(out))), " ")
}

// TestGalaCardsAndPlan prints the demo's gala dinner: a tent card per
// seated guest with their name in Latin and native script (Arabic, CJK,
// Thai among them), and a wall plan with every name, in both languages.
func TestGalaCardsAndPlan(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	gala, err := FindSession(ctx, s, "gala dinner")
	if err != nil {
		t.Fatal(err)
	}
	seats, _ := data.ByParent[data.Seat](ctx, s, "item_id", gala.ID)
	var natives, names, sample []string
	scripts := map[string]bool{}
	for _, st := range seats {
		p, _ := data.Get[data.Person](ctx, s, st.PersonID)
		names = append(names, p.FullName)
		script := ""
		for _, r := range p.NativeName {
			switch {
			case r >= 0x0600 && r <= 0x06FF:
				script = "Arabic"
			case r >= 0x4E00 && r <= 0x9FFF:
				script = "CJK"
			case r >= 0x0E00 && r <= 0x0E7F:
				script = "Thai"
			}
		}
		if script != "" && !scripts[script] {
			scripts[script] = true
			natives = append(natives, p.NativeName)
			sample = append(sample, p.ID)
		}
	}
	if len(scripts) < 3 {
		t.Fatalf("the gala seats only %v scripts", scripts)
	}
	rc, err := Cards(ctx, s, gala.ID, io.Discard, Options{Now: fixedNow})
	if err != nil || rc.Pages != len(seats) {
		t.Errorf("%d cards for %d seats (%v)", rc.Pages, len(seats), err)
	}
	for _, lang := range []string{"id", "en"} {
		var cards, plan bytes.Buffer
		rc, err := Cards(ctx, s, gala.ID, &cards, Options{Lang: lang, Now: fixedNow, Only: sample})
		if err != nil || rc.Pages != len(sample) {
			t.Fatalf("%s: %d cards for %d people (%v)", lang, rc.Pages, len(sample), err)
		}
		rp, err := Plan(ctx, s, gala.ID, &plan, Options{Lang: lang, Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		ct, pt := text(t, cards.Bytes()), text(t, plan.Bytes())
		for _, n := range natives {
			if !strings.Contains(ct, n) {
				t.Errorf("%s cards: no %q", lang, n)
			}
		}
		for _, n := range names {
			if !strings.Contains(pt, n) && !strings.Contains(pt, strings.Fields(n)[0]) {
				t.Errorf("%s plan: no %q", lang, n)
			}
		}
		stage := map[string]string{"id": "PANGGUNG", "en": "STAGE"}[lang]
		if !strings.Contains(pt, stage) || rp.Pages < 1 {
			t.Errorf("%s plan: no %q (%d pages)", lang, stage, rp.Pages)
		}
		if lang == "id" && !strings.Contains(pt, "Desember") || lang == "en" && !strings.Contains(pt, "December") {
			t.Errorf("%s plan: the date is not in %s", lang, lang)
		}
	}
}

func TestPhotoLineUpAndErrors(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	photo, err := FindSession(ctx, s, "family photo")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := Plan(ctx, s, photo.ID, &buf, Options{Lang: "en", Now: fixedNow, Record: true}); err != nil {
		t.Fatal(err)
	}
	if pt := text(t, buf.Bytes()); !strings.Contains(pt, "CAMERA") || !strings.Contains(pt, "Calling order") {
		t.Errorf("photo line-up: %.300s", pt)
	}
	if _, err := FindSession(ctx, s, "plenary"); !errors.Is(err, ErrAmbiguous) {
		t.Errorf("plenary: %v", err)
	}
	if _, err := FindSession(ctx, s, "karaoke"); !errors.Is(err, ErrNoSession) {
		t.Errorf("karaoke: %v", err)
	}
	press, err := FindSession(ctx, s, "press conference")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Cards(ctx, s, press.ID, &buf, Options{}); !errors.Is(err, ErrNotSeated) {
		t.Errorf("press conference: %v", err)
	}
}

// TestUnits: a row of even size sits half a box aside, even when it is
// a last row partly filled with an odd number of people; a row with a
// centre place (the front row, an odd size) does not.
func TestUnits(t *testing.T) {
	row := func(r int, places ...int) []place {
		var out []place
		for _, p := range places {
			out = append(out, place{pos: seating.Position{Row: r, Place: p}})
		}
		return out
	}
	var ps []place
	ps = append(ps, row(1, 0, 1, -1, 2, -2)...)
	ps = append(ps, row(2, 1, -1, 2, -2, 3)...) // 5 of a row of 12
	ps = append(ps, row(3, 0, 1, -1)...)        // 3 of a row of 13
	for _, tt := range []struct {
		sizes      string
		row, place int
		want       float64
	}{
		{"11; 12", 1, 1, 1},
		{"11; 12", 2, 1, 0.5},
		{"11; 12", 2, -2, -1.5},
		{"11; 12; 13", 3, 1, 1},
		{"", 2, 1, 1}, // no sizes: 5 sit in row 2, an odd row with a centre place
	} {
		if got := units(ps, tt.sizes)(tt.row, tt.place); got != tt.want {
			t.Errorf("rows %q: row %d place %d at %v, want %v", tt.sizes, tt.row, tt.place, got, tt.want)
		}
	}
}
