package sync

import (
	"flag"
	"os"
	"testing"
)

// TestMain makes rapid run 6 histories of the property test unless
// -rapid.checks says otherwise: each takes seconds.
func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "rapid.checks" })
	if !set {
		_ = flag.Set("rapid.checks", "6")
	}
	os.Exit(m.Run())
}
