// Package briefing prints what LOs and departments carry on paper: one
// briefing pack per LO assignment (cover with the coordinator's QR code,
// contacts, roster, Head of Delegation, alerts, itinerary, country brief,
// open requests, SOP checklist, gift declaration) and the department
// manifests (arrivals, departures, catering, transport, LO roster). It
// reads the event through data and app/itinerary, typesets with app/pdf,
// applies the need-to-know rules, and logs every printed pack.
package briefing

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"lodesk/app/fsname"
	"lodesk/app/pdf"
	"lodesk/app/private"
	"lodesk/data"
)

// Selection says what to print. Packs are chosen by any of All, LOIDs,
// DelegationIDs or ArrivalDay (a union); Manifests lists manifest kinds.
type Selection struct {
	All           bool
	LOIDs         []string
	DelegationIDs []string
	ArrivalDay    string // YYYY-MM-DD in the event's zone: delegations arriving that day
	Manifests     []string
}

// Options control a Generate run.
type Options struct {
	Dir         string // folder the PDFs are written to
	Coordinator bool   // the coordinator's full copy instead of the LO's need-to-know copy
	PrintedBy   string // for the print log and the cover; the store's author when empty
	// Lang is the printed language, "id" or "en"; "" is the event's
	// default language (Event details).
	Lang    string
	Workers int // parallel packs; all cores when zero
	// Progress, when set, is called after each document with the number
	// done and the total: from the workers, one call at a time, done
	// increasing. It must return quickly (the window hands it to fyne.Do).
	Progress func(done, total int)
	// NoLog skips the print log (previews, benchmarks).
	NoLog bool
	Now   func() time.Time
}

// Result is one document written.
type Result struct {
	Path   string
	Kind   string // "pack" or a manifest kind
	For    string // the LO, or the department
	Pages  int
	Bytes  int
	Assign string // the assignment of a pack
}

// job is one document to make.
type job struct {
	assign   *data.Assignment
	manifest string
}

