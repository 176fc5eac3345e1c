package data

import (
	"context"
	"reflect"
	"testing"
)

// TestMergeHeldRows merges histories where a pack inserts rows and then
// writes them again (edits of plain, searched, reference and reviewed
// fields; a delete; a delete and restore): the rows a merge holds in
// memory until it ends must come out as the origin has them, and as a
// merge of one change at a time (no row held across changes) makes them.
func TestMergeHeldRows(t *testing.T) {
	ctx := context.Background()
	edit := func(t *testing.T, a *Store, p *Person, f func(*Person)) {
		t.Helper()
		got, err := Get[Person](ctx, a, p.ID)
		must(t, err)
		f(got)
		must(t, a.Update(ctx, got))
	}
	tests := []struct {
		name    string
		history func(t *testing.T, a *Store, d1, d2 *Delegation)
	}{
		{"edits of plain, searched and reference fields", func(t *testing.T, a *Store, d1, d2 *Delegation) {
			p := &Person{DelegationID: d1.ID, FullName: "Siti", Phone: "1"}
			mustInsert(t, a, p)
			edit(t, a, p, func(p *Person) { p.Phone, p.FullName, p.DelegationID = "2", "Siti Rahma", d2.ID })
		}},
		{"a delete", func(t *testing.T, a *Store, d1, _ *Delegation) {
			q := &Person{DelegationID: d1.ID, FullName: "Ahmad", PassportNo: "X1"}
			mustInsert(t, a, q)
			edit(t, a, q, func(p *Person) { p.Position = "Adviser" })
			_, err := a.Delete(ctx, q)
			must(t, err)
		}},
		{"a delete and restore", func(t *testing.T, a *Store, d1, _ *Delegation) {
			r := &Person{DelegationID: d1.ID, FullName: "Budi", Phone: "3"}
			mustInsert(t, a, r)
			gone, err := a.Delete(ctx, r)
			must(t, err)
			must(t, a.Restore(ctx, gone))
			edit(t, a, r, func(p *Person) { p.Position = "Minister" })
		}},
		{"a reviewed field", func(t *testing.T, a *Store, d1, _ *Delegation) {
			s := &Person{DelegationID: d1.ID, FullName: "Dewi", Medical: "asthma"}
			mustInsert(t, a, s)
			edit(t, a, s, func(p *Person) { p.Medical = "asthma, inhaler" })
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newStore(t)
			d1, d2 := &Delegation{Code: "MY", Name: "Malaysia"}, &Delegation{Code: "ID", Name: "Indonesia"}
			mustInsert(t, a, d1, d2)
			tt.history(t, a, d1, d2)
			all := export(t, a)
			want := snap(t, a)

			whole := newStore(t)
			merge(t, whole, all)
			if got := snap(t, whole); !reflect.DeepEqual(got, want) {
				t.Errorf("merged whole:\n%v\nthe origin:\n%v", got["person"], want["person"])
			}
			single := newStore(t)
			for _, c := range all.changes {
				merge(t, single, batch{[]SyncChange{c}})
			}
			if got := snap(t, single); !reflect.DeepEqual(got, want) {
				t.Errorf("merged change by change:\n%v\nthe origin:\n%v", got["person"], want["person"])
			}
		})
	}
}
