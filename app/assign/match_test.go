package assign

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"lodesk/data"
)

// score is the lexicographic objective of a set of choices (row -> column
// or -1), as a tuple to maximise.
type score [5]int64

func (a score) less(b score) bool {
	for k := range a {
		if a[k] != b[k] {
			return a[k] < b[k]
		}
	}
	return false
}

func objective(ps [][]pair, choice []int) score {
	var s score
	for i, j := range choice {
		if j < 0 {
			continue
		}
		p := ps[i][j]
		if p.fit > 0 {
			s[0]++
		}
		s[1]++
		s[2] += int64(p.fit)
		s[3] -= int64(p.exp)
		s[4] -= int64(p.load)
	}
	return s
}

// bruteBest tries every way to give each row a distinct feasible column or
// none.
func bruteBest(ps [][]pair, m int) score {
	best := score{-1 << 62}
	choice := make([]int, len(ps))
	used := make([]bool, m)
	var rec func(i int)
	rec = func(i int) {
		if i == len(ps) {
			if s := objective(ps, choice); best.less(s) {
				best = s
			}
			return
		}
		choice[i] = -1
		rec(i + 1)
		for j := 0; j < m; j++ {
			if !used[j] && ps[i][j].ok {
				used[j], choice[i] = true, j
				rec(i + 1)
				used[j] = false
			}
		}
		choice[i] = -1
	}
	rec(0)
	return best
}

var langs = []string{"en", "ar", "zh", "fr", "ru"}

func randomInput(r *rand.Rand) *input {
	ev := &data.Event{StartDate: "2026-12-01", EndDate: "2026-12-06"}
	in := &input{ev: ev, periods: map[string]Period{}, prec: map[string]int{}}
	n, m := 1+r.IntN(5), 1+r.IntN(6)
	for i := range n {
		d := data.Delegation{Base: data.Base{ID: fmt.Sprintf("d%d", i)}, Code: fmt.Sprintf("D%d", i), Precedence: i + 1}
		for range 1 + r.IntN(2) {
			d.Languages = append(d.Languages, langs[r.IntN(len(langs))])
		}
		from := 1 + r.IntN(4)
		in.periods[d.ID] = Period{From: fmt.Sprintf("2026-12-%02d", from), To: fmt.Sprintf("2026-12-%02d", from+r.IntN(3))}
		in.prec[d.ID] = i
		in.open = append(in.open, d)
	}
	for j := range m {
		l := data.LO{Base: data.Base{ID: fmt.Sprintf("l%d", j)}, FullName: fmt.Sprintf("LO %d", j), Experience: r.IntN(12)}
		for range 1 + r.IntN(2) {
			l.Languages = append(l.Languages, data.LangSkill{Code: langs[r.IntN(len(langs))], Level: data.Levels[r.IntN(4)]})
		}
		if r.IntN(4) == 0 {
			l.AvailableFrom = "2026-12-03"
		}
		if r.IntN(3) == 0 { // already busy somewhere
			in.kept = append(in.kept, data.Assignment{LOID: l.ID, DelegationID: "busy", FromDate: "2026-12-02", ToDate: "2026-12-03"})
		}
		in.los = append(in.los, l)
	}
	return in
}

// TestPlanIsOptimal compares the matcher with brute force on many small
// random cases.
func TestPlanIsOptimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for c := range 400 {
		in := randomInput(r)
		plan, err := solve(in)
		if err != nil {
			t.Fatal(err)
		}
		ps, _ := pairs(in)
		choice := make([]int, len(in.open))
		for i := range choice {
			choice[i] = -1
		}
		row := map[string]int{}
		for i, d := range in.open {
			row[d.ID] = i
		}
		col := map[string]int{}
		for j, l := range in.los {
			col[l.ID] = j
		}
		usedLO := map[string]bool{}
		for _, p := range plan.Proposals {
			i, j := row[p.Delegation.ID], col[p.LO.ID]
			if !ps[i][j].ok {
				t.Fatalf("case %d: infeasible pair %s-%s", c, p.Delegation.Code, p.LO.FullName)
			}
			if usedLO[p.LO.ID] {
				t.Fatalf("case %d: %s used twice", c, p.LO.FullName)
			}
			usedLO[p.LO.ID] = true
			choice[i] = j
		}
		if len(plan.Proposals)+len(plan.Unmatched) != len(in.open) {
			t.Fatalf("case %d: %d proposals + %d unmatched for %d open", c, len(plan.Proposals), len(plan.Unmatched), len(in.open))
		}
		got, want := objective(ps, choice), bruteBest(ps, len(in.los))
		if got != want {
			t.Fatalf("case %d: plan scores %v, brute force finds %v", c, got, want)
		}
	}
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		p, q             Period
		overlaps, within bool
	}{
		{Period{"2026-12-01", "2026-12-03"}, Period{"2026-12-03", "2026-12-05"}, true, false},
		{Period{"2026-12-01", "2026-12-02"}, Period{"2026-12-03", "2026-12-05"}, false, false},
		{Period{"2026-12-02", "2026-12-03"}, Period{"2026-12-01", "2026-12-05"}, true, true},
		{Period{"2026-12-02", "2026-12-03"}, Period{"", ""}, true, true},
		{Period{"2026-12-02", "2026-12-03"}, Period{"2026-12-03", ""}, true, false},
	}
	for _, tt := range tests {
		if got := tt.p.Overlaps(tt.q); got != tt.overlaps {
			t.Errorf("%v overlaps %v = %v", tt.p, tt.q, got)
		}
		if got := tt.p.Within(tt.q); got != tt.within {
			t.Errorf("%v within %v = %v", tt.p, tt.q, got)
		}
	}
}

func TestHungarianSmall(t *testing.T) {
	cost := [][]int64{{4, 1, 3}, {2, 0, 5}, {3, 2, 2}}
	got := minCostAssignment(cost, 0, 0)
	var sum int64
	for i, j := range got {
		sum += cost[i][j]
	}
	if sum != 5 { // 1 + 2 + 2
		t.Errorf("assignment %v costs %d, want 5", got, sum)
	}
}
