package briefing

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/i18n"
	"lodesk/app/pdf/pdftest"
)

// TestManifestRunningHead: the head of a manifest's second page names
// the manifest on the left and the event once, on the right, with room
// between them, in both languages (the long Indonesian titles ran into
// the event's name).
func TestManifestRunningHead(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, false)
	ev, err := s.Event(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bin := pdftest.Tool(t, "pdftotext")
	for _, lang := range []string{i18n.Indonesian, i18n.English} {
		rs, err := Generate(ctx, s, Selection{Manifests: []string{"accreditation", "movements"}},
			Options{Dir: t.TempDir(), Now: fixedNow, NoLog: true, Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			out, err := exec.Command(bin, "-enc", "UTF-8", "-layout", "-f", "2", "-l", "2", r.Path, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext %s: %v", r.Path, err)
			}
			head, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
			if n := strings.Count(head, ev.Name); n != 1 || !strings.HasSuffix(head, "   "+ev.Name) {
				t.Errorf("%s: head %q names the event %d times", filepath.Base(r.Path), head, n)
			}
		}
	}
}
