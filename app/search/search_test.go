package search

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"lodesk/data"
)

// brute is the plain definition: every word in the row's folded text.
func brute(rows []string, typed string) []int32 {
	words := strings.Fields(data.Fold(typed))
	out := []int32{}
	for i, r := range rows {
		if holdsAll(r, words) {
			out = append(out, int32(i))
		}
	}
	return out
}

var rows = []string{
	data.Fold("Nguyễn Văn An Viet Nam Minister of Tourism an.nguyen@mfa.gov.vn"),
	data.Fold("Łukasz Wiśniewski Poland Counsellor, Embassy in Jakarta"),
	data.Fold("王伟 China Director-General wang.wei@mfa.gov.cn"),
	data.Fold("Siti Rahayu Indonesia Protocol Officer"),
	"",
	data.Fold("Anan Nguyen Thailand Adviser"),
}

func TestFilter(t *testing.T) {
	x := New(rows)
	for _, tc := range []struct {
		typed string
		want  []int32
	}{
		{"", []int32{0, 1, 2, 3, 4, 5}},
		{"nguyen", []int32{0, 5}},
		{"NGUYỄN an", []int32{0, 5}},
		{"lukasz", []int32{1}},
		{"王", []int32{2}},
		{"zzzz", []int32{}},
		{"an viet", []int32{0}},
		{"  ", []int32{0, 1, 2, 3, 4, 5}},
	} {
		got := x.Filter(tc.typed)
		if !slices.Equal(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
			t.Errorf("Filter(%q) = %v, want %v", tc.typed, got, tc.want)
		}
	}
}

// TestTyping types and deletes queries a key at a time over random rows:
// each keystroke's answer, narrowed from the previous one or scanned
// afresh, is the plain definition's.
func TestTyping(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("ab an ñ王")
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[r.IntN(len(alphabet))])
		}
		return b.String()
	}
	var many []string
	for range 300 {
		many = append(many, data.Fold(word(r.IntN(12))))
	}
	x := New(many)
	for range 200 {
		q := word(r.IntN(6))
		for i := 0; i <= len([]rune(q)); i++ { // type it
			typed := string([]rune(q)[:i])
			if got, want := x.Filter(typed), brute(many, typed); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("typing %q: %v, want %v", typed, got, want)
			}
		}
		for i := len([]rune(q)); i >= 0; i-- { // and delete it
			typed := string([]rune(q)[:i])
			if got, want := x.Filter(typed), brute(many, typed); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("deleting to %q: %v, want %v", typed, got, want)
			}
		}
	}
}

func FuzzFilter(f *testing.F) {
	f.Add("nguyen", "an")
	f.Add("a b", "a bc")
	f.Fuzz(func(t *testing.T, q1, q2 string) {
		x := New(rows)
		x.Filter(q1)
		if got, want := x.Filter(q2), brute(rows, q2); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("after %q, Filter(%q) = %v, want %v", q1, q2, got, want)
		}
	})
}
