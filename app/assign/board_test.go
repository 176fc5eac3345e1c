package assign

import (
	"context"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"lodesk/data"
)

func newEvent(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Create(context.Background(), filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func insert(t *testing.T, s *data.Store, rs ...data.Record) {
	t.Helper()
	err := s.Write(context.Background(), func(tx *data.Tx) error {
		for _, r := range rs {
			if err := tx.Insert(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestBoardConflicts(t *testing.T) {
	ctx := context.Background()
	s := newEvent(t)
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	eg := &data.Delegation{Code: "EG", Name: "Egypt", Languages: data.Codes{"ar"}, Precedence: 1}
	cn := &data.Delegation{Code: "CN", Name: "China", Languages: data.Codes{"zh"}, Precedence: 2}
	br := &data.Delegation{Code: "BR", Name: "Brazil", Languages: data.Codes{"pt"}, Precedence: 3}
	xx := &data.Delegation{Code: "XX", Name: "Gone", Status: data.StatusCancelled, Precedence: 4}
	rina := &data.LO{FullName: "Rina", Status: data.LOActive, Languages: data.LangSkills{{Code: "ar", Level: data.LevelNative}}, AvailableTo: "2026-12-02"}
	joko := &data.LO{FullName: "Joko", Status: data.LOActive, Languages: data.LangSkills{{Code: "en", Level: data.LevelFluent}}}
	idle := &data.LO{FullName: "Idle", Status: data.LOActive}
	insert(t, s, &data.Event{Name: "E", StartDate: "2026-12-01", EndDate: "2026-12-05", TimeZone: "Asia/Jakarta"}, eg, cn, br, xx, rina, joko, idle)
	insert(t, s,
		// Egypt arrives on 1 Dec at 23:30 Jakarta time (16:30 UTC), leaves on 4 Dec.
		&data.TravelLeg{DelegationID: eg.ID, Direction: data.Arrival, Scheduled: time.Date(2026, 12, 1, 23, 30, 0, 0, jkt)},
		&data.TravelLeg{DelegationID: eg.ID, Direction: data.Departure, Scheduled: time.Date(2026, 12, 4, 10, 0, 0, 0, jkt)},
		&data.Assignment{LOID: rina.ID, DelegationID: eg.ID, Role: data.AssignLead},
		&data.Assignment{LOID: joko.ID, DelegationID: cn.ID, Role: data.AssignLead, FromDate: "2026-12-01", ToDate: "2026-12-03"},
		&data.Assignment{LOID: joko.ID, DelegationID: eg.ID, Role: data.AssignAssistant, FromDate: "2026-12-03", ToDate: "2026-12-04"},
	)
	b, err := LoadBoard(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Conflicts {
		got = append(got, c.Kind+":"+c.LO+c.Delegation)
	}
	want := []string{
		DoubleBooked + ":Joko",
		OutsideAvailable + ":RinaEgypt",
		NoSharedLanguage + ":JokoChina",
		NoSharedLanguage + ":JokoEgypt",
		NoLead + ":Brazil",
		LOWithoutDuty + ":Idle",
	}
	sort.Strings(got)
	sort.Strings(want)
	if len(got) != len(want) {
		t.Fatalf("conflicts\n got %v\nwant %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("conflicts\n got %v\nwant %v", got, want)
			break
		}
	}
	for _, r := range b.Rows {
		if r.Delegation == "EG Egypt" && r.Assignment.Role == data.AssignLead && r.Period != (Period{"2026-12-01", "2026-12-04"}) {
			t.Errorf("Egypt's lead period = %v, want the delegation's stay in Jakarta days", r.Period)
		}
	}
}

func TestPlanAndApply(t *testing.T) {
	ctx := context.Background()
	s := newEvent(t)
	eg := &data.Delegation{Code: "EG", Name: "Egypt", Languages: data.Codes{"ar", "en"}, Precedence: 1}
	jp := &data.Delegation{Code: "JP", Name: "Japan", Languages: data.Codes{"ja"}, Precedence: 2}
	vn := &data.Delegation{Code: "VN", Name: "Viet Nam", Languages: data.Codes{"vi"}, Precedence: 3}
	ar := &data.LO{FullName: "Ahmad", Status: data.LOActive, Experience: 9, Languages: data.LangSkills{{Code: "ar", Level: data.LevelFluent}, {Code: "ja", Level: data.LevelBasic}}}
	en := &data.LO{FullName: "Bella", Status: data.LOActive, Experience: 2, Languages: data.LangSkills{{Code: "en", Level: data.LevelNative}}}
	ja := &data.LO{FullName: "Citra", Status: data.LOActive, Experience: 4, Languages: data.LangSkills{{Code: "ja", Level: data.LevelFluent}}}
	off := &data.LO{FullName: "Dodi", Status: data.LOInactive, Languages: data.LangSkills{{Code: "vi", Level: data.LevelNative}}}
	insert(t, s, &data.Event{Name: "E", StartDate: "2026-12-01", EndDate: "2026-12-05"}, eg, jp, vn, ar, en, ja, off)
	plan, err := MakePlan(ctx, s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	pairs := map[string]string{}
	for _, p := range plan.Proposals {
		pairs[p.Delegation.Code] = p.LO.FullName
	}
	// Ahmad could take Japan (basic) but Citra is fluent; Egypt gets Ahmad
	// (its first language) and Viet Nam, whose only speaker is inactive,
	// still gets an LO: Bella.
	if pairs["EG"] != "Ahmad" || pairs["JP"] != "Citra" || pairs["VN"] != "Bella" || plan.Covered != 2 {
		t.Fatalf("plan %v, covered %d", pairs, plan.Covered)
	}
	if r := plan.Proposals[0].Reason.String(); r == "" || plan.Proposals[0].Reason.Language != "ar" || !plan.Proposals[0].Reason.Primary {
		t.Errorf("reason %+v %q", plan.Proposals[0].Reason, r)
	}
	if err := Apply(ctx, s, plan); err != nil {
		t.Fatal(err)
	}
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{Role: data.AssignLead})
	if len(as) != 3 {
		t.Fatalf("%d leads after apply", len(as))
	}
	if cl, _ := s.FindChecklist(ctx, as[0].ID); len(cl) == 0 {
		t.Error("applied assignment has no checklist")
	}
	// Nothing left to plan; replacing re-plans the same.
	again, _ := MakePlan(ctx, s, Options{})
	if len(again.Proposals) != 0 || len(again.Unmatched) != 0 {
		t.Errorf("second plan %+v", again)
	}
	re, _ := MakePlan(ctx, s, Options{Replace: true})
	if len(re.Replaced) != 3 || len(re.Proposals) != 3 {
		t.Errorf("replace plan: %d replaced, %d proposals", len(re.Replaced), len(re.Proposals))
	}
}
