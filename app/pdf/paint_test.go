package pdf

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// TestPaintColours: text sets its colour in the page's content only when
// the content is in another one, so every text and every filled
// rectangle must still be painted in its own colour: after text of
// another colour, on a page gone back to with SetPage, and after an
// upside-down part (whose Q restores the colour of before).
func TestPaintColours(t *testing.T) {
	d := New("t", "a", time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))
	want := [2][]string{}
	page := 0
	text := func(s string, c color3) {
		d.SetTextColor(c.r, c.g, c.b)
		d.Text(Margin, 50, s, Regular, 10)
		want[page] = append(want[page], s+" "+c.op())
	}
	rect := func(style string, c color3) {
		d.SetFillColor(c.r, c.g, c.b)
		d.Rect(Margin, 60, 10, 10, style)
		want[page] = append(want[page], "re "+c.op())
	}
	blackC, white, grey, pale, red, blue, green := color3{0, 0, 0}, color3{255, 255, 255}, color3{200, 200, 200}, color3{238, 238, 238}, color3{255, 0, 0}, color3{0, 0, 255}, color3{0, 128, 0}
	d.AddPage()
	rect("F", blackC)
	text("one", white)
	text("two", blackC)
	rect("FD", blackC)
	rect("F", grey)
	text("three", blackC)
	d.Rect(Margin, 60, 10, 10, "F") // the fill, grey, again after black text
	want[page] = append(want[page], "re "+grey.op())
	d.Rect(Margin, 60, 10, 10, "D") // stroked only: no fill colour
	text("four", red)
	d.AddPage()
	page = 1
	text("five", blackC)
	rect("F", pale)
	text("six", blue)
	d.SetPage(1)
	page = 0
	text("seven", blue) // page 1 was left in red, by "four"
	d.Rect(Margin, 80, 10, 10, "F")
	want[page] = append(want[page], "re "+pale.op())
	d.SetPage(2)
	page = 1
	d.Upside(100, 100, func() { text("eight", green) })
	d.Text(Margin, 50, "nine", Regular, 10) // still green; the page is not
	want[page] = append(want[page], "nine "+green.op())
	d.Rect(Margin, 60, 10, 10, "F")
	want[page] = append(want[page], "re "+pale.op())
	var out bytes.Buffer
	if err := d.Output(&out); err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, s := range flateStreams(t, out.Bytes()) {
		if bytes.Contains(s, []byte(" re ")) {
			got = append(got, painted(s))
		}
	}
	if len(got) != 2 {
		t.Fatalf("%d pages with rectangles, want 2", len(got))
	}
	for i := range got {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("page %d painted\n%q\nwant\n%q", i+1, got[i], want[i])
		}
	}
}

type color3 struct{ r, g, b int }

func (c color3) op() string { return colorOp(rgb(c.r, c.g, c.b)) }

// painted reads a page's content: each text shown and each rectangle
// filled, with the fill colour it is painted in ("0.000 g" at first; q
// and Q save and restore it).
func painted(content []byte) []string {
	var out, args, stack []string
	fill := colorOp(black)
	for rest := content; len(rest) > 0; {
		rest = bytes.TrimLeft(rest, " \n\r\t")
		if len(rest) == 0 {
			break
		}
		if rest[0] == '(' { // a literal string: UTF-16BE, escaped
			var lit []byte
			i := 1
			for ; i < len(rest) && rest[i] != ')'; i++ {
				if rest[i] == '\\' {
					i++
				}
				lit = append(lit, rest[i])
			}
			rest = rest[i+1:]
			var u []uint16
			for j := 0; j+1 < len(lit); j += 2 {
				u = append(u, uint16(lit[j])<<8|uint16(lit[j+1]))
			}
			args = append(args, string(utf16.Decode(u)))
			continue
		}
		end := bytes.IndexAny(rest, " \n\r\t")
		if end < 0 {
			end = len(rest)
		}
		tok := string(rest[:end])
		rest = rest[end:]
		switch tok {
		case "g", "rg":
			fill = strings.Join(append(args, tok), " ")
		case "q":
			stack = append(stack, fill)
		case "Q":
			fill, stack = stack[len(stack)-1], stack[:len(stack)-1]
		case "Tj":
			out = append(out, args[len(args)-1]+" "+fill)
		case "f", "f*", "B", "B*":
			out = append(out, "re "+fill)
		}
		if tok[0] >= 'A' && tok[0] <= 'z' && tok[0] != '/' || tok == "'" || tok == "\"" {
			args = args[:0]
		} else {
			args = append(args, tok)
		}
	}
	return out
}
