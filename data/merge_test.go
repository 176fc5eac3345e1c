package data

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestRanges(t *testing.T) {
	r := func(rep string, a, b HLC) Range { return Range{Replica: rep, From: a, To: b} }
	got := NormalizeRanges([]Range{r("b", 5, 9), r("a", 10, 12), r("a", 1, 3), r("a", 4, 6), r("a", 20, 19)})
	want := []Range{r("a", 1, 6), r("a", 10, 12), r("b", 5, 9)}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("normalize: %v", got)
	}
}

func TestStampSet(t *testing.T) {
	s := StampSet{}
	for _, h := range []HLC{5, 1, 9, 5, 3} {
		s.Add("b", h)
	}
	s.Add("a", 1<<40)
	if !reflect.DeepEqual(s["b"], []HLC{1, 3, 5, 9}) || !s.Has("a", 1<<40) || s.Has("a", 1) || s.Len() != 5 {
		t.Fatalf("set: %v", s)
	}
	o := StampSet{"b": {2, 3}, "c": {7}}
	s.AddAll(o)
	if !reflect.DeepEqual(s["b"], []HLC{1, 2, 3, 5, 9}) || !s.Has("c", 7) {
		t.Fatalf("union: %v", s)
	}
	blob, _ := s.MarshalBinary()
	var back StampSet
	if err := back.UnmarshalBinary(blob); err != nil || !reflect.DeepEqual(back, s) {
		t.Fatalf("round trip: %v %v", back, err)
	}
	for i := range blob {
		var cut StampSet
		_ = cut.UnmarshalBinary(blob[:i]) // never panics
	}
}

type batch struct {
	changes []SyncChange
}

