package sync

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"lodesk/data"
)

// The property test: five laptops, copied from one file, with clocks up to
// eleven hours either side (so up to 22 h apart), make random edits,
// deletes, restores, inserts and conflict choices, and sync through folders
// that hold a random selection of the packs written so far (drops),
// sometimes twice (duplicates), so changes also travel through third
// laptops' packs (relays). After everyone has synced with the full set of
// packs, all five must hold the same data, syncing again must change
// nothing, and no concurrent edit of medical notes or allergies may be lost.

type propReplica struct {
	name string
	st   *data.Store
	gone map[string][]data.Record // deletions made here, for restore
}

type reviewedWrite struct {
	person, field, value string
	stamp                data.Stamp
	known                map[data.Stamp]bool
}

type propWorld struct {
	t      *testing.T
	ctx    context.Context
	rng    *rand.Rand
	dir    string
	reps   []*propReplica
	pool   [][]byte // every pack ever written
	views  int
	writes []reviewedWrite
	n      int
	relays int // packs carrying changes of replicas other than their writer
	dups   int // packs delivered twice in one folder
	delegs []string
}

func TestPropertyConverge(t *testing.T) {
	seeds := 6
	if s, err := strconv.Atoi(os.Getenv("LODESK_SYNC_SEEDS")); err == nil {
		seeds = s
	}
	first := 0
	if s, err := strconv.Atoi(os.Getenv("LODESK_SYNC_SEED")); err == nil {
		first, seeds = s, 1
	}
	for seed := first; seed < first+seeds; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) { runProperty(t, uint64(seed), 120) })
	}
}

func runProperty(t *testing.T, seed uint64, steps int) {
	ctx := context.Background()
	w := &propWorld{t: t, ctx: ctx, rng: rand.New(rand.NewPCG(seed, 0x10de5c)), dir: t.TempDir()}
	base := w.base()
	for i := range 5 {
		path := filepath.Join(w.dir, fmt.Sprintf("r%d.lodesk", i))
		copyFile(t, base, path)
		skew := time.Duration(w.rng.IntN(22*60)-11*60) * time.Minute
		st, err := data.Open(ctx, path, data.Options{Now: func() time.Time { return time.Now().Add(skew) }})
		if err != nil {
			t.Fatal(err)
		}
		st.SetAuthor(fmt.Sprintf("coordinator %d", i))
		t.Cleanup(func() { st.Close() })
		w.reps = append(w.reps, &propReplica{name: fmt.Sprintf("r%d", i), st: st, gone: map[string][]data.Record{}})
	}
	for range steps {
		r := w.reps[w.rng.IntN(len(w.reps))]
		switch x := w.rng.IntN(100); {
		case x < 40:
			w.update(r)
		case x < 48:
			w.delete(r)
		case x < 53:
			w.restore(r)
		case x < 60:
			w.insert(r)
		case x < 64:
			w.resolve(r)
		default:
			w.sync(r, 0.6)
		}
	}
	// Full delivery, twice round: everyone's changes reach everyone.
	for range 2 {
		for _, i := range w.rng.Perm(len(w.reps)) {
			w.sync(w.reps[i], 1)
		}
	}
	snaps := make([]map[string][]string, len(w.reps))
	names := make([]string, len(w.reps))
	for i, r := range w.reps {
		var err error
		if snaps[i], err = r.st.Snapshot(ctx); err != nil {
			t.Fatal(err)
		}
		names[i] = r.name
		rep, err := r.st.Check(ctx)
		if err != nil || !rep.OK() {
			t.Errorf("%s: check: %v %v", r.name, err, rep.Problems)
		}
	}
	sameSnapshots(t, names, snaps...)
	var lists []map[string][]string
	for _, r := range w.reps {
		cs, err := r.st.Conflicts(ctx)
		must(t, err)
		m := map[string][]string{}
		for _, c := range cs {
			m["conflicts"] = append(m["conflicts"], fmt.Sprint(c.RowID, c.Field, c.Current.Stamp, c.Other.Stamp, c.Other.Value))
		}
		lists = append(lists, m)
	}
	sameSnapshots(t, names, lists...)
	// Re-delivery changes nothing.
	for i, r := range w.reps {
		sum := w.sync(r, 1)
		if sum.Received != 0 || sum.Sent != 0 {
			t.Errorf("%s: re-delivery moved %d in, %d out", r.name, sum.Received, sum.Sent)
		}
		again, err := r.st.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		sameSnapshots(t, []string{r.name, r.name + " again"}, snaps[i], again)
	}
	w.checkReviewed()
	cs, err := w.reps[0].st.Conflicts(ctx)
	must(t, err)
	t.Logf("%d packs (%d relaying), %d duplicate deliveries, %d reviewed writes, %d open conflicts", len(w.pool), w.relays, w.dups, len(w.writes), len(cs))
}

