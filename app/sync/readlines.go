package sync

import (
	"fmt"
	"runtime"
	stdsync "sync"
	"sync/atomic"

	"lodesk/data"
)

// A pack's change lines are decoded and checked on every core while its
// body is still being read and decompressed: decoding 100,000 changes is
// most of reading a pack. The result, and the error of a faulty pack, are
// those of decoding the lines one after the other: the changes in the
// order of their lines, and the fault of the first faulty line.

// lineBatch is how many change lines a worker decodes at a time.
const lineBatch = 1024

// changeBatch is a run of consecutive change lines and what they decode to.
type changeBatch struct {
	lines   [][]byte
	changes []data.SyncChange
	err     error // the fault of its first faulty line, if any
}

// lineDecoder decodes the change lines of one pack.
type lineDecoder struct {
	format  int
	h       Header
	origins map[string]bool // format 2: the replicas whose changes the pack may carry

	jobs    chan *changeBatch
	batches []*changeBatch // in the order of their lines
	cur     *changeBatch
	failed  atomic.Bool // a line was faulty: reading further is pointless
	wg      stdsync.WaitGroup
}

func newLineDecoder(format int, h Header, origins map[string]bool) *lineDecoder {
	workers := max(1, min(runtime.GOMAXPROCS(0), 4))
	d := &lineDecoder{format: format, h: h, origins: origins, jobs: make(chan *changeBatch, 2*workers)}
	for range workers {
		d.wg.Add(1)
		go d.work()
	}
	return d
}

// add queues a change line; line must not be reused by the caller.
func (d *lineDecoder) add(line []byte) {
	if d.cur == nil {
		d.cur = &changeBatch{lines: make([][]byte, 0, lineBatch)}
	}
	d.cur.lines = append(d.cur.lines, line)
	if len(d.cur.lines) == lineBatch {
		d.send()
	}
}

func (d *lineDecoder) send() {
	if d.cur != nil {
		d.batches = append(d.batches, d.cur)
		d.jobs <- d.cur
		d.cur = nil
	}
}

// finish waits for every line queued and appends their changes to pk. A
// fault of a line comes before readErr, the fault the reader found after
// the lines it queued.
func (d *lineDecoder) finish(pk *Pack, readErr error) error {
	d.send()
	close(d.jobs)
	d.wg.Wait()
	for _, b := range d.batches {
		if b.err != nil {
			return b.err
		}
	}
	if readErr != nil {
		return readErr
	}
	for _, b := range d.batches {
		for i := range b.changes {
			c := &b.changes[i]
			pk.Changes = append(pk.Changes, *c)
			pk.Stamps.Add(c.Replica, c.HLC)
		}
	}
	return nil
}

func (d *lineDecoder) work() {
	defer d.wg.Done()
	var wd wireDecoder
	for b := range d.jobs {
		if !d.failed.Load() { // batches are taken in order: this one comes after the faulty line
			b.changes, b.err = d.decode(&wd, b.lines)
			if b.err != nil {
				d.failed.Store(true)
			}
		}
		b.lines = nil
	}
}

// decode decodes and checks a batch of change lines.
func (d *lineDecoder) decode(wd *wireDecoder, lines [][]byte) ([]data.SyncChange, error) {
	out := make([]data.SyncChange, 0, len(lines))
	for _, line := range lines {
		var w wire
		if err := wd.decode(line, &w); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadPackChange, err)
		}
		c := data.SyncChange{Replica: w.R, HLC: data.HLC(w.H), Author: w.A, Op: w.O, Table: w.T, RowID: w.I, Field: w.F, Value: w.V, Seen: w.S}
		c.JSONChecked() // the whole line was (wireDecoder.decode)
		if err := c.Validate(); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadPackChange, err)
		}
		switch {
		case d.format == 1 && !inRanges(d.h.Ranges, c.Replica, c.HLC):
			return nil, fmt.Errorf("%w: change outside the pack's ranges", ErrBadPackChange)
		case d.format > 1 && !d.origins[c.Replica]:
			return nil, fmt.Errorf("%w: a change of %s, which the header does not declare", ErrForeignOrigin, c.Replica)
		}
		out = append(out, c)
	}
	return out, nil
}
