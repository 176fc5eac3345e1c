package data

import (
	"fmt"
	"sync"
	"time"
)

// HLC is a hybrid logical clock stamp: milliseconds since the Unix epoch in
// the high 48 bits and a logical counter in the low 16. Stamps from one
// replica are strictly increasing; comparing two stamps (ties broken by
// replica id) orders writes across replicas.
type HLC int64

const hlcLogicalBits = 16

// MakeHLC builds a stamp from wall time and a counter.
func MakeHLC(t time.Time, counter uint16) HLC {
	return HLC(t.UnixMilli()<<hlcLogicalBits | int64(counter))
}

// Time is the wall-clock part of the stamp.
func (h HLC) Time() time.Time { return time.UnixMilli(int64(h) >> hlcLogicalBits).UTC() }

// Counter is the logical part of the stamp.
func (h HLC) Counter() uint16 { return uint16(h & (1<<hlcLogicalBits - 1)) }

func (h HLC) String() string {
	return fmt.Sprintf("%s+%d", h.Time().Format("2006-01-02T15:04:05.000Z"), h.Counter())
}

// Clock issues HLC stamps for one replica.
type Clock struct {
	mu   sync.Mutex
	last HLC
	now  func() time.Time
}

// NewClock returns a clock reading wall time from now (time.Now if nil).
func NewClock(now func() time.Time) *Clock {
	if now == nil {
		now = time.Now
	}
	return &Clock{now: now}
}

// Next returns a stamp later than every stamp issued or observed so far.
func (c *Clock) Next() HLC {
	c.mu.Lock()
	defer c.mu.Unlock()
	wall := MakeHLC(c.now(), 0)
	if wall > c.last {
		c.last = wall
	} else {
		c.last++
	}
	return c.last
}

// Observe moves the clock past a stamp seen from elsewhere.
func (c *Clock) Observe(h HLC) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if h > c.last {
		c.last = h
	}
}

// Last is the latest stamp issued or observed.
func (c *Clock) Last() HLC {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.last
}

// Reset sets the latest stamp, even backwards: only for the recovery of a
// clock that ran fast (Store.recoverClock), which re-stamps every change
// issued after h.
func (c *Clock) Reset(h HLC) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.last = h
}
