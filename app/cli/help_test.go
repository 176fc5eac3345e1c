package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"lodesk/app/backup"
	"lodesk/app/imex"
)

// splitWords splits an example command line as a shell would: spaces
// separate words, double quotes keep them together.
func splitWords(s string) []string {
	var out []string
	var w strings.Builder
	quoted, inWord := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, inWord = !quoted, true
		case r == ' ' && !quoted:
			if inWord {
				out = append(out, w.String())
				w.Reset()
			}
			inWord = false
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		out = append(out, w.String())
	}
	return out
}

func TestHelpForEveryCommand(t *testing.T) {
	for name, cmd := range commands {
		t.Run(name, func(t *testing.T) {
			h, ok := helps[name]
			if !ok || h.about == "" || len(h.examples) == 0 {
				t.Fatalf("no help text with an example for %s (app/cli/help.go)", name)
			}
			for _, ex := range h.examples {
				words := splitWords(ex)
				if len(words) < 2 || words[0] != "lodesk" || words[1] != name {
					t.Errorf("example %q does not run lodesk %s", ex, name)
					continue
				}
				if _, err := parseArgs(words[2:], cmd.flags); err != nil {
					t.Errorf("example %q: %v", ex, err)
				}
			}
			for _, o := range h.options {
				flag, _, _ := strings.Cut(strings.TrimPrefix(o[0], "--"), " ")
				if _, ok := cmd.flags[flag]; !ok {
					t.Errorf("help explains %s, which %s does not take", o[0], name)
				}
			}
			if strings.Contains(h.about, "{") && name != "import" && name != "export" {
				t.Errorf("%s: a placeholder printHelp does not fill", name)
			}
			for _, args := range [][]string{{"help", name}, {name, "--help"}, {name, "x.lodesk", "-h"}} {
				code, out, errs := run(t, args...)
				if code != ExitOK || !strings.Contains(out, "usage: lodesk "+name) || !strings.Contains(out, "example:\n  lodesk "+name) {
					t.Errorf("lodesk %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
				}
			}
		})
	}
}

// TestHelpNamesEveryKind: import's and export's help list the kinds
// app/imex takes, whichever are added.
func TestHelpNamesEveryKind(t *testing.T) {
	for cmd, kinds := range map[string][]string{"import": imex.ImportKinds(), "export": imex.ExportKinds()} {
		_, out, _ := run(t, "help", cmd)
		flat := strings.Join(strings.Fields(out), " ")
		for _, k := range kinds {
			if !strings.Contains(flat, k) {
				t.Errorf("help %s does not name the kind %s:\n%s", cmd, k, out)
			}
		}
		if strings.Contains(out, "{") {
			t.Errorf("help %s has an unfilled placeholder:\n%s", cmd, out)
		}
	}
}

func TestHelpUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string
		err  string
	}{
		{[]string{"help"}, ExitOK, "lodesk help COMMAND", ""},
		{nil, ExitOK, "lodesk sync FILE", ""},
		{[]string{"help", "frobnicate"}, ExitUsage, "", `unknown command "frobnicate"`},
		{[]string{"help", "sync", "pack"}, ExitUsage, "", "at most one command"},
	}
	for _, tt := range tests {
		code, out, errs := run(t, tt.args...)
		if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.err) {
			t.Errorf("lodesk %v: exit %d\nstdout %q\nstderr %q", tt.args, code, out, errs)
		}
	}
}

// TestFailurePrintsNoSummary: a command that fails prints nothing on
// stdout, where a script or a person would read a summary of what it did.
func TestFailurePrintsNoSummary(t *testing.T) {
	dir := t.TempDir()
	ev := filepath.Join(dir, "ktt.lodesk")
	if code, _, errs := run(t, "demo", ev); code != ExitOK {
		t.Fatalf("demo: %s", errs)
	}
	junk := filepath.Join(dir, "junk.lodesk")
	if err := os.WriteFile(junk, []byte("not an event"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("delegasi;nama_lengkap\nZZZ;A B\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := [][]string{
		{"sync", ev, "--folder", filepath.Join(dir, "nowhere")},
		{"sync", ev, "--folder", file},
		{"sync", filepath.Join(dir, "new.lodesk"), "--folder", dir},
		{"check", junk},
		{"import", ev, "people", bad},
		{"pack", ev, "--lo", "Nobody At All", "--out", dir},
		{"pack", ev, "--delegation", "ZZZ", "--out", filepath.Join(dir, "z.pdf")},
		{"backup", ev, file},
		{"restore", junk, filepath.Join(dir, "r.lodesk")},
		{"demo", ev},
		{"manifest", junk, "arrivals", "--out", dir},
	}
	for _, args := range tests {
		t.Run(strings.Join(args[:2], " "), func(t *testing.T) {
			code, out, errs := run(t, args...)
			if code != ExitFail || out != "" || !strings.Contains(errs, "lodesk "+args[0]+": ") {
				t.Errorf("lodesk %v: exit %d\nstdout %q\nstderr %q", args, code, out, errs)
			}
		})
	}
}

// TestRestoreExampleNamesABackup: restore's example restores a file named
// as backups are named ("KTT 2026 2026-11-24 09.30.00Z.lodesk-backup"),
// whatever the event and the time.
func TestRestoreExampleNamesABackup(t *testing.T) {
	digits := regexp.MustCompile(`[0-9]`)
	want := digits.ReplaceAllString(backup.FileName("KTT 2026", time.Now()), "0")
	words := splitWords(helps["restore"].examples[0])
	if len(words) < 3 {
		t.Fatalf("restore's example %q names no backup", helps["restore"].examples[0])
	}
	from := words[2]
	from = from[strings.LastIndexAny(from, `\/`)+1:]
	if got := digits.ReplaceAllString(from, "0"); got != want {
		t.Errorf("restore's example restores %q; backups are named like %q", from, backup.FileName("KTT 2026", time.Now()))
	}
}
