package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
)

func TestReport(t *testing.T) {
	file := demotest.Copy(t, demotest.File(t, demo.Small))
	dir := t.TempDir()
	tests := []struct {
		args []string
		code int
		out  string // in stdout, or stderr when failing
	}{
		{[]string{"report", file, "sitrep", "--date", "2026-12-02", "--out", filepath.Join(dir, "s.pdf")}, ExitOK, "s.pdf ("},
		{[]string{"report", file, "final", "--lang", "en", "--out", dir}, ExitOK, "final-en.pdf"},
		{[]string{"report", file, "lo-daily", "--out", dir, "--lang=id"}, ExitOK, "lo-daily-id.pdf"},
		{[]string{"report", file, "weekly", "--out", dir}, ExitUsage, "want one of sitrep, lo-daily, handover, final"},
		{[]string{"report", file, "sitrep"}, ExitUsage, "--out is required"},
		{[]string{"report", file, "sitrep", "--out", dir, "--date", "2 Dec"}, ExitUsage, "want YYYY-MM-DD"},
		{[]string{"report", file, "sitrep", "--out", dir, "--lang", "fr"}, ExitUsage, "want id or en"},
		{[]string{"report", file, "lo-daily", "--out", dir, "--lo", "Nobody Here"}, ExitFail, "Nobody Here"},
		{[]string{"report", file, "handover", "--out", dir, "--date", "2026-10-01"}, ExitFail, "no hand-over"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[2:], " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			code := Run(context.Background(), tt.args, &out, &errb)
			got := out.String()
			if code != ExitOK {
				got = errb.String()
			}
			if code != tt.code || !strings.Contains(got, tt.out) {
				t.Errorf("exit %d, want %d; output %q, want %q", code, tt.code, got, tt.out)
			}
		})
	}
}
