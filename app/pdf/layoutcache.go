package pdf

import (
	"sync"
	"sync/atomic"
)

// cutEpoch counts the font cuts made: a layout names the cuts its text is
// written in, so layouts made before a cut grew are not reused after.
var cutEpoch atomic.Uint64

// sharedLayouts keeps the layouts of lines across the documents of a batch
// (each Doc also keeps its own): the packs of a delegation share its
// roster of up to 200 names, and every pack the checklist, the programme
// and the headings. Laying them out again for each of the xlarge demo's
// 1,622 packs was a tenth of the batch.
var sharedLayouts = &layoutCache{m: map[layoutKey][]seg{}}

// maxShared bounds the cache (some 10 MB); it starts afresh when full.
const maxShared = 50_000

type layoutCache struct {
	mu    sync.Mutex
	epoch uint64
	m     map[layoutKey][]seg
}

// get returns a layout made under the current cuts; the epoch it returns
// goes with a layout made after a miss.
func (c *layoutCache) get(k layoutKey) ([]seg, uint64, bool) {
	e := cutEpoch.Load()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.epoch != e {
		clear(c.m)
		c.epoch = e
	}
	segs, ok := c.m[k]
	return segs, e, ok
}

// put keeps a layout made under epoch e, unless a cut has grown since.
func (c *layoutCache) put(k layoutKey, segs []seg, e uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.epoch != e || cutEpoch.Load() != e {
		return
	}
	if len(c.m) >= maxShared {
		clear(c.m)
	}
	c.m[k] = segs
}

// ForgetLayouts empties the layouts kept across documents, at the end of
// a batch.
func ForgetLayouts() {
	sharedLayouts.mu.Lock()
	clear(sharedLayouts.m)
	sharedLayouts.mu.Unlock()
}
