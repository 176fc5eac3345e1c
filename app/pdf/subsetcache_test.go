package pdf

import (
	"strconv"
	"testing"
)

// TestSubsetCacheBytes: the subsets kept stay within their bytes, which
// are counted right, and the one kept last is there.
func TestSubsetCacheBytes(t *testing.T) {
	subsets.Lock()
	subsets.m, subsets.bytes = nil, 0
	subsets.Unlock()
	defer func() {
		subsets.Lock()
		subsets.m, subsets.bytes = nil, 0
		subsets.Unlock()
	}()
	ref := &fontRef{name: "t"}
	for i := range 60 {
		sub := &subset{font: make([]byte, 1<<20+i)}
		k := subsetKey{ref, strconv.Itoa(i % 50)} // some twice
		keepSubset(k, sub)
		sum := 0
		for _, s := range subsets.m {
			sum += s.cost()
		}
		if sum != subsets.bytes || sum > maxSubsetBytes {
			t.Fatalf("after %d: %d bytes kept, counted %d (at most %d)", i+1, sum, subsets.bytes, maxSubsetBytes)
		}
		if subsets.m[k] != sub {
			t.Fatalf("after %d: the last subset is not kept", i+1)
		}
	}
	if len(subsets.m) < 20 {
		t.Errorf("%d subsets of 1 MB kept", len(subsets.m))
	}
}
