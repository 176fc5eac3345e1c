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

// TestPackToOneFile writes a single pack to the .pdf --out names; a .pdf
// for several packs is a usage error that writes nothing.
func TestPackToOneFile(t *testing.T) {
	file := demotest.Copy(t, demotest.File(t, demo.Small))
	dir := t.TempDir()
	one := filepath.Join(dir, "lestari.pdf")
	code, stdout, stderr := run(t, "pack", file, "--lo", "Lestari Nugroho", "--out", one)
	if code != ExitOK {
		t.Fatalf("pack --out FILE.pdf: exit %d: %s", code, stderr)
	}
	if b, err := os.ReadFile(one); err != nil || !strings.HasPrefix(string(b), "%PDF-") || !strings.Contains(stdout, one) {
		t.Fatalf("%s: not a PDF (%v); stdout %q", one, err, stdout)
	}
	many := filepath.Join(dir, "id.pdf")
	code, _, stderr = run(t, "pack", file, "--delegation", "ID", "--out", many)
	if code != ExitUsage || !strings.Contains(stderr, "give a folder") {
		t.Errorf("two packs to one file: exit %d: %s", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d entries in the folder, want only %s (no temporary folder, no id.pdf)", len(entries), one)
	}
}

func TestExportNamesItsFormat(t *testing.T) {
	file := demotest.Copy(t, demotest.File(t, demo.Small))
	for _, target := range []string{"people.txt", "people.xlsm", "people"} {
		out := filepath.Join(t.TempDir(), target)
		if code, _, stderr := run(t, "export", file, "people", out); code != ExitUsage || !strings.Contains(stderr, ".csv or .xlsx") {
			t.Errorf("export to %s: exit %d: %s", target, code, stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("export to %s wrote it", target)
		}
	}
}
