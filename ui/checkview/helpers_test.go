package checkview

import (
	"testing"
	"time"

	"lodesk/ui/kit/kittest"
)

// testNow is the clock of the tests: the demo's first arrival day, noon in
// Jakarta, when the early arrivals' steps are due.
var testNow = time.Date(2026, 12, 1, 12, 0, 0, 0, time.FixedZone("WIB", 7*3600))

// fixture is a window on a copy of the small demo, in English.
type fixture = kittest.Demo

func newFixture(t *testing.T) *fixture { return kittest.NewDemo(t) }
