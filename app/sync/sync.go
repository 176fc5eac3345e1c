package sync

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"lodesk/app/event"
	"lodesk/data"
)

// Summary is what a sync did.
type Summary struct {
	Folder  string
	Replica string
	Joined  bool // the event file was created from the folder

	Written     []string       // pack files written
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

// Run is Sync with options.
func Run(ctx context.Context, st *data.Store, opts Options) (Summary, error) {
	sum := Summary{Folder: opts.Folder, Replica: st.Replica(), SentByTable: map[string]int{}, ByTable: map[string]int{}, ByAuthor: map[string]int{}}
	progress := opts.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	if opts.Folder == "" {
		return sum, errors.New("sync: no folder given")
	}
	if fi, err := os.Stat(opts.Folder); err != nil {
		return sum, fmt.Errorf("sync folder: %w", err)
	} else if !fi.IsDir() {
		return sum, fmt.Errorf("sync folder %s: not a folder", opts.Folder)
	}
	if err := WriteIgnore(opts.Folder); err != nil { // for Syncthing: stignore.go
		return sum, err
	}
	progress("scan", 0, 1)
	removeLeftovers(filepath.Join(opts.Folder, st.Replica()))
	packs, bad, err := scan(opts.Folder)
	if err != nil {
		return sum, err
	}
	sum.Refused = append(sum.Refused, bad...)
	// A protected event's packs are always encrypted (DESIGN, issue 9).
	if prot, err := st.Protected(ctx); err != nil {
		return sum, err
	} else if prot && opts.Passphrase == "" {
		return sum, ErrProtectedSync
	}
	if err := checkPassphrase(packs, opts.Passphrase); err != nil {
		return sum, err
	}
	eventID := ""
	if ev, err := st.Event(ctx); err == nil {
		eventID = ev.ID
	} else if !errors.Is(err, data.ErrNotFound) {
		return sum, err
	}
	for _, p := range packs {
		if p.header.Event != "" && eventID != "" && p.header.Event != eventID {
			return sum, &PackError{File: p.path, Err: ErrOtherEvent}
		}
	}

	// Out: what this file holds that no pack in the folder covers.
	have, err := st.SyncCoverage(ctx)
	if err != nil {
		return sum, err
	}
	var inFolder []data.Range
	for _, p := range packs {
		inFolder = append(inFolder, p.header.Ranges...)
	}
	if gaps := data.SubtractRanges(have, inFolder); len(gaps) > 0 {
		progress("write", 0, 1)
		if err := write(ctx, st, opts, eventID, gaps, &sum); err != nil {
			return sum, err
		}
	}

	// In: every pack with changes this file does not hold yet, one at a
	// time, so that memory is bounded by the largest pack.
	for i, p := range packs {
		progress("read", i, len(packs))
		if data.Covers(have, p.header.Ranges) {
			sum.PacksSkipped++
			continue
		}
		pk, err := readPack(p, opts.Passphrase)
		if err != nil {
			sum.Refused = append(sum.Refused, &PackError{File: p.path, Err: err})
			continue
		}
		sum.PacksRead++
		res, err := st.Merge(ctx, pk.Changes, pk.Header.Ranges)
		if err != nil {
			return sum, fmt.Errorf("merge %s: %w", p.path, err)
		}
		sum.add(res)
	}
	sum.Held = dedupeHeld(sum.Held)
	if sum.Conflicts, err = st.Conflicts(ctx); err != nil {
		return sum, err
	}
	progress("done", 1, 1)
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

func write(ctx context.Context, st *data.Store, opts Options, eventID string, gaps []data.Range, sum *Summary) error {
	changes, err := st.ChangesIn(ctx, gaps)
	if err != nil {
		return err
	}
	if len(changes) == 0 {
		return nil
	}
	sub := filepath.Join(opts.Folder, st.Replica())
	if err := os.MkdirAll(sub, 0o700); err != nil {
		return fmt.Errorf("sync folder: %w", err)
	}
	n, err := nextNumber(sub)
	if err != nil {
		return fmt.Errorf("sync folder: %w", err)
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	if eventID == "" { // a file that just joined: its event came in the changes
		for _, c := range changes {
			if c.Table == "event" && c.Op == "insert" {
				eventID = c.RowID
			}
		}
	}
	h := Header{Schema: data.SchemaVersion(), Replica: st.Replica(), Event: eventID, Number: n, Created: now().UTC(), Ranges: gaps}
	raw, err := EncodePack(h, changes, opts.Passphrase)
	if err != nil {
		return fmt.Errorf("write pack: %w", err)
	}
	path := filepath.Join(sub, strconv.Itoa(n)+Ext)
	if err := writeAtomic(path, raw); err != nil {
		return err
	}
	sum.Written = append(sum.Written, path)
	sum.Sent += len(changes)
	for _, c := range changes {
		sum.SentByTable[c.Table]++
	}
	return nil
}

// checkPassphrase refuses to sync before anything is written if the
// passphrase does not fit the folder: packs written with the wrong one, or
// in clear among encrypted ones, could not be read by the others.
func checkPassphrase(packs []*packFile, passphrase string) error {
	var probe *packFile
	for _, p := range packs {
		enc := p.header.Encryption != ""
		switch {
		case enc && passphrase == "":
			return &PackError{File: p.path, Err: ErrNeedPass}
		case !enc && passphrase != "":
			return &PackError{File: p.path, Err: ErrNotEncrypted}
		case enc && (probe == nil || p.size < probe.size):
			probe = p
		}
	}
	if probe != nil {
		if _, err := readPack(probe, passphrase); errors.Is(err, ErrWrongPass) {
			return &PackError{File: probe.path, Err: err}
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

// dedupeHeld lists each held-back change once (several packs may carry it).
func dedupeHeld(in []data.SyncChange) []data.SyncChange {
	seen := map[string]bool{}
	var out []data.SyncChange
	for _, c := range in {
		k := fmt.Sprint(c.Replica, c.HLC, c.Op, c.Table, c.RowID, c.Field)
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
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
