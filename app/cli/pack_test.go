package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
)

func TestPackAndManifestCommands(t *testing.T) {
	file := demotest.Copy(t, demotest.File(t, demo.Small))
	out := filepath.Join(t.TempDir(), "packs")
	code, stdout, stderr := run(t, "pack", file, "--delegation", "sa", "--out", out)
	if code != ExitOK {
		t.Fatalf("pack: exit %d: %s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(out, "SA Saudi Arabia - *.pdf"))
	if len(files) == 0 || !strings.Contains(stdout, "wrote") {
		t.Fatalf("no pack written: %s", stdout)
	}
	pdf := filepath.Join(t.TempDir(), "arr.pdf")
	if code, _, stderr := run(t, "manifest", file, "arrivals", "--out", pdf); code != ExitOK {
		t.Fatalf("manifest: exit %d: %s", code, stderr)
	}
	if b, err := os.ReadFile(pdf); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("manifest: not a PDF (%v)", err)
	}
	for _, args := range [][]string{
		{"pack", file, "--out", out},
		{"pack", file, "--all", "--lo", "x", "--out", out},
		{"pack", file, "--all"},
		{"manifest", file, "menu", "--out", pdf},
	} {
		if code, _, _ := run(t, args...); code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, ExitUsage)
		}
	}
	if code, _, _ := run(t, "pack", file, "--lo", "Nobody At All", "--out", out); code != ExitFail {
		t.Errorf("unknown LO: exit %d, want %d", code, ExitFail)
	}
}
