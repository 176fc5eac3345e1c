package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestParseArgs(t *testing.T) {
	spec := map[string]bool{"size": true, "dry-run": false}
	tests := []struct {
		in      []string
		pos     []string
		size    string
		dry     bool
		wantErr string
	}{
		{in: []string{"x.lodesk"}, pos: []string{"x.lodesk"}},
		{in: []string{"--size", "large", "x.lodesk"}, pos: []string{"x.lodesk"}, size: "large"},
		{in: []string{"x.lodesk", "--size=small", "--dry-run"}, pos: []string{"x.lodesk"}, size: "small", dry: true},
		{in: []string{"a", "--", "--size"}, pos: []string{"a", "--size"}},
		{in: []string{"--color"}, wantErr: "unknown option --color"},
		{in: []string{"x", "--size"}, wantErr: "needs a value"},
		{in: []string{"--dry-run=yes"}, wantErr: "takes no value"},
		{in: []string{"--size", "a", "--size", "b"}, wantErr: "given twice"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.in, " "), func(t *testing.T) {
			a, err := parseArgs(tt.in, spec)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(a.Pos, "|") != strings.Join(tt.pos, "|") || a.Flag("size") != tt.size || a.Bool("dry-run") != tt.dry {
				t.Errorf("got pos=%v size=%q dry=%v", a.Pos, a.Flag("size"), a.Bool("dry-run"))
			}
		})
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.lodesk")
	if err := os.WriteFile(junk, []byte("not a database at all, just text"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"version"}, ExitOK, ""},
		{[]string{"frobnicate"}, ExitUsage, "unknown command"},
		{[]string{"check"}, ExitUsage, "want 1 argument"},
		{[]string{"check", filepath.Join(dir, "missing.lodesk")}, ExitFail, "missing.lodesk"},
		{[]string{"check", junk}, ExitFail, "not an LO Desk event file"},
		{[]string{"demo", filepath.Join(dir, "d.lodesk"), "--size", "huge"}, ExitUsage, "huge"},
		{[]string{"demo", filepath.Join(dir, "d.lodesk"), "--start", "tomorrow"}, ExitUsage, "YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, stderr := run(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.stderr)
			}
		})
	}
}

func TestDemoThenCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "demo.lodesk")
	code, out, stderr := run(t, "demo", "--start", "2026-12-01", path)
	if code != ExitOK {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "wrote") {
		t.Errorf("demo said %q", out)
	}
	code, out, stderr = run(t, "check", path)
	if code != ExitOK || !strings.Contains(out, "ok") || !strings.Contains(out, "journal wal") {
		t.Fatalf("check: exit %d\n%s\n%s", code, out, stderr)
	}
	// The demo refuses to overwrite an existing file.
	code, _, stderr = run(t, "demo", path)
	if code != ExitFail || !strings.Contains(stderr, "exists") {
		t.Errorf("second demo: exit %d %q", code, stderr)
	}
}
