package paths

// Windows machines often have no zoneinfo that Go can read, so LO Desk
// carries its own (import _ "time/tzdata" in main.go). These tests prove
// that the shipped binary links it, and that with it times come right on
// a machine with no zoneinfo at all.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // what main.go does; the child process relies on it
)

// TestMainLinksTZData checks that the lodesk binary, as built for Windows,
// depends on time/tzdata.
func TestMainLinksTZData(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the binary's packages")
	}
	gomod, err := exec.Command(goBin, "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	cmd := exec.Command(goBin, "list", "-deps", "-tags", "migrated_fynedo", ".")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps . for windows: %v\n%s", err, stderr.String())
	}
	for _, pkg := range strings.Fields(string(out)) {
		if pkg == "time/tzdata" {
			return
		}
	}
	t.Fatal(`the lodesk binary does not import "time/tzdata": add import _ "time/tzdata" to main.go`)
}

// zoneCases are instants whose offsets the coordinators rely on.
var zoneCases = []struct {
	zone    string
	at      time.Time
	wantOff string
}{
	{"Asia/Jakarta", time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC), "+0700"},
	{"Asia/Makassar", time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC), "+0800"},
	{"Asia/Jayapura", time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC), "+0900"},
	{"Asia/Riyadh", time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC), "+0300"},
	{"Asia/Kolkata", time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC), "+0530"},
	{"Europe/Paris", time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC), "+0200"},
	{"Europe/Paris", time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC), "+0100"},
	{"America/New_York", time.Date(2026, 11, 1, 5, 59, 0, 0, time.UTC), "-0400"},
	{"America/New_York", time.Date(2026, 11, 1, 6, 0, 0, 0, time.UTC), "-0500"},
	{"Australia/Sydney", time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), "+1100"},
}

func checkZones(t *testing.T) {
	t.Helper()
	for _, c := range zoneCases {
		loc, err := time.LoadLocation(c.zone)
		if err != nil {
			t.Errorf("LoadLocation(%q): %v", c.zone, err)
			continue
		}
		if got := c.at.In(loc).Format("-0700"); got != c.wantOff {
			t.Errorf("%s at %s: offset %s, want %s", c.zone, c.at.Format(time.RFC3339), got, c.wantOff)
		}
	}
}

func TestZones(t *testing.T) {
	checkZones(t)
}

// zoneinfoDirs are the places where Go looks for zoneinfo on Unix.
var zoneinfoDirs = []string{"/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/usr/lib/locale/TZ", "/etc/zoneinfo"}

// TestZonesWithoutZoneinfo runs the zone checks again in a child process
// that sees no zoneinfo at all: a private mount namespace hides the
// system's folders, ZONEINFO and GOROOT point to an empty folder. Only the
// embedded time/tzdata is left, as on a bare Windows machine.
func TestZonesWithoutZoneinfo(t *testing.T) {
	if os.Getenv("LODESK_TZ_CHILD") == "1" {
		for _, d := range zoneinfoDirs {
			if _, err := os.Stat(filepath.Join(d, "Asia", "Jakarta")); err == nil {
				t.Fatalf("child still sees zoneinfo in %s", d)
			}
		}
		checkZones(t)
		return
	}
	if runtime.GOOS != "linux" {
		t.Skip("hides zoneinfo with a Linux mount namespace")
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("no unshare command (util-linux)")
	}
	empty := t.TempDir()
	script := "set -e\n"
	for _, d := range zoneinfoDirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			script += "mount --bind '" + empty + "' '" + d + "'\n"
		}
	}
	script += `exec "$0" -test.run='^TestZonesWithoutZoneinfo$' -test.v` + "\n"
	probe := exec.Command(unshare, "--mount", "--propagation", "private", "true")
	if err := probe.Run(); err != nil {
		t.Skipf("cannot make a mount namespace here (needs root): %v", err)
	}
	cmd := exec.Command(unshare, "--mount", "--propagation", "private", "sh", "-c", script, os.Args[0])
	cmd.Env = append(os.Environ(), "LODESK_TZ_CHILD=1", "ZONEINFO="+empty, "GOROOT="+empty)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestZonesWithoutZoneinfo") {
		t.Fatalf("child without zoneinfo failed: %v\n%s", err, out)
	}
}
