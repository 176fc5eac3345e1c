package sync

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"lodesk/data"
)

// What a laptop writes, and when it rewrites its own subfolder into one
// snapshot (docs/design.md, "Compaction and erasure").

// maxOwnPacks is how many packs a laptop keeps in its subfolder before it
// compacts them into one.
const maxOwnPacks = 8

// write sends what this file holds that no verified pack of the folder
// holds, or compacts this laptop's subfolder when it must.
func (r *run) write() error {
	ctx, st := r.ctx, r.st
	key, err := st.CurrentKey(ctx)
	if err != nil {
		return err
	}
	if r.locked && key == nil {
		// A protected folder, and this event did not get the protection
		// (its packs were refused): nothing it wrote could be read.
		return nil
	}
	r.removeSuperseded()
	log, err := st.LogStamps(ctx)
	if err != nil {
		return err
	}
	others := data.StampSet{}
	for _, rec := range r.present {
		if !rec.Mine {
			others.AddAll(rec.Stamps)
		}
	}
	inFolder := inFolderOf(r.present)
	mark, err := st.EraseMark(ctx)
	if err != nil {
		return err
	}
	if r.mustCompact(key, mark) {
		return r.compact(key, mark, log, others)
	}
	gaps := minus(log, inFolder)
	if gaps.Len() == 0 {
		return nil
	}
	want := data.StampSet{}
	want.AddAll(gaps)
	if err := r.withKeyWrite(want, key); err != nil {
		return err
	}
	r.opts.Progress("write", 0, 1)
	changes, err := st.ChangesAt(ctx, want, false)
	if err != nil {
		return err
	}
	_, err = r.writePack(changes, false, key, mark, gaps)
	return err
}

// withKeyWrite adds to the stamps of a protected pack the write of the
// event's key: a protected pack carries the protection, so that a laptop
// that reads any of them takes it.
func (r *run) withKeyWrite(want data.StampSet, key *data.EventKey) error {
	if key == nil {
		return nil
	}
	ks, ok, err := r.st.KeyStamp(r.ctx)
	if ok {
		want.Add(ks.Replica, ks.HLC)
	}
	return err
}

// mustCompact says whether this laptop's packs in the folder must be
// rewritten: too many of them, one of an older format or under another
// protection, one written before the last deletion this file applied, one
// it had replaced already (a folder that missed the replacement), or one
// written under an earlier identity of its own (clock recovery).
func (r *run) mustCompact(key *data.EventKey, mark int64) bool {
	if len(r.mine) > maxOwnPacks {
		return true
	}
	kid := ""
	if key != nil {
		kid = key.ID
	}
	for _, m := range r.mine {
		if m.rec.Format != Format || m.rec.KeyID != kid || m.rec.EraseMark < mark || m.rec.Removed || m.rec.Replica != r.own {
			return true
		}
	}
	return r.opts.Compact && len(r.mine) > 1
}

// compact writes one snapshot holding every change of this laptop's own
// and every change of others that no other pack of the folder holds, as
// the change log holds them now (erased values erased, protected ones
// sealed, overwritten plain values left out), then removes the packs it
// replaces. A kill at any point leaves the old packs, or the old packs and
// the snapshot, never neither.
func (r *run) compact(key *data.EventKey, mark int64, log, others data.StampSet) error {
	want := minus(log, others)
	for _, id := range r.st.OwnIDs() {
		if own := log[id]; len(own) > 0 {
			want[id] = own
		}
	}
	var snap *data.PackRecord
	if want.Len() > 0 {
		if err := r.withKeyWrite(want, key); err != nil {
			return err
		}
		r.opts.Progress("compact", 0, 1)
		changes, err := r.st.ChangesAt(r.ctx, want, true)
		if err != nil {
			return err
		}
		if snap, err = r.writePack(changes, true, key, mark, minus(log, inFolderOf(r.present))); err != nil {
			return err
		}
	}
	var gone []string
	for _, m := range r.mine {
		if snap != nil && m.rec.Trailer == snap.Trailer {
			continue
		}
		if err := os.Remove(m.path); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("compact: %w", err)
		}
		gone = append(gone, m.rec.Trailer)
	}
	syncDir(filepath.Join(r.opts.Folder, r.own))
	for _, id := range r.st.OwnIDs()[1:] { // an earlier subfolder of this laptop, now empty
		_ = os.Remove(filepath.Join(r.opts.Folder, id))
	}
	r.sum.Compacted = len(gone)
	return r.st.RemovedPacks(r.ctx, gone)
}

