package data

import (
	"context"
	"testing"
)

func TestLaptopsAndRowVersion(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	s.SetAuthor("Budi")
	p := &Person{FullName: "Siti Rahma"}
	if v, err := s.RowVersion(ctx, "person", "nobody"); err != nil || v.Seq != 0 {
		t.Fatalf("a row never written: %+v %v", v, err)
	}
	mustInsert(t, s, p)
	v1, err := s.RowVersion(ctx, "person", p.ID)
	if err != nil || v1.Seq == 0 || v1.Author != "Budi" || v1.Op != "insert" {
		t.Fatalf("after insert: %+v %v", v1, err)
	}
	s.SetAuthor("Sari")
	p.Position = "Minister"
	if err := s.Update(ctx, p); err != nil {
		t.Fatal(err)
	}
	v2, err := s.RowVersion(ctx, "person", p.ID)
	if err != nil || v2.Seq <= v1.Seq || v2.Author != "Sari" || v2.HLC <= v1.HLC {
		t.Fatalf("after update: %+v, before %+v, %v", v2, v1, err)
	}
	ls, err := s.Laptops(ctx)
	if err != nil || len(ls) != 1 {
		t.Fatalf("laptops: %+v %v", ls, err)
	}
	if l := ls[0]; !l.Mine || l.Author != "Sari" || l.Last != v2.HLC || l.Changes < 2 || l.Replica != s.Replica() {
		t.Fatalf("laptop: %+v", l)
	}
}
