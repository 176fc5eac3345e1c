package data

import (
	"context"
	"testing"
	"time"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Văn An", "nguyen van an"},
		{"  MÜLLER  ", "muller"},
		{"Владимир", "владимир"},
		{"Ελένη", "ελενη"},
		{"مُحَمَّد", "محمد"},
		{"王伟", "王伟"},
		{"ｔｏｋｙｏ", "tokyo"},
		{"Đặng Thị Hoa", "dang thi hoa"},
		{"Łukasz Øster", "lukasz oster"},
		{"Straße", "strasse"},
		{"Plain ASCII  Name", "plain ascii name"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSearchAcrossScripts(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	d := &Delegation{Code: "XX", Name: "Mixed"}
	mustInsert(t, s, d)
	people := []*Person{
		{FullName: "Nguyen Van An", NativeName: "Nguyễn Văn An"},
		{FullName: "Vladimir Petrov", NativeName: "Владимир Петров"},
		{FullName: "Eleni Papadopoulou", NativeName: "Ελένη Παπαδοπούλου"},
		{FullName: "Mohammed Al-Rashid", NativeName: "محمد الراشد"},
		{FullName: "Wang Wei", NativeName: "王伟"},
		{FullName: "Tanaka Hiroshi", NativeName: "田中 宏"},
		{FullName: "Kim Min-jun", NativeName: "김민준"},
		{FullName: "Somchai Wongsawat", NativeName: "สมชาย วงศ์สวัสดิ์"},
		{FullName: "Anna O'Brien_100%", NativeName: ""},
	}
	for _, p := range people {
		p.DelegationID = d.ID
		mustInsert(t, s, p)
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"nguyễn", []string{"Nguyen Van An"}},
		{"NGUYEN an", []string{"Nguyen Van An"}},
		{"Петров", []string{"Vladimir Petrov"}},
		{"παπαδοπουλου", []string{"Eleni Papadopoulou"}},
		{"الراشد", []string{"Mohammed Al-Rashid"}},
		{"王", []string{"Wang Wei"}},
		{"田中", []string{"Tanaka Hiroshi"}},
		{"민준", []string{"Kim Min-jun"}},
		{"สมชาย", []string{"Somchai Wongsawat"}},
		{"100%", []string{"Anna O'Brien_100%"}},
		{"_", []string{"Anna O'Brien_100%"}},
		{"petrov wang", nil},
		{"zzz", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got, err := s.FindPeople(ctx, PersonFilter{Search: tt.q})
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, p := range got {
				names = append(names, p.FullName)
			}
			if len(names) != len(tt.want) || (len(names) > 0 && names[0] != tt.want[0]) {
				t.Errorf("search %q = %v, want %v", tt.q, names, tt.want)
			}
		})
	}
	all, _ := s.FindPeople(ctx, PersonFilter{Search: "   "})
	if len(all) != len(people) {
		t.Errorf("blank search found %d of %d", len(all), len(people))
	}
}

func TestFilters(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := &Delegation{Code: "AA", Name: "Alpha", Status: StatusArrived, Kind: KindCountry, Relations: RelationsNone, Precedence: 2}
	b := &Delegation{Code: "BB", Name: "beta", Status: StatusExpected, Kind: KindOrganisation, Relations: RelationsFull, Precedence: 1}
	lo := &LO{FullName: "Rina", Languages: LangSkills{{"ar", LevelNative}, {"en", LevelFluent}}, Status: LOActive}
	lo2 := &LO{FullName: "Joko", Languages: LangSkills{{"en", LevelBasic}}, Status: LOReserve}
	mustInsert(t, s, a, b, lo, lo2)
	mustInsert(t, s, &Assignment{LOID: lo.ID, DelegationID: a.ID, Role: AssignLead})
	tests := []struct {
		name string
		f    DelegationFilter
		want []string
	}{
		{"precedence order", DelegationFilter{}, []string{"BB", "AA"}},
		{"by name", DelegationFilter{Sort: "name"}, []string{"AA", "BB"}},
		{"status", DelegationFilter{Status: StatusArrived}, []string{"AA"}},
		{"kind", DelegationFilter{Kind: KindOrganisation}, []string{"BB"}},
		{"relations", DelegationFilter{Relations: RelationsNone}, []string{"AA"}},
		{"unassigned", DelegationFilter{Unassigned: true}, []string{"BB"}},
		{"search code", DelegationFilter{Search: "bb"}, []string{"BB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.FindDelegations(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, d := range got {
				codes = append(codes, d.Code)
			}
			if len(codes) != len(tt.want) || (len(codes) > 0 && (codes[0] != tt.want[0] || codes[len(codes)-1] != tt.want[len(tt.want)-1])) {
				t.Errorf("got %v, want %v", codes, tt.want)
			}
		})
	}
	los, _ := s.FindLOs(ctx, LOFilter{Language: "ar"})
	if len(los) != 1 || los[0].FullName != "Rina" {
		t.Errorf("LOs speaking ar: %+v", los)
	}
	los, _ = s.FindLOs(ctx, LOFilter{Language: "en"})
	if len(los) != 2 {
		t.Errorf("LOs speaking en: %d", len(los))
	}
	d, err := s.DelegationByCode(ctx, "aa")
	if err != nil || d.Name != "Alpha" {
		t.Errorf("by code: %v %v", d, err)
	}
}

func TestHLC(t *testing.T) {
	now := MakeHLC(timeAt(1000), 0).Time()
	c := NewClock(func() time.Time { return now })
	a := c.Next()
	b := c.Next()
	if b <= a || b.Counter() != 1 {
		t.Fatalf("same ms: %v then %v", a, b)
	}
	c.Observe(MakeHLC(now.Add(time.Hour), 5))
	d := c.Next()
	if d.Time() != now.Add(time.Hour) || d.Counter() != 6 {
		t.Errorf("after observing a later stamp: %v", d)
	}
	now = now.Add(2 * time.Hour)
	if e := c.Next(); e.Time() != now || e.Counter() != 0 {
		t.Errorf("wall clock moved on: %v", e)
	}
}

func timeAt(ms int64) time.Time { return time.UnixMilli(ms).UTC() }
