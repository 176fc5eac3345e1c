package sync

import (
	"fmt"
	"slices"

	"lodesk/data"
)

// checkCopies finds packs in this laptop's own subfolder that it did not
// write (its ledger does not know them) and that verify and name this
// laptop's replica: another copy of this event file syncs under the same
// identity (a cloned disk keeps the machine, path and inode that a copied
// file would change). Before anything is written, this copy takes a new
// identity and re-stamps under it the changes of its own that no pack of
// the folder holds (and those the other copy stamped alike with other
// changes); the other copy keeps the old identity and its packs. Packs
// that do not verify are left to read, which refuses them.
func (r *run) checkCopies(packs []*packFile) error {
	var theirs []*Pack
	for _, p := range packs {
		if p.sub != r.own || p.format == 1 || p.header.Replica != r.own {
			continue
		}
		if rec := r.records[p.Trailer()]; rec != nil && rec.Mine {
			continue
		}
		pk, err := r.decode(p)
		if err != nil {
			continue
		}
		theirs = append(theirs, pk)
	}
	if len(theirs) == 0 {
		return nil
	}
	ctx, st := r.ctx, r.st
	log, err := st.LogStamps(ctx)
	if err != nil {
		return err
	}
	sent := data.StampSet{}
	for _, p := range packs {
		if rec := r.records[p.Trailer()]; rec != nil && !rec.Removed {
			sent.AddAll(rec.Stamps)
		}
	}
	other := data.StampSet{}
	byStamp := map[data.HLC][]string{} // the other copy's changes in this laptop's name, by stamp
	for _, pk := range theirs {
		for _, c := range pk.Changes {
			if c.Replica == r.own {
				other.Add(c.Replica, c.HLC)
				byStamp[c.HLC] = append(byStamp[c.HLC], changeKey(&c))
			}
		}
	}
	// Stamps both copies used: the same stamp for different changes must be
	// re-stamped here, or the other copy's would hide this one's.
	both := data.StampSet{}
	for _, h := range log[r.own] {
		if other.Has(r.own, h) {
			both.Add(r.own, h)
		}
	}
	mine, err := st.ChangesAt(ctx, both, false)
	if err != nil {
		return err
	}
	here := map[data.HLC][]string{}
	for _, c := range mine {
		here[c.HLC] = append(here[c.HLC], changeKey(&c))
	}
	var unsent []data.HLC
	for _, h := range log[r.own] {
		if other.Has(r.own, h) {
			a, b := here[h], byStamp[h]
			slices.Sort(a)
			slices.Sort(b)
			if !slices.Equal(a, b) {
				unsent = append(unsent, h)
			}
			continue
		}
		if !sent.Has(r.own, h) {
			unsent = append(unsent, h)
		}
	}
	res, err := st.Fork(ctx, unsent)
	if err != nil {
		return err
	}
	if r.records, err = st.PackRecords(ctx); err != nil {
		return err
	}
	r.own = res.New
	r.sum.Replica = res.New
	r.sum.Forked = res
	return nil
}

// changeKey names a change within its stamp.
func changeKey(c *data.SyncChange) string {
	return fmt.Sprint(c.Op, "|", c.Table, "|", c.RowID, "|", c.Field)
}