// Generate writes the selected packs and manifests into opts.Dir, in
// parallel, and logs them. It stops at the first error or when ctx is
// cancelled, returning what was written so far.
func Generate(ctx context.Context, s *data.Store, sel Selection, opts Options) ([]Result, error) {
	if opts.Dir == "" {
		return nil, errors.New("briefing: no output folder")
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("briefing: %w", err)
	}
	defer pdf.ForgetLayouts() // the window stays open: do not hold them
	// Everyone is read while the rest of the batch is: the longest query,
	// and no core does anything else before the packs start.
	everyone := make(chan peopleRead, 1)
	go func() {
		ps, err := s.FindPeople(ctx, data.PersonFilter{})
		everyone <- peopleRead{ps, err}
	}()
	b, err := loadBatch(ctx, s, opts)
	read := <-everyone
	if err != nil {
		return nil, err
	}
	jobs, err := b.selectJobs(ctx, s, sel)
	if err != nil {
		return nil, err
	}
	if read.err != nil {
		return nil, fmt.Errorf("briefing: people: %w", read.err)
	}
	b.keepPeople(read.people)
	if len(jobs) > 1 {
		defer gcBoost()()
	}
	// What the packs share is read while the fonts are primed: a third
	// of a second on the xlarge demo that the other core would wait.
	shared := make(chan error, 1)
	if all := b.assignments(); len(jobs) > 1 && len(jobs)*shareMin >= all {
		go func() { shared <- b.loadShared(ctx, s) }()
	} else {
		shared <- nil
	}
	// Even for one pack: without the cuts primed, every character the
	// fonts have not met yet makes a new cut, and a document would embed
	// a font once per cut (a single LO's pack was twice the size).
	err = b.primeFonts(ctx, s)
	if serr := <-shared; err == nil {
		err = serr
	}
	if err != nil {
		return nil, err
	}
	for _, m := range sel.Manifests {
		if !validManifest(m) {
			return nil, fmt.Errorf("briefing: unknown manifest %q (want one of %v)", m, ManifestKinds)
		}
		jobs = append(jobs, job{manifest: m})
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu      sync.Mutex
		results = make([]Result, len(jobs))
		ok      = make([]bool, len(jobs))
		done    int
		first   error
		next    = make(chan int)
		docs    = make(chan made, workers)
		wg, wwg sync.WaitGroup
	)
	fail := func(err error) {
		mu.Lock()
		if first == nil {
			first = err
			cancel()
		}
		mu.Unlock()
	}
	// The workers lay out and compress; writers save the files, so that
	// no core waits for the disk (each file is synced before its rename).
	for range min(workers, max(len(jobs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				m, err := b.makeDoc(ctx, s, jobs[i], opts.Dir)
				if err != nil {
					fail(err)
					continue
				}
				m.i = i
				select {
				case docs <- m:
				case <-ctx.Done():
					pdfBufs.Put(m.buf)
				}
			}
		}()
	}
	for range 2 * workers {
		wwg.Add(1)
		go func() {
			defer wwg.Done()
			for m := range docs {
				err := ctx.Err()
				if err == nil {
					err = private.WriteFile(m.r.Path, m.buf.Bytes())
				}
				pdfBufs.Put(m.buf)
				if err != nil {
					if ctx.Err() == nil {
						fail(fmt.Errorf("briefing: %w", err))
					}
					continue
				}
				mu.Lock()
				results[m.i], ok[m.i] = m.r, true
				done++
				if opts.Progress != nil {
					opts.Progress(done, len(jobs))
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for _, i := range b.largestFirst(jobs) {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	close(docs)
	wwg.Wait()
	var out []Result
	for i, r := range results {
		if ok[i] {
			out = append(out, r)
		}
	}
	// The files' bytes were synced before their renames; one sync of the
	// folder makes every new name durable (see private.SyncDir).
	if len(out) > 0 {
		if err := private.SyncDir(opts.Dir); err != nil && first == nil {
			first = fmt.Errorf("briefing: %w", err)
		}
	}
	if first == nil {
		first = context.Cause(ctx)
		if errors.Is(first, context.Canceled) && len(out) == len(jobs) {
			first = nil
		}
	}
	if !opts.NoLog && len(out) > 0 {
		if err := b.log(ctx, s, out); err != nil && first == nil {
			first = err
		}
	}
	return out, first
}

// peopleRead is everyone in the event, read for a batch.
type peopleRead struct {
	people []data.Person
	err    error
}

// made is one document laid out, waiting for its file.
type made struct {
	i   int // the job's index
	r   Result
	buf *bytes.Buffer // from pdfBufs
}

// makeDoc lays out one document into a buffer from pdfBufs.
func (b *batch) makeDoc(ctx context.Context, s *data.Store, j job, dir string) (made, error) {
	if err := ctx.Err(); err != nil {
		return made{}, err
	}
	buf := pdfBufs.Get().(*bytes.Buffer)
	buf.Reset()
	var r Result
	var err error
	if j.assign != nil {
		r, err = b.writePack(ctx, s, *j.assign, buf)
	} else {
		r, err = b.writeManifest(ctx, s, j.manifest, buf)
	}
	if err != nil {
		pdfBufs.Put(buf)
		return made{}, err
	}
	r.Path = filepath.Join(dir, r.Path)
	r.Bytes = buf.Len()
	return made{r: r, buf: buf}, nil
}

// largestFirst is the order to make the jobs in: manifests, then packs by
// the size of their delegation, largest first (stable), so that the last
// documents of a batch are short ones and no core idles at the end while
// another makes a pack of a hundred pages.
func (b *batch) largestFirst(jobs []job) []int {
	order := make([]int, len(jobs))
	for i := range order {
		order[i] = i
	}
	weight := func(j job) int {
		if j.assign == nil {
			return math.MaxInt
		}
		return len(b.people[j.assign.DelegationID])
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return cmp.Compare(weight(jobs[y]), weight(jobs[x]))
	})
	return order
}

// pdfBufs holds the buffers documents are written into before their file.
var pdfBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// log records every printed document in the print log, in one write.
func (b *batch) log(ctx context.Context, s *data.Store, rs []Result) error {
	if s.ReadOnly() {
		return errors.New("briefing: the event file is open read-only: the print log cannot be written")
	}
	err := s.Write(ctx, func(tx *data.Tx) error {
		for _, r := range rs {
			doc := r.Kind + ": " + filepath.Base(r.Path)
			if err := tx.Insert(&data.PrintLog{PrintedAt: b.now, PrintedBy: b.printed, Document: doc, ForWhom: r.For, Redacted: !b.coord}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("briefing: print log: %w", err)
	}
	return nil
}

// gcBoost lets the heap grow four times between collections while a batch
// runs: gofpdf allocates a fresh zlib writer (about 1 MB) for every page
// and font, and at the default the collector takes a third of the CPU.
// The memory cost is tens of MB; the setting is restored when the last
// batch ends.
func gcBoost() (restore func()) {
	gcMu.Lock()
	defer gcMu.Unlock()
	if gcRuns == 0 {
		gcOld = debug.SetGCPercent(400)
	}
	gcRuns++
	return func() {
		gcMu.Lock()
		defer gcMu.Unlock()
		if gcRuns--; gcRuns == 0 {
			debug.SetGCPercent(gcOld)
		}
	}
}

var (
	gcMu   sync.Mutex
	gcRuns int
	gcOld  int
)

// packName is a pack's file name: stable, readable, safe on Windows.
func (b *batch) packName(p *pack) string {
	name := fmt.Sprintf("%s %s - %s (%s)", p.del.Code, p.del.Name, p.lo.FullName, p.a.Role)
	if b.coord {
		name += " - coordinator copy"
	}
	return fsname.Safe(name + ".pdf")
}
