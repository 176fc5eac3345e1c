package envlocale

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestLanguage(t *testing.T) {
	tests := []struct {
		name   string
		env    map[string]string
		want   string
		change bool
	}{
		{"nothing set", nil, "", false},
		{"C", map[string]string{"LANG": "C"}, "", false},
		{"POSIX", map[string]string{"LANG": "POSIX"}, "", false},
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, "en", true},
		{"C.utf8 in LC_ALL", map[string]string{"LC_ALL": "C.utf8", "LANG": "id_ID.UTF-8"}, "en", true},
		{"POSIX.UTF-8 in LC_MESSAGES", map[string]string{"LC_MESSAGES": "POSIX.UTF-8"}, "en", true},
		{"LC_ALL C wins over a bad LANGUAGE", map[string]string{"LC_ALL": "C", "LANGUAGE": "C.UTF-8"}, "", false},
		{"English", map[string]string{"LANG": "en_US.UTF-8"}, "", false},
		{"Indonesian", map[string]string{"LANG": "id_ID.UTF-8"}, "", false},
		{"language only", map[string]string{"LANG": "id"}, "", false},
		{"numeric region", map[string]string{"LANG": "es_419.UTF-8"}, "", false},
		{"LANGUAGE list", map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "id:en"}, "", false},
		{"bad entry dropped", map[string]string{"LANG": "en_GB.UTF-8", "LANGUAGE": "id:C:en"}, "id:en", true},
		{"empty entry dropped", map[string]string{"LANGUAGE": "id:"}, "id", true},
		{"modifier mended", map[string]string{"LANG": "sr_RS@latin"}, "sr_RS", true},
		{"garbage", map[string]string{"LANG": "x"}, "en", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, change := language(func(k string) string { return tt.env[k] })
			if got != tt.want || change != tt.change {
				t.Errorf("language(%v) = %q, %v; want %q, %v", tt.env, got, change, tt.want, tt.change)
			}
		})
	}
}

func TestMendSetsLanguage(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C.UTF-8")
	t.Setenv("LANGUAGE", "")
	if got := Mend(); got != "en" {
		t.Fatalf("Mend() = %q, want en", got)
	}
	if Mend() != "" {
		t.Error("a second Mend changed LANGUAGE again")
	}
}

// TestImportsOnlySyscall guards the package-initialisation order this
// package relies on: it must be initialised before "os", hence import
// nothing that imports os.
func TestImportsOnlySyscall(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range af.Imports {
			if p, _ := strconv.Unquote(im.Path.Value); p != "syscall" {
				t.Errorf("%s imports %q: envlocale must import syscall only, to be initialised before os and Fyne", f, p)
			}
		}
	}
}
