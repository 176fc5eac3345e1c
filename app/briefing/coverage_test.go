package briefing

import (
	"context"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"lodesk/app/demo"
	"lodesk/app/pdf"
	"lodesk/data"
)

// Every character of the demos' names, and of the country briefs, has a
// font with a glyph for it.
func TestFontCoverage(t *testing.T) {
	for _, size := range []demo.Size{demo.Small, demo.Large} {
		t.Run(size.String(), func(t *testing.T) { coverage(t, size) })
	}
}

func coverage(t *testing.T, size demo.Size) {
	ctx := context.Background()
	s := openDemo(t, size, false)
	people, err := s.FindPeople(ctx, data.PersonFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range people {
		texts = append(texts, p.FullName, p.NativeName, p.Honorific, p.Position)
	}
	los, _ := data.All[data.LO](ctx, s)
	for _, l := range los {
		texts = append(texts, l.FullName)
	}
	briefs, _ := data.All[data.CountryBrief](ctx, s)
	for _, b := range briefs {
		texts = append(texts, b.Phrases, b.Etiquette, b.Relations)
	}
	missing := map[rune]bool{}
	fonts := map[string]int{}
	for _, x := range texts {
		for _, r := range norm.NFC.String(x) {
			if unicode.IsSpace(r) || unicode.Is(unicode.Mn, r) && r >= 0x0E00 && r <= 0x0E7F {
				continue
			}
			f, ok := pdf.Covered(r)
			fonts[f]++
			if !ok && !missing[r] {
				missing[r] = true
				t.Errorf("no glyph for %q U+%04X", r, r)
			}
		}
	}
	for _, want := range []string{"dv", "cjk", "th", "ko", "dejavu-arabic"} {
		if fonts[want] == 0 {
			t.Errorf("no character of the demo drawn by %s: %v", want, fonts)
		}
	}
}
