package sync

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"pgregory.net/rapid"

	"lodesk/data"
)

// The property test: five laptops, copied from one file, with clocks up to
// eleven hours either side (so up to 22 h apart), make random edits,
// deletes, restores, inserts and conflict choices, protect the event at
// random points (each on its own, with the same passphrase: so up to five
// keys meet), and sync through folders that hold a random selection of the
// packs written so far (drops), sometimes twice (duplicates), now and then
// packs a laptop has since replaced by a snapshot (a second folder that
// missed the replacement), and hostile files: forged packs (a copy in
// another laptop's subfolder, a plain pack in a protected folder, a pack
// protected with a key not of this event, a format-1 pack claiming every
// stamp of a laptop), truncated and oversized ones. Laptops compact their
// packs when due and at random points. So changes also travel through
// third laptops' packs (relays). After everyone has synced with the full
// set of live packs, all five must hold the same data under the same key,
// syncing again must change nothing, and no concurrent edit of medical
// notes or allergies may be lost.

const propPass = "kata sandi bersama"

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

// poolPack is a pack some laptop wrote.
type poolPack struct {
	raw       []byte
	replica   string
	protected bool
	removed   bool // its writer replaced it by a snapshot
}

type propWorld struct {
	t       propT
	ctx     context.Context
	rng     draws
	dir     string
	reps    []*propReplica
	pool    []*poolPack // every pack ever written
	views   int
	writes  []reviewedWrite
	n       int
	relays  int // packs carrying changes of replicas other than their writer
	dups    int // packs delivered twice in one folder
	stale   int // replaced packs delivered again
	hostile int // hostile files in folders
	refused int // packs refused
	protect int // laptops that protected the event themselves
	compact int // snapshots written
	delegs  []string
	alien   *data.EventKey // a key of another event
}

// TestPropertyConverge runs the property with rapid, which shrinks a
// failing history to a short one. `go test` runs 6 histories; more with
// -rapid.checks=N, one again with -rapid.seed=S.
func TestPropertyConverge(t *testing.T) {
	alien := testKey(t)
	rapid.Check(t, func(rt *rapid.T) {
		runProperty(rt, t.TempDir(), alien, 120)
	})
}

// propT is what the property needs of a test: *rapid.T (and *testing.T).
type propT interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Errorf(format string, args ...any)
	Logf(format string, args ...any)
}

// draws are the property's random choices, drawn from rapid.
type draws struct{ t *rapid.T }

func (d draws) IntN(n int) int { return rapid.IntRange(0, n-1).Draw(d.t, "n") }

// Float64 is in [0, 1).
func (d draws) Float64() float64 { return float64(rapid.IntRange(0, 999).Draw(d.t, "p")) / 1000 }

func (d draws) Perm(n int) []int {
	return rapid.Permutation(rapid.ID(slices.Collect(func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}))).Draw(d.t, "order")
}

