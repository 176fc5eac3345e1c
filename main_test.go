package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoFyneNoise builds lodesk and runs subcommands under the locales of
// containers, scheduled tasks and servers: none may print Fyne's "Error
// parsing user locale" (app/envlocale).
func TestNoFyneNoise(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "lodesk")
	build := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	file := filepath.Join(dir, "ktt.lodesk")
	var base []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LANG") && !strings.HasPrefix(kv, "LC_") {
			base = append(base, kv)
		}
	}
	tests := []struct {
		env  []string
		args []string
	}{
		{[]string{"LANG=C.UTF-8"}, []string{"demo", file}},
		{nil, []string{"version"}}, // env -u LANG -u LC_ALL
		{[]string{"LANG=C"}, []string{"check", file}},
		{[]string{"LANG=C.UTF-8"}, []string{"check", file}},
		{[]string{"LANG=POSIX"}, []string{"version"}},
		{[]string{"LC_ALL=C.UTF-8", "LANG=id_ID.UTF-8"}, []string{"export", file, "delegations", filepath.Join(dir, "d.csv")}},
		{[]string{"LANG=C.utf8"}, []string{"help"}},
		{[]string{"LANG=en_US.UTF-8", "LANGUAGE=C.UTF-8"}, []string{"version"}},
	}
	for _, tt := range tests {
		name := strings.Join(append(append([]string{}, tt.env...), tt.args[0]), " ")
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.args...)
			cmd.Env = append(append([]string{}, base...), tt.env...)
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Run(); err != nil {
				t.Fatalf("lodesk %s: %v\n%s", strings.Join(tt.args, " "), err, out.String())
			}
			if strings.Contains(out.String(), "Fyne error") {
				t.Errorf("lodesk %s printed Fyne noise:\n%s", strings.Join(tt.args, " "), out.String())
			}
		})
	}
}