// removeSuperseded removes this laptop's packs that a later snapshot of
// its own replaces: what a compaction killed before it finished left.
func (r *run) removeSuperseded() {
	last := map[string]int{} // by subfolder: each numbers its packs on its own
	for _, m := range r.mine {
		if m.rec.Snapshot {
			last[m.rec.Replica] = max(last[m.rec.Replica], m.rec.Number)
		}
	}
	keep := r.mine[:0]
	var gone []string
	for _, m := range r.mine {
		if m.rec.Number < last[m.rec.Replica] && os.Remove(m.path) == nil {
			gone = append(gone, m.rec.Trailer)
			continue
		}
		keep = append(keep, m)
	}
	r.mine = keep
	_ = r.st.RemovedPacks(r.ctx, gone)
}

// writePack writes the changes as this laptop's next pack. The pack is
// recorded in the ledger before it gets its name, so that this laptop
// never takes its own pack for another copy's.
//
// The summary counts as sent the changes whose stamps are in fresh (all
// when fresh is nil): a snapshot mostly rewrites what was already there.
func (r *run) writePack(changes []data.SyncChange, snapshot bool, key *data.EventKey, mark int64, fresh data.StampSet) (*data.PackRecord, error) {
	sub := filepath.Join(r.opts.Folder, r.own)
	if err := os.MkdirAll(sub, 0o700); err != nil {
		return nil, fmt.Errorf("sync folder: %w", err)
	}
	floor := 0
	for _, rec := range r.records {
		if rec.Mine && rec.Replica == r.own {
			floor = max(floor, rec.Number)
		}
	}
	n, err := nextNumber(sub, floor)
	if err != nil {
		return nil, fmt.Errorf("sync folder: %w", err)
	}
	eventID := r.eventID
	if ev, err := r.st.Event(r.ctx); err == nil {
		eventID = ev.ID // a file that just joined has its event now
	}
	h := Header{Schema: data.SchemaVersion(), Replica: r.own, Event: eventID, Number: n, Created: r.opts.Now().UTC(), Snapshot: snapshot}
	path := filepath.Join(sub, strconv.Itoa(n)+Ext)
	f, err := os.CreateTemp(sub, tmpPrefix+"*"+Ext)
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 256<<10)
	trailer, stamps, err := writePack(bw, h, changes, keyOf(key))
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	rec := &data.PackRecord{
		Trailer: trailer, Replica: r.own, Number: n, Mine: true, Snapshot: snapshot, Format: Format,
		EraseMark: mark, Merged: true, Stamps: stamps,
	}
	if key != nil {
		rec.KeyID = key.ID
	}
	if err := r.st.RecordPack(r.ctx, rec); err != nil {
		return nil, err
	}
	r.records[trailer] = rec
	if err := placeNew(tmp, path); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	done = true
	syncDir(sub)
	r.sum.Written = append(r.sum.Written, path)
	for _, c := range changes {
		if fresh == nil || fresh.Has(c.Replica, c.HLC) {
			r.sum.Sent++
			r.sum.SentByTable[c.Table]++
		}
	}
	if !snapshot {
		r.mine = append(r.mine, ownPack{rec, path})
	}
	return rec, nil
}

// inFolderOf is every stamp the packs hold.
func inFolderOf(recs []*data.PackRecord) data.StampSet {
	out := data.StampSet{}
	for _, rec := range recs {
		out.AddAll(rec.Stamps)
	}
	return out
}

// minus is what of a is not in b.
func minus(a, b data.StampSet) data.StampSet {
	out := data.StampSet{}
	for o, hs := range a {
		for _, h := range hs {
			if !b.Has(o, h) {
				out[o] = append(out[o], h)
			}
		}
	}
	return out
}