func runProperty(t *rapid.T, dir string, alien *data.EventKey, steps int) {
	ctx := context.Background()
	w := &propWorld{t: t, ctx: ctx, rng: draws{t}, dir: dir, alien: alien}
	defer func() {
		for _, r := range w.reps {
			r.st.Close()
		}
	}()
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
		case x < 68:
			w.protectEvent(r)
		default:
			w.sync(r, 0.6, true)
		}
	}
	// Full delivery of the live packs, three times round: everyone's
	// changes reach everyone. (Three: a laptop that wrote plain packs and
	// meets the protection in the first round rewrites them protected
	// then; a laptop that synced before it in that round and refused them
	// gets them in the second; one that protected in the first round
	// only after the others had synced spreads the protection in the
	// second, and what the others wrote in plain arrives in the third.)
	for range 3 {
		for _, i := range w.rng.Perm(len(w.reps)) {
			w.sync(w.reps[i], 1, false)
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
	// Re-delivery changes nothing, and nothing is refused any more.
	for i, r := range w.reps {
		sum := w.sync(r, 1, false)
		if sum.Received != 0 || sum.Sent != 0 || len(sum.Refused) > 0 {
			t.Errorf("%s: re-delivery moved %d in, %d out (%v), refused %v", r.name, sum.Received, sum.Sent, sum.SentByTable, sum.Refused)
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
	keys := map[string]bool{}
	for _, r := range w.reps {
		k, err := r.st.CurrentKey(ctx)
		must(t, err)
		if k != nil {
			keys[k.ID] = true
		}
	}
	if w.protect > 0 && len(keys) != 1 {
		t.Errorf("%d laptops protected the event; the five hold %d keys", w.protect, len(keys))
	}
	t.Logf("%d packs (%d relaying, %d snapshots), %d duplicate and %d stale deliveries, %d hostile files, %d refused, %d protections, %d reviewed writes, %d open conflicts",
		len(w.pool), w.relays, w.compact, w.dups, w.stale, w.hostile, w.refused, w.protect, len(w.writes), len(cs))
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

func must(t propT, err error) {
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

// protectEvent protects the event on r, unless it is protected already.
func (w *propWorld) protectEvent(r *propReplica) {
	if p, err := r.st.Protected(w.ctx); err != nil || p {
		must(w.t, err)
		return
	}
	must(w.t, r.st.Protect(w.ctx, propPass))
	w.protect++
}

// sync syncs r with a folder holding each live pack of the pool with
// probability p, some of them twice; with hostile, also replaced packs now
// and then, hostile files, and a forced compaction.
func (w *propWorld) sync(r *propReplica, p float64, hostile bool) Summary {
	w.views++
	view := filepath.Join(w.dir, fmt.Sprintf("view%d", w.views))
	must(w.t, os.MkdirAll(view, 0o755))
	files := map[string]*poolPack{}
	put := func(sub, name string, raw []byte) string {
		must(w.t, os.MkdirAll(filepath.Join(view, sub), 0o755))
		path := filepath.Join(view, sub, name)
		must(w.t, os.WriteFile(path, raw, 0o600))
		return path
	}
	folderProtected := false
	for i, pk := range w.pool {
		switch {
		case pk.removed && !(hostile && w.rng.IntN(10) == 0):
			continue
		case !pk.removed && p < 1 && w.rng.Float64() >= p:
			continue
		}
		if pk.removed {
			w.stale++
		}
		folderProtected = folderProtected || pk.protected
		files[put(pk.replica, fmt.Sprintf("%d%s", 1000+i, Ext), pk.raw)] = pk
		if w.rng.IntN(8) == 0 { // the same pack again, under another number
			w.dups++
			put(pk.replica, fmt.Sprintf("%d%s", 5000+i, Ext), pk.raw)
		}
	}
	var bad []string
	if hostile && len(w.pool) > 0 && w.rng.IntN(4) == 0 {
		var keyed bool
		bad, keyed = w.hostileFiles(view, put, folderProtected)
		folderProtected = folderProtected || keyed
	}
	prot, err := r.st.Protected(w.ctx)
	must(w.t, err)
	pass := ""
	if prot || folderProtected {
		pass = propPass
	}
	opts := Options{Folder: view, Passphrase: pass, Compact: hostile && w.rng.IntN(10) == 0}
	sum, err := Run(w.ctx, r.st, opts)
	var refused *RefusedError
	if err != nil && !errors.As(err, &refused) {
		w.t.Fatalf("%s: sync: %v", r.name, err)
	}
	for _, e := range sum.Refused {
		var pe *PackError
		if !errors.As(e, &pe) {
			w.t.Fatalf("%s: refused without a file: %v", r.name, e)
		}
		w.refused++
		if !slices.Contains(bad, pe.File) && !errors.Is(e, ErrUnprotected) {
			w.t.Fatalf("%s: a good pack refused: %v", r.name, e)
		}
	}
	if len(sum.Held) > 0 {
		w.t.Fatalf("%s: %d changes held back", r.name, len(sum.Held))
	}
	// The packs r removed (replaced by a snapshot) leave the pool's live set.
	for path, pk := range files {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			pk.removed = true
		}
	}
	for _, f := range sum.Written {
		raw, err := os.ReadFile(f)
		must(w.t, err)
		h, err := ReadHeader(raw)
		must(w.t, err)
		w.pool = append(w.pool, &poolPack{raw: raw, replica: h.Replica, protected: h.Key != ""})
		if len(h.Relays) > 0 {
			w.relays++
		}
		if h.Snapshot {
			w.compact++
		}
	}
	must(w.t, os.RemoveAll(view))
	return sum
}

// hostileFiles puts forged, truncated and oversized packs in a view and
// returns their paths.
// A pack under a key of another event goes only in a protected folder: in
// a plain one it would make the folder look protected, and a laptop
// without the passphrase would rightly be stopped.
//
// It also says whether it put a copy of a protected pack: its header makes
// the folder protected (a laptop then syncs with the passphrase).
func (w *propWorld) hostileFiles(view string, put func(sub, name string, raw []byte) string, protected bool) ([]string, bool) {
	src := w.pool[w.rng.IntN(len(w.pool))]
	victim := w.reps[w.rng.IntN(len(w.reps))].st.Replica()
	other := w.reps[w.rng.IntN(len(w.reps))].st.Replica()
	var out []string
	switch w.rng.IntN(6) {
	case 0: // a copy in another laptop's subfolder
		if other != src.replica {
			out = append(out, put(other, "7001"+Ext, src.raw))
		}
	case 1: // cut short
		out = append(out, put(src.replica, "7002"+Ext, src.raw[:w.rng.IntN(len(src.raw))]))
	case 2: // too large to be a pack
		path := put(other, "7003"+Ext, nil)
		must(w.t, os.Truncate(path, MaxPackFile+1))
		out = append(out, path)
	case 3: // protected with a key of another event, in the name of another laptop
		if !protected {
			break
		}
		cs := []data.SyncChange{{
			Replica: victim, HLC: data.MakeHLC(time.Now(), 7), Op: "update", Table: "person",
			RowID: "01900000-0000-7000-8000-0000000000ee", Field: "phone", Value: []byte(`"forged"`),
		}}
		raw, err := EncodePack(Header{Schema: data.SchemaVersion(), Replica: other, Number: 7004}, cs, w.alien)
		must(w.t, err)
		out = append(out, put(other, "7004"+Ext, raw))
	case 4: // format 1, claiming every stamp of a laptop and holding nothing
		raw := encodeV1(w.t, Header{Schema: 1, Replica: other, Ranges: []data.Range{{Replica: victim, From: 1, To: 1 << 62}}}, nil, "")
		out = append(out, put(other, "7005"+Ext, raw))
	case 5: // a changed byte
		raw := slices.Clone(src.raw)
		raw[len(raw)/2] ^= 0x40
		out = append(out, put(src.replica, "7006"+Ext, raw))
	}
	w.hostile += len(out)
	keyed := false
	for _, path := range out {
		if fi, err := os.Stat(path); err != nil || fi.Size() > MaxPackFile {
			continue
		}
		if raw, err := os.ReadFile(path); err == nil {
			if h, err := ReadHeader(raw); err == nil && h.Key != "" {
				keyed = true
			}
		}
	}
	return out, keyed
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
