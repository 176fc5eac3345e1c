package sync

import (
	"flag"
	"os"
	"testing"
)

// TestMain makes rapid run 6 histories of the property test unless
// -rapid.checks says otherwise: each takes seconds. Under the race
// detector (make test, CI) it runs 2: each takes half a minute there, and
// races show in any history; `go test ./app/sync` runs the 6.
func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "rapid.checks" })
	if !set {
		n := "6"
		if raceDetector {
			n = "2"
		}
		_ = flag.Set("rapid.checks", n)
	}
	os.Exit(m.Run())
}
