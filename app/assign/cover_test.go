package assign

import (
	"context"
	"slices"
	"testing"
	"time"

	"lodesk/data"
)

// TestCoverGap: the lead LO's shift ends at 18:00 on a day with a gala
// dinner at 19:30 and no one after it: a cover conflict, which an evening
// shift of another LO for the delegation (or a day without shifts) clears.
func TestCoverGap(t *testing.T) {
	ctx := context.Background()
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	at := func(day, hh, mm int) time.Time { return time.Date(2026, 12, day, hh, mm, 0, 0, jkt) }
	tests := []struct {
		name     string
		evening  bool // a second LO's shift 18:00-23:30 for the whole delegation
		forHOD   bool // ... assigned to another person than the head instead
		noShifts bool // the lead has no shifts at all
		want     []string
	}{
		{name: "lead until 18:00, nobody after", want: []string{"Gala dinner 19:30-22:30"}},
		{name: "night LO takes over", evening: true},
		{name: "night LO for another person", evening: true, forHOD: true, want: []string{"Gala dinner 19:30-22:30"}},
		{name: "no shifts: the whole day", noShifts: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newEvent(t)
			th := &data.Delegation{Code: "TH", Name: "Thailand", Languages: data.Codes{"en"}}
			hod := &data.Person{Role: data.RoleHOD, FullName: "Somchai"}
			member := &data.Person{Role: data.RoleMember, FullName: "Niran"}
			lead := &data.LO{FullName: "Dewi", Status: data.LOActive, Languages: data.LangSkills{{Code: "en", Level: data.LevelFluent}}}
			night := &data.LO{FullName: "Budi", Status: data.LOActive, Languages: data.LangSkills{{Code: "en", Level: data.LevelFluent}}}
			insert(t, s, &data.Event{Name: "E", StartDate: "2026-12-01", EndDate: "2026-12-03", TimeZone: "Asia/Jakarta"}, th, lead, night)
			hod.DelegationID, member.DelegationID = th.ID, th.ID
			la := &data.Assignment{LOID: lead.ID, DelegationID: th.ID, Role: data.AssignLead}
			insert(t, s, hod, member, la,
				&data.TravelLeg{DelegationID: th.ID, Direction: data.Arrival, Scheduled: at(1, 10, 0)},
				&data.TravelLeg{DelegationID: th.ID, Direction: data.Departure, Scheduled: at(3, 15, 0)},
				// Before the arrival: not the head's programme.
				&data.ProgrammeItem{Title: "Senior officials", Attendees: data.Codes{"all"}, Starts: at(1, 8, 0), Ends: at(1, 9, 0)},
				&data.ProgrammeItem{Title: "Plenary", Attendees: data.Codes{"all"}, Starts: at(2, 9, 0), Ends: at(2, 12, 0)},
				&data.ProgrammeItem{Title: "Gala dinner", Kind: data.ItemGala, Attendees: data.Codes{"all"}, Starts: at(2, 19, 30), Ends: at(2, 22, 30)},
				&data.ProgrammeItem{Title: "Spouses' batik", Kind: data.ItemVisit, Attendance: data.AttendChosen, Attendees: data.Codes{"all"}, Starts: at(2, 19, 0), Ends: at(2, 23, 0)},
				&data.ProgrammeItem{Title: "Bilateral FR", Attendees: data.Codes{"FR"}, Starts: at(2, 20, 0), Ends: at(2, 21, 0)},
			)
			if !tt.noShifts {
				insert(t, s, &data.Shift{AssignmentID: la.ID, Starts: at(2, 7, 0), Ends: at(2, 18, 0)})
			}
			if tt.evening {
				na := &data.Assignment{LOID: night.ID, DelegationID: th.ID, Role: data.AssignAssistant}
				if tt.forHOD {
					na.PersonID = member.ID
				}
				insert(t, s, na)
				insert(t, s, &data.Shift{AssignmentID: na.ID, Starts: at(2, 18, 0), Ends: at(2, 23, 30)})
			}
			b, err := LoadBoard(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range b.Conflicts {
				if c.Kind == CoverGap {
					got = append(got, c.Item+" "+c.From.In(jkt).Format("15:04")+"-"+c.To.In(jkt).Format("15:04"))
					if c.DelegationID != th.ID || c.String() == "" {
						t.Errorf("conflict %+v", c)
					}
				}
			}
			if len(got) != len(tt.want) || (len(got) > 0 && got[0] != tt.want[0]) {
				t.Errorf("cover gaps %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFirstGap(t *testing.T) {
	h := func(n int) time.Time { return time.Date(2026, 12, 2, n, 0, 0, 0, time.UTC) }
	tests := []struct {
		name   string
		need   span
		cover  []span
		gap    span
		hasGap bool
	}{
		{"covered", span{h(9), h(12)}, []span{{h(7), h(18)}}, span{}, false},
		{"two shifts back to back", span{h(9), h(20)}, []span{{h(18), h(23)}, {h(7), h(18)}}, span{}, false},
		{"hole between", span{h(9), h(20)}, []span{{h(7), h(12)}, {h(13), h(23)}}, span{h(12), h(13)}, true},
		{"late start", span{h(9), h(12)}, []span{{h(10), h(23)}}, span{h(9), h(10)}, true},
		{"early end", span{h(9), h(12)}, []span{{h(7), h(11)}}, span{h(11), h(12)}, true},
		{"none", span{h(9), h(12)}, nil, span{h(9), h(12)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cover := slices.Clone(tt.cover)
			sortSpans(cover)
			g, ok := firstGap(tt.need, cover)
			if ok != tt.hasGap || (ok && g != tt.gap) {
				t.Errorf("firstGap = %v %v, want %v %v", g, ok, tt.gap, tt.hasGap)
			}
		})
	}
}
