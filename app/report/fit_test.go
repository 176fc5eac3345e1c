package report

import (
	"math"
	"strings"
	"testing"
	"time"

	"lodesk/app/i18n"
	"lodesk/app/pdf"
)

// TestFitWords: a column too narrow for its longest word (heading or cell) is
// widened, the others give up room in proportion, and the table keeps its
// width; when the words cannot all fit, nothing moves.
func TestFitWords(t *testing.T) {
	tests := []struct {
		name  string
		w     []float64
		least []float64
		want  []float64
	}{
		{"all fit", []float64{60, 60, 60}, []float64{10, 10, 10}, []float64{60, 60, 60}},
		{"one too narrow", []float64{10, 80, 90}, []float64{20, 10, 10}, []float64{20, 75.29, 84.71}},
		{"widening squeezes another below its word", []float64{10, 20, 150}, []float64{30, 20, 10}, []float64{30, 20, 130}},
		{"cannot fit", []float64{10, 10}, []float64{15, 15}, []float64{10, 10}},
		{"exactly fits", []float64{5, 15}, []float64{10, 10}, []float64{10, 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cols := make([]pdf.Col, len(tt.w))
			for i, w := range tt.w {
				cols[i].W = w
			}
			if ok := fitWords(cols, tt.least); ok != (tt.name != "cannot fit") {
				t.Errorf("fitted %v", ok)
			}
			for i, c := range cols {
				if math.Abs(c.W-tt.want[i]) > 0.01 {
					t.Errorf("widths %v, want %v", cols, tt.want)
					break
				}
			}
		})
	}
}

// TestLabelWidth: the label column of a report's head is wide enough
// for its widest label (the SITREP's gift line in Bahasa Indonesia ran
// into its value), and never more than half the page.
func TestLabelWidth(t *testing.T) {
	d := pdf.New("t", "", time.Time{})
	long := i18n.New(i18n.Indonesian, time.UTC).T("report.sum.gifts")
	tests := []struct {
		lw     float64
		labels []string
		least  float64
	}{
		{50, []string{"Per", "", "Insiden", ""}, 50},
		{50, []string{"Per", "", long, ""}, d.Width(long, pdf.Bold, 9.5) + 3},
		{50, []string{strings.Repeat("Gratifikasi ", 20), ""}, bodyW / 2},
	}
	for _, tt := range tests {
		got := labelWidth(d, tt.lw, tt.labels)
		if got < tt.least-0.01 || got > bodyW/2 || (tt.least > tt.lw && got > tt.least+0.01) {
			t.Errorf("labels %q: width %.1f, want %.1f", tt.labels, got, tt.least)
		}
	}
	if tests[1].least <= 50 {
		t.Errorf("%q fits in 50 mm: the test proves nothing", long)
	}
}
