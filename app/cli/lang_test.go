package cli

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/pdf/pdftest"
)

// TestPackAndManifestLang prints a pack and a manifest with --lang id and
// --lang en: Indonesian months and no English ones, and the reverse.
func TestPackAndManifestLang(t *testing.T) {
	file := demotest.Copy(t, demotest.File(t, demo.Small))
	bin := pdftest.Tool(t, "pdftotext")
	english := regexp.MustCompile(`\b(January|February|March|May|June|July|August|October|December)\b`)
	indonesian := regexp.MustCompile(`\b(Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember)\b`)
	for _, tt := range []struct {
		lang        string
		want, wrong *regexp.Regexp
	}{{"id", indonesian, english}, {"en", english, indonesian}} {
		dir := t.TempDir()
		pack, manifest := filepath.Join(dir, "pack.pdf"), filepath.Join(dir, "arrivals.pdf")
		if code, _, stderr := run(t, "pack", file, "--lo", "Lestari Nugroho", "--out", pack, "--lang", tt.lang); code != ExitOK {
			t.Fatalf("pack --lang %s: exit %d: %s", tt.lang, code, stderr)
		}
		if code, _, stderr := run(t, "manifest", file, "arrivals", "--lang", tt.lang, "--out", manifest); code != ExitOK {
			t.Fatalf("manifest --lang %s: exit %d: %s", tt.lang, code, stderr)
		}
		for _, f := range []string{pack, manifest} {
			out, err := exec.Command(bin, "-enc", "UTF-8", f, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			if !tt.want.Match(out) || tt.wrong.Match(out) {
				t.Errorf("--lang %s: %s has %q, want none; has %q", tt.lang, filepath.Base(f), tt.wrong.Find(out), tt.want.Find(out))
			}
		}
	}
	if code, _, _ := run(t, "pack", file, "--all", "--out", t.TempDir(), "--lang", "fr"); code != ExitUsage {
		t.Errorf("--lang fr: exit %d, want %d", code, ExitUsage)
	}
}
