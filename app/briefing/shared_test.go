package briefing

import (
	"context"
	"reflect"
	"testing"

	"lodesk/app/demo"
	"lodesk/data"
)

// A pack of a whole-event batch, which takes its share of what the batch
// read once, holds what a pack printed alone reads for itself.
func TestSharedPackMatchesOwnReads(t *testing.T) {
	s := openDemo(t, demo.Small, false)
	ctx := context.Background()
	load := func(share bool) (*batch, []job) {
		b, err := loadBatch(ctx, s, Options{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		jobs, err := b.selectJobs(ctx, s, Selection{All: true})
		if err != nil {
			t.Fatal(err)
		}
		if share {
			everyone, err := s.FindPeople(ctx, data.PersonFilter{})
			if err != nil {
				t.Fatal(err)
			}
			b.keepPeople(everyone)
			if err := b.primeFonts(ctx, s); err != nil {
				t.Fatal(err)
			}
			if err := b.loadShared(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		return b, jobs
	}
	own, jobs := load(false)
	shared, _ := load(true)
	var checks, gifts, briefs int
	for _, j := range jobs {
		want, err := loadPack(ctx, s, own, *j.assign)
		if err != nil {
			t.Fatal(err)
		}
		got, err := loadPack(ctx, s, shared, *j.assign)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []struct {
			name      string
			got, want any
		}{
			{"people", got.people, want.people},
			{"itinerary", got.it, want.it},
			{"vehicles", got.vehicles, want.vehicles},
			{"hotels", got.stays, want.stays},
			{"country brief", got.brief, want.brief},
			{"checklist", got.checklist, want.checklist},
			{"gifts", got.gifts, want.gifts},
			{"team", got.team, want.team},
		} {
			if !reflect.DeepEqual(f.got, f.want) {
				t.Errorf("%s (%s): %s differ:\n got %+v\nwant %+v", want.lo.FullName, want.del.Code, f.name, f.got, f.want)
			}
		}
		checks += len(want.checklist)
		gifts += len(want.gifts)
		if want.brief != nil {
			briefs++
		}
	}
	if checks == 0 || gifts == 0 || briefs == 0 {
		t.Fatalf("the demo's packs have %d checklist items, %d gifts, %d country briefs: the test compares too little", checks, gifts, briefs)
	}
}
