package sync

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"lodesk/app/backup"
	"lodesk/app/event"
	"lodesk/data"
)

// Summary is what a sync did.
type Summary struct {
	Folder  string
	Replica string
	Joined  bool // the event file was created from the folder

	Written   []string // pack files written
	Compacted int      // packs of this laptop replaced by a snapshot

	// Recovered: this laptop's clock had run more than a day fast; when the
	// file was opened with the clock right, its changes stamped in the
	// future were re-stamped under a new identity (data.Store.Recovered).
	Recovered data.Restamped
	// Forked: another copy of this event file synced under this laptop's
	// identity; this copy took a new one and re-stamped its unsent changes.
	Forked      data.Restamped
	Sent        int            // changes written
	SentByTable map[string]int // changes written per table

	PacksRead    int            // packs merged
	PacksSkipped int            // packs whose changes this file already held
	Received     int            // changes new to this file
	ByTable      map[string]int // new changes per table
	ByAuthor     map[string]int // new changes per author
	Duplicates   int            // changes read that this file already held

	Held      []data.SyncChange // stamped more than a day ahead: held back, not applied
	Refused   []error           // packs refused whole (*PackError)
	Reviewed  int               // reviewed fields that the merge left with concurrent versions
	Conflicts []data.Conflict   // every reviewed field awaiting a choice
}

// Progress reports a step of a sync: done of total.
type Progress func(step string, done, total int)

// Options tune Run.
type Options struct {
	Folder     string
	Passphrase string // "" for plain packs
	Progress   Progress
	Now        func() time.Time // pack creation time (tests); time.Now if nil
	Compact    bool             // rewrite this laptop's packs into one snapshot even if not due
}

// Sync writes this file's new changes into the folder and merges every
// other replica's packs. Packs that are refused are listed in the summary
// and in the error; the rest is merged all the same.
func Sync(ctx context.Context, st *data.Store, folder, passphrase string) (Summary, error) {
	return Run(ctx, st, Options{Folder: folder, Passphrase: passphrase})
}

// SyncFile syncs the event file at path, creating it from the folder if it
// does not exist: that is how a new laptop joins. A join that fails, or
// finds nothing it can read, leaves no file behind; one that merged what it
// could and left some packs out keeps the file and reports them.
func SyncFile(ctx context.Context, path string, opts Options) (Summary, error) {
	if _, err := os.Stat(path); err == nil {
		st, err := event.Open(ctx, path)
		if err != nil {
			return Summary{}, err
		}
		defer st.Close()
		return Run(ctx, st, opts)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return Summary{}, err
	}
	if err := checkLive(path); err != nil { // as for any event file: not on a network share
		return Summary{}, fmt.Errorf("join %s: %w", path, err)
	}
	if err := hasPacks(opts.Folder); err != nil {
		return Summary{}, fmt.Errorf("join %s: %w", path, err)
	}
	st, err := data.Create(ctx, path)
	if err != nil {
		return Summary{}, err
	}
	st.SetAuthor(event.DefaultAuthor())
	sum, err := Run(ctx, st, opts)
	sum.Joined = true
	cerr := st.Close()
	if err == nil && sum.Received == 0 {
		err = fmt.Errorf("join %s: the folder %s holds no changes", path, opts.Folder)
	}
	var refused *RefusedError
	soft := errors.As(err, &refused) && sum.Received > 0 // joined; some packs left out
	if err = errors.Join(err, cerr); err != nil && (!soft || cerr != nil) {
		for _, p := range []string{path, path + "-wal", path + "-shm"} {
			_ = os.Remove(p)
		}
	}
	return sum, err
}

// checkLive refuses an event file on a network share (a test replaces it).
var checkLive = backup.CheckLive

func hasPacks(folder string) error {
	good, bad, err := scan(folder)
	if err != nil {
		return err
	}
	if len(good) == 0 && len(bad) == 0 {
		return fmt.Errorf("the folder %s holds no packs to join from", folder)
	}
	return nil
}