// base makes the file every laptop starts from.
func (w *propWorld) base() string {
	path := filepath.Join(w.dir, "base.lodesk")
	st, err := data.Create(w.ctx, path)
	if err != nil {
		w.t.Fatal(err)
	}
	must(w.t, st.Insert(w.ctx, &data.Event{Name: "Summit", TimeZone: "Asia/Jakarta"}))
	for _, code := range []string{"MY", "TH"} {
		d := &data.Delegation{Code: code, Name: code, Kind: data.KindCountry, Country: code}
		must(w.t, st.Insert(w.ctx, d))
		w.delegs = append(w.delegs, d.ID)
	}
	for i := range 5 {
		p := &data.Person{DelegationID: w.delegs[i%2], FullName: fmt.Sprint("Person ", i), Medical: fmt.Sprint("base medical ", i)}
		must(w.t, st.Insert(w.ctx, p))
	}
	must(w.t, st.Close())
	return path
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (w *propWorld) live(r *propReplica) []data.Person {
	ps, err := r.st.FindPeople(w.ctx, data.PersonFilter{})
	must(w.t, err)
	return ps
}

func (w *propWorld) value(r *propReplica, what string) string {
	w.n++
	return fmt.Sprintf("%s-%s-%d", what, r.name, w.n)
}

func (w *propWorld) update(r *propReplica) {
	ps := w.live(r)
	if len(ps) == 0 {
		return
	}
	p := ps[w.rng.IntN(len(ps))]
	field := ""
	switch w.rng.IntN(6) {
	case 0, 1:
		field, p.Medical = "medical", w.value(r, "med")
	case 2:
		field = "allergies"
		p.Allergies = data.Allergies{{Substance: w.value(r, "alg"), Severity: data.SeveritySevere}}
	case 3:
		p.Position = w.value(r, "pos")
	case 4:
		p.Phone = w.value(r, "tel")
	case 5:
		p.DelegationID = w.delegs[w.rng.IntN(2)]
		p.HandlingNotes = w.value(r, "note")
	}
	must(w.t, r.st.Update(w.ctx, &p))
	if field != "" {
		w.record(r, p.ID, field)
	}
}

// record notes a write of a reviewed field with what its writer had seen.
func (w *propWorld) record(r *propReplica, id, field string) {
	hist, err := r.st.History(w.ctx, "person", id)
	must(w.t, err)
	known := map[data.Stamp]bool{}
	var last data.Change
	for _, c := range hist {
		if c.Op == "insert" || (c.Op == "update" && c.Field == field) {
			if last.Seq != 0 {
				known[data.Stamp{HLC: last.HLC, Replica: last.Replica}] = true
			}
			last = c
		}
	}
	p, err := data.Get[data.Person](w.ctx, r.st, id)
	must(w.t, err)
	w.writes = append(w.writes, reviewedWrite{
		person: id, field: field, value: reviewedValue(p, field),
		stamp: data.Stamp{HLC: last.HLC, Replica: last.Replica}, known: known,
	})
}

func reviewedValue(p *data.Person, field string) string {
	if field == "medical" {
		return p.Medical
	}
	b, _ := p.Allergies.MarshalText()
	return string(b)
}

func (w *propWorld) delete(r *propReplica) {
	ps := w.live(r)
	if len(ps) == 0 {
		return
	}
	p := ps[w.rng.IntN(len(ps))]
	gone, err := r.st.Delete(w.ctx, &p)
	must(w.t, err)
	r.gone[p.ID] = gone
}

func (w *propWorld) restore(r *propReplica) {
	for id, gone := range r.gone {
		delete(r.gone, id)
		err := r.st.Restore(w.ctx, gone)
		if errors.Is(err, data.ErrNotFound) {
			return // restored elsewhere meanwhile
		}
		must(w.t, err)
		return
	}
}

func (w *propWorld) insert(r *propReplica) {
	p := &data.Person{DelegationID: w.delegs[w.rng.IntN(2)], FullName: w.value(r, "name"), Medical: w.value(r, "med")}
	must(w.t, r.st.Insert(w.ctx, p))
}

func (w *propWorld) resolve(r *propReplica) {
	cs, err := r.st.Conflicts(w.ctx)
	must(w.t, err)
	if len(cs) == 0 {
		return
	}
	c := cs[w.rng.IntN(len(cs))]
	v := c.Current.Value
	if w.rng.IntN(2) == 0 {
		v = c.Other.Value
	}
	must(w.t, r.st.ResolveConflict(w.ctx, c.Table, c.RowID, c.Field, v))
	w.record(r, c.RowID, c.Field)
}

// sync syncs r with a folder holding each pack of the pool with probability
// p, some of them twice.
func (w *propWorld) sync(r *propReplica, p float64) Summary {
	w.views++
	view := filepath.Join(w.dir, fmt.Sprintf("view%d", w.views))
	for i, raw := range w.pool {
		if w.rng.Float64() >= p {
			continue
		}
		h, err := ReadHeader(raw)
		must(w.t, err)
		copies := 1
		if w.rng.IntN(8) == 0 {
			copies = 2
		}
		w.dups += copies - 1
		for k := range copies {
			sub := filepath.Join(view, h.Replica)
			if k == 1 {
				sub = filepath.Join(view, "copied")
			}
			must(w.t, os.MkdirAll(sub, 0o755))
			must(w.t, os.WriteFile(filepath.Join(sub, fmt.Sprintf("%d%s", 1000+i, Ext)), raw, 0o644))
		}
	}
	must(w.t, os.MkdirAll(view, 0o755))
	sum, err := Run(w.ctx, r.st, Options{Folder: view})
	if err != nil {
		w.t.Fatalf("%s: sync: %v", r.name, err)
	}
	if len(sum.Held) > 0 {
		w.t.Fatalf("%s: %d changes held back", r.name, len(sum.Held))
	}
	for _, f := range sum.Written {
		raw, err := os.ReadFile(f)
		must(w.t, err)
		w.pool = append(w.pool, raw)
		h, err := ReadHeader(raw)
		must(w.t, err)
		for _, r := range h.Ranges {
			if r.Replica != h.Replica {
				w.relays++
				break
			}
		}
	}
	must(w.t, os.RemoveAll(view))
	return sum
}

// checkReviewed: on every live person, each write of medical notes or
// allergies since the last delete or restore that no other such write had
// seen is either the value shown or a version awaiting review.
func (w *propWorld) checkReviewed() {
	r := w.reps[0]
	cs, err := r.st.Conflicts(w.ctx)
	must(w.t, err)
	for _, p := range w.live(r) {
		hist, err := r.st.History(w.ctx, "person", p.ID)
		must(w.t, err)
		var cut data.Stamp
		for _, c := range hist {
			s := data.Stamp{HLC: c.HLC, Replica: c.Replica}
			if (c.Op == "delete" || c.Field == "deleted") && cut.Less(s) {
				cut = s
			}
		}
		for _, field := range []string{"medical", "allergies"} {
			var ws []reviewedWrite
			for _, x := range w.writes {
				if x.person == p.ID && x.field == field && cut.Less(x.stamp) {
					ws = append(ws, x)
				}
			}
			shown := []string{reviewedValue(&p, field)}
			for _, c := range cs {
				if c.RowID == p.ID && c.Field == field {
					shown = append(shown, c.Other.Value)
				}
			}
			for _, x := range ws {
				seen := false
				for _, y := range ws {
					seen = seen || y.known[x.stamp]
				}
				if !seen && !slices.Contains(shown, x.value) {
					w.t.Errorf("person %s %s: concurrent version %q lost (shown: %q)", p.FullName, field, x.value, shown)
					if os.Getenv("LODESK_SYNC_DEBUG") != "" {
						for _, y := range ws {
							w.t.Logf("write %s %v known %v", y.value, y.stamp, y.known)
						}
						for _, c := range hist {
							w.t.Logf("hist %s %s %v %s %.40s", c.Op, c.Field, data.Stamp{HLC: c.HLC, Replica: c.Replica}, c.Author, c.Value)
						}
					}
				}
			}
		}
	}
}
