package kit

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/app/field"
	"lodesk/app/phone"
	"lodesk/app/sop"
)

// TestEditorAndImportSayTheSame: a refused value reads the same in the
// editor (a *field.Error beside its field) and in the import preview (the
// sentinel a row's problem wraps): one translated explanation.
func TestEditorAndImportSayTheSame(t *testing.T) {
	tests := []error{
		field.ErrBadEmail, field.ErrBadCurrency, field.ErrBadAirport, field.ErrUnknownCountry,
		field.ErrBadDate, field.ErrBadTime, field.ErrOutBeforeIn, phone.ErrNotNumber, sop.ErrSamePerson,
	}
	for _, sentinel := range tests {
		editor := Explain(field.New("email", sentinel))
		imported := Explain(fmt.Errorf("row 2: %w", sentinel))
		if editor == "" {
			t.Errorf("%v: no explanation", sentinel)
		}
		if imported != editor {
			t.Errorf("%v: the import says %q, the editor %q", sentinel, imported, editor)
		}
	}
}

// TestEverySentinelExplained: each sentinel error of app/field has its
// explanation in messages.go, the one place they are translated.
func TestEverySentinelExplained(t *testing.T) {
	msgs, err := os.ReadFile("messages.go")
	if err != nil {
		t.Fatal(err)
	}
	const dir = "../../app/field"
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, fi := range files {
		if !strings.HasSuffix(fi.Name(), ".go") || strings.HasSuffix(fi.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, fi.Name()), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(node ast.Node) bool {
			vs, ok := node.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for _, name := range vs.Names {
				if strings.HasPrefix(name.Name, "Err") && name.IsExported() {
					n++
					if !strings.Contains(string(msgs), "field."+name.Name+",") {
						t.Errorf("field.%s has no explanation in messages.go", name.Name)
					}
				}
			}
			return true
		})
	}
	if n < 20 {
		t.Fatalf("found %d sentinels in app/field, want the lot", n)
	}
}