func export(t *testing.T, s *Store) batch {
	t.Helper()
	ctx := context.Background()
	all, err := s.LogStamps(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := s.ChangesAt(ctx, all, false)
	if err != nil {
		t.Fatal(err)
	}
	return batch{cs}
}

func merge(t *testing.T, s *Store, b batch) MergeResult {
	t.Helper()
	res, err := s.Merge(context.Background(), b.changes, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func snap(t *testing.T, s *Store) map[string][]string {
	t.Helper()
	m, err := s.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestMergeOrderFree replays the packs of three replicas (concurrent edits
// of medical notes, a delete and restore against edits, an insert that
// refers to another replica's row) in many orders, whole or change by
// change, with duplicates: every replay ends in the same state.
func TestMergeOrderFree(t *testing.T) {
	ctx := context.Background()
	a, b, c := newStore(t), newStore(t), newStore(t)
	d := &Delegation{Code: "MY", Name: "Malaysia"}
	p := &Person{DelegationID: d.ID, FullName: "Siti", Medical: "asthma", Phone: "1"}
	mustInsert(t, a, d)
	p.DelegationID = d.ID
	mustInsert(t, a, p)
	var universe []batch
	universe = append(universe, export(t, a))

	merge(t, b, universe[0])
	pb, _ := Get[Person](ctx, b, p.ID)
	pb.Medical, pb.Phone = "asthma, inhaler (B)", "2"
	must(t, b.Update(ctx, pb))
	universe = append(universe, export(t, b))

	pa, _ := Get[Person](ctx, a, p.ID)
	pa.Medical = "asthma (A)"
	must(t, a.Update(ctx, pa))
	gone, err := a.Delete(ctx, pa)
	must(t, err)
	must(t, a.Restore(ctx, gone))
	pa, _ = Get[Person](ctx, a, p.ID)
	pa.HandlingNotes = "restored"
	must(t, a.Update(ctx, pa))
	universe = append(universe, export(t, a))

	merge(t, c, universe[0])
	pc, _ := Get[Person](ctx, c, p.ID)
	pc.Position = "Minister (C)"
	must(t, c.Update(ctx, pc))
	q := &Person{DelegationID: d.ID, FullName: "Ahmad", Medical: "none"}
	mustInsert(t, c, q)
	universe = append(universe, export(t, c))

	merge(t, b, universe[2])
	qb := universe[3]
	merge(t, b, qb)
	pb, _ = Get[Person](ctx, b, p.ID)
	pb.Allergies = Allergies{{Substance: "peanut", Severity: SeveritySevere}}
	must(t, b.Update(ctx, pb))
	qq, _ := Get[Person](ctx, b, q.ID)
	_, err = b.Delete(ctx, qq)
	must(t, err)
	universe = append(universe, export(t, b))

	ref := newStore(t)
	for _, u := range universe {
		merge(t, ref, u)
	}
	want := snap(t, ref)
	rp, _ := Get[Person](ctx, ref, p.ID)
	// The restore rewrote the phone after B edited it; C did not see the delete.
	if rp.Position != "Minister (C)" || rp.HandlingNotes != "restored" || rp.Phone != "1" || len(rp.Allergies) != 1 {
		t.Errorf("merged person: %+v", rp)
	}
	if _, err := Get[Person](ctx, ref, q.ID); err == nil {
		t.Error("the deleted person is live")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 25 {
		s := newStore(t)
		order := rng.Perm(len(universe))
		order = append(order, rng.IntN(len(universe))) // a duplicate
		for _, i := range order {
			u := universe[i]
			if trial%2 == 0 {
				merge(t, s, u)
				continue
			}
			cs := append([]SyncChange(nil), u.changes...)
			rng.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
			for _, ch := range cs {
				merge(t, s, batch{changes: []SyncChange{ch}})
			}
		}
		if got := snap(t, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d (order %v) differs:\n%v\n%v", trial, order, got["person"], want["person"])
		}
		res := merge(t, s, universe[rng.IntN(len(universe))])
		if res.Applied != 0 {
			t.Fatalf("re-delivery applied %d changes", res.Applied)
		}
		rep, err := s.Check(ctx)
		if err != nil || !rep.OK() {
			t.Fatalf("check: %v %v", err, rep.Problems)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestMergeRefusesMalformed(t *testing.T) {
	s := newStore(t)
	good := SyncChange{Replica: "r", HLC: 1 << 20, Op: "update", Table: "person", RowID: "01900000-0000-7000-8000-000000000001", Field: "phone", Value: []byte(`"1"`)}
	bad := []SyncChange{
		{Replica: "r", HLC: 1, Op: "update", Table: "nope", RowID: good.RowID, Field: "x"},
		{Replica: "r", HLC: 1, Op: "update", Table: "person", RowID: good.RowID, Field: "search", Value: []byte(`"x"`)},
		{Replica: "r", HLC: 1, Op: "update", Table: "person", RowID: "not-a-uuid", Field: "phone"},
		{Replica: "r", HLC: 1, Op: "update", Table: "person", RowID: good.RowID, Field: "phone", Value: []byte(`12`)},
		{Replica: "r", HLC: 1, Op: "insert", Table: "person", RowID: good.RowID, Value: []byte(`{"hlc": 5}`)},
		{Replica: "r", HLC: 1, Op: "drop", Table: "person", RowID: good.RowID},
		{Replica: "", HLC: 1, Op: "delete", Table: "person", RowID: good.RowID},
	}
	for _, b := range bad {
		if _, err := s.Merge(context.Background(), []SyncChange{good, b}, nil); err == nil {
			t.Errorf("accepted %+v", b)
		}
	}
	if v, _ := s.DataVersion(context.Background()); v != 0 {
		t.Errorf("a refused merge wrote %d changes", v)
	}
}

// TestMergeIgnoresRetiredFields: changes older LO Desks wrote to a field
// that is gone (a checklist item's sop_item_id) merge without it.
func TestMergeIgnoresRetiredFields(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	row := "01900000-0000-7000-8000-0000000000c1"
	changes := []SyncChange{
		{
			Replica: "old", HLC: 1 << 20, Op: "insert", Table: "checklist_item", RowID: row,
			Value: []byte(`{"phase":"arrival","text_en":"Meet at the gate","status":"pending","sop_item_id":"01900000-0000-7000-8000-0000000000d1"}`),
		},
		{Replica: "old", HLC: 2 << 20, Op: "update", Table: "checklist_item", RowID: row, Field: "sop_item_id", Value: []byte(`"01900000-0000-7000-8000-0000000000d2"`)},
	}
	res, err := s.Merge(ctx, changes, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Applied != 1 {
		t.Errorf("applied %d changes, want the insert only", res.Applied)
	}
	it, err := Get[ChecklistItem](ctx, s, row)
	if err != nil || it.TextEN != "Meet at the gate" {
		t.Fatalf("merged item %+v, %v", it, err)
	}
}