// Run is Sync with options. In order: the passphrase is checked (against
// the event's key, or the key of the folder's protected packs) before
// anything is written; every pack this file has not merged yet is read,
// verified and merged, one at a time; then what this file holds that no
// verified pack of the folder holds is written into its own subfolder, or
// the subfolder is compacted into a snapshot (compact.go).
func Run(ctx context.Context, st *data.Store, opts Options) (Summary, error) {
	sum := Summary{Folder: opts.Folder, Replica: st.Replica(), SentByTable: map[string]int{}, ByTable: map[string]int{}, ByAuthor: map[string]int{}}
	if opts.Progress == nil {
		opts.Progress = func(string, int, int) {}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Folder == "" {
		return sum, errors.New("sync: no folder given")
	}
	if fi, err := os.Stat(opts.Folder); err != nil {
		return sum, fmt.Errorf("sync folder: %w", err)
	} else if !fi.IsDir() {
		return sum, fmt.Errorf("sync folder %s: not a folder", opts.Folder)
	}
	sum.Recovered = st.Recovered()
	r := &run{ctx: ctx, st: st, opts: opts, sum: &sum, own: st.Replica()}
	if err := r.unlock(); err != nil {
		return sum, err
	}
	opts.Progress("scan", 0, 1)
	removeLeftovers(filepath.Join(opts.Folder, r.own))
	packs, bad, err := scan(opts.Folder)
	if err != nil {
		return sum, err
	}
	sum.Refused = append(sum.Refused, bad...)
	if r.records, err = st.PackRecords(ctx); err != nil {
		return sum, err
	}
	if ev, err := st.Event(ctx); err == nil {
		r.eventID = ev.ID
	} else if !errors.Is(err, data.ErrNotFound) {
		return sum, err
	}
	for _, p := range packs {
		if p.header.Event != "" && r.eventID != "" && p.header.Event != r.eventID {
			return sum, &PackError{File: p.path, Err: ErrOtherEvent}
		}
	}
	if err := r.checkProtection(packs); err != nil {
		return sum, err
	}
	if err := r.checkCopies(packs); err != nil {
		return sum, err
	}
	// Nothing refused the sync: the folder gets its .stignore (stignore.go).
	if err := WriteIgnore(opts.Folder); err != nil {
		return sum, err
	}
	if err := r.read(packs); err != nil {
		return sum, err
	}
	if err := r.write(); err != nil {
		return sum, err
	}
	if sum.Conflicts, err = st.Conflicts(ctx); err != nil {
		return sum, err
	}
	opts.Progress("done", 1, 1)
	if len(sum.Refused) > 0 {
		return sum, &RefusedError{Files: sum.Refused}
	}
	return sum, nil
}

// RefusedError is how a sync that finished reports the files it left out
// (each a *PackError naming the file); everything else was merged.
type RefusedError struct {
	Files []error
}

func (e *RefusedError) Error() string { return errors.Join(e.Files...).Error() }

func (e *RefusedError) Unwrap() []error { return e.Files }

// run is one sync's state.
type run struct {
	ctx     context.Context
	st      *data.Store
	opts    Options
	sum     *Summary
	own     string // this laptop's replica id: its subfolder
	eventID string
	records map[string]*data.PackRecord // what this file knows of packs, by trailer
	locked  bool                        // the folder is protected: plain packs are refused
	hasPass bool                        // a passphrase was given, or the event is unlocked
	present []*data.PackRecord          // verified packs the folder holds now, this laptop's included
	mine    []ownPack                   // this laptop's packs in the folder
}

// ownPack is a pack of this laptop's found in the folder.
type ownPack struct {
	rec  *data.PackRecord
	path string
}

// unlock enters the passphrase: for a protected event it must open the
// event's key, before anything is read or written. An event the window has
// unlocked already syncs without it being given again.
func (r *run) unlock() error {
	prot, err := r.st.Protected(r.ctx)
	if err != nil {
		return err
	}
	switch {
	case r.opts.Passphrase != "":
		if err := r.st.Unlock(r.ctx, r.opts.Passphrase); err != nil {
			return fmt.Errorf("sync: %w", err)
		}
	case prot && !r.st.Unlocked():
		return ErrProtectedSync
	}
	r.hasPass = r.opts.Passphrase != "" || (prot && r.st.Unlocked())
	return nil
}

// checkProtection decides whether the folder is protected (this event is,
// or a pack in it is) and checks the passphrase against it before anything
// is written: without one, or with one that opens none of the folder's
// keys, nothing would be readable, and what this laptop wrote would not be
// readable by the others.
func (r *run) checkProtection(packs []*packFile) error {
	prot, err := r.st.Protected(r.ctx)
	if err != nil {
		return err
	}
	r.locked = prot
	var keyed []*packFile
	for _, p := range packs {
		if p.header.Key != "" || p.header.Encryption != "" {
			r.locked = true
			keyed = append(keyed, p)
		}
	}
	pass := r.opts.Passphrase
	switch {
	case r.locked && !r.hasPass:
		return &PackError{File: keyed[0].path, Err: ErrNeedPass}
	case !r.locked && pass != "":
		return ErrNotProtected
	case prot || !r.locked:
		return nil
	}
	// A laptop whose event is not protected yet, in a protected folder: the
	// passphrase must open the key of one of the packs.
	var first error
	for _, p := range keyed {
		var err error
		if p.format == 1 {
			_, err = readPack(p, pass, nil)
		} else {
			_, err = r.st.LearnKey(p.header.Wrapped)
		}
		if err == nil {
			return nil
		}
		if first == nil {
			first = &PackError{File: p.path, Err: ErrWrongPass}
		}
	}
	return first
}

// read verifies and merges, one at a time, the packs this file has not
// merged yet, and notes which verified packs the folder holds.
func (r *run) read(packs []*packFile) error {
	ctx, st, sum := r.ctx, r.st, r.sum
	held, err := st.LogStamps(ctx, st.OwnIDs()...) // for checkOrigins
	if err != nil {
		return err
	}
	var seen []string
	for i, p := range packs {
		r.opts.Progress("read", i, len(packs))
		rec := r.records[p.Trailer()]
		switch {
		case p.header.Replica != p.sub:
			sum.Refused = append(sum.Refused, &PackError{File: p.path, Err: ErrWrongFolder})
			continue
		case rec != nil && rec.Mine && rec.Replica == p.sub:
			r.mine = append(r.mine, ownPack{rec, p.path})
			if !rec.Removed {
				r.present = append(r.present, rec)
			}
			continue
		case r.locked && rec != nil && !rec.Mine && rec.KeyID == "":
			// Merged before the folder was protected: the others refuse it
			// now, so it counts as absent (what it held is relayed).
			sum.Refused = append(sum.Refused, &PackError{File: p.path, Err: ErrUnprotected})
			continue
		case rec != nil && rec.Merged:
			sum.PacksSkipped++
			r.present = append(r.present, rec)
			seen = append(seen, rec.Trailer)
			continue
		}
		pk, err := r.decode(p)
		if err != nil {
			sum.Refused = append(sum.Refused, &PackError{File: p.path, Err: err})
			continue
		}
		rec = &data.PackRecord{
			Trailer: pk.Trailer, Replica: p.header.Replica, Number: p.header.Number, Snapshot: p.header.Snapshot,
			Format: p.format, KeyID: p.header.Key, Stamps: pk.Stamps,
		}
		if p.format == 1 && p.header.Encryption != "" {
			rec.KeyID = keyV1 // encrypted with the passphrase: not a plain pack
		}
		if p.sub == r.own { // format 1, written here before packs were recorded: adopt it
			rec.Mine, rec.Merged = true, true
			if err := st.RecordPack(ctx, rec); err != nil {
				return err
			}
			r.mine = append(r.mine, ownPack{rec, p.path})
			r.present = append(r.present, rec)
			continue
		}
		if err := r.checkOrigins(pk, held); err != nil {
			sum.Refused = append(sum.Refused, &PackError{File: p.path, Err: err})
			continue
		}
		r.opts.Progress("merge", i, len(packs))
		res, err := st.Merge(ctx, pk.Changes, rec)
		if errors.Is(err, data.ErrWrongPassphrase) || errors.Is(err, data.ErrLocked) {
			sum.Refused = append(sum.Refused, &PackError{File: p.path, Err: fmt.Errorf("%w: %v", ErrWrongPass, err)})
			continue
		}
		if err != nil {
			return fmt.Errorf("merge %s: %w", p.path, err)
		}
		sum.PacksRead++
		sum.add(res)
		r.present = append(r.present, rec)
		seen = append(seen, rec.Trailer)
	}
	sum.Held = data.UniqueChanges(sum.Held)
	return st.SeenPacks(ctx, seen)
}

// decode reads a pack with the key it names (or, for format 1, the
// passphrase). In a protected folder a pack without a key is refused.
func (r *run) decode(p *packFile) (*Pack, error) {
	h := p.header
	if r.locked && h.Key == "" && h.Encryption == "" {
		return nil, ErrUnprotected
	}
	var k *data.EventKey
	if h.Key != "" {
		if k = r.st.KeyByID(h.Key); k == nil {
			var err error
			k, err = r.st.LearnKey(h.Wrapped)
			switch {
			case errors.Is(err, data.ErrLocked):
				return nil, ErrNeedPass
			case errors.Is(err, data.ErrWrongPassphrase):
				return nil, ErrWrongPass
			case err != nil:
				return nil, fmt.Errorf("%w: %v", ErrAltered, err)
			case k.ID != h.Key:
				return nil, fmt.Errorf("%w: the header's key is not the one it names", ErrAltered)
			}
		}
	}
	return readPack(p, r.opts.Passphrase, keyOf(k))
}

// checkOrigins refuses a pack that carries changes in this laptop's name
// that this laptop never made.
func (r *run) checkOrigins(pk *Pack, held data.StampSet) error {
	for _, id := range r.st.OwnIDs() {
		for _, h := range pk.Stamps[id] {
			if !held.Has(id, h) {
				return ErrForeignOrigin
			}
		}
	}
	return nil
}

// add counts a merge's result into the summary.
func (s *Summary) add(res data.MergeResult) {
	s.Received += res.Applied
	s.Duplicates += res.Duplicates
	s.Held = append(s.Held, res.Held...)
	s.Reviewed += res.Conflicts
	for k, n := range res.ByTable {
		s.ByTable[k] += n
	}
	for k, n := range res.ByAuthor {
		s.ByAuthor[k] += n
	}
}

// ByCount lists a summary count's keys (tables, authors), largest count
// first, then by name: the order the window and the command line show.
func ByCount(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}
