package assets

import (
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing"
)

// catalog is one translation file: each key's text, plural forms joined.
func catalog(t *testing.T, fsys fs.FS, name string) map[string]string {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		switch v := v.(type) {
		case string:
			out[k] = v
		case map[string]any: // plural forms
			var forms []string
			for _, f := range v {
				if s, ok := f.(string); ok {
					forms = append(forms, s)
				}
			}
			out[k] = strings.Join(forms, " | ")
		}
	}
	return out
}

// pair is one message in English and in Indonesian.
type pair struct{ where, en, id string }

// pairs are every message of the window and of what LO Desk prints.
func pairs(t *testing.T) []pair {
	t.Helper()
	var out []pair
	add := func(fsys fs.FS, en, id string) {
		e, i := catalog(t, fsys, en), catalog(t, fsys, id)
		for k, v := range e {
			out = append(out, pair{en + ": " + k, v, i[k]})
		}
	}
	add(Translations, TranslationsDir+"/en.json", TranslationsDir+"/id.json")
	files, err := fs.ReadDir(Print, "print/en")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		add(Print, path.Join("print/en", f.Name()), path.Join("print/id", f.Name()))
	}
	return out
}

// TestRoleLabelsDistinct: the roles of a delegation's people and of its
// LOs have labels of their own in each language, on the screen and on
// paper (Indonesian once called both a spouse and an assistant LO
// "Pendamping").
func TestRoleLabelsDistinct(t *testing.T) {
	tests := []struct {
		fsys     fs.FS
		file     string
		prefixes []string // keys whose labels must differ from each other
	}{
		{Translations, TranslationsDir + "/en.json", []string{"role.", "assign."}},
		{Translations, TranslationsDir + "/id.json", []string{"role.", "assign."}},
		{Print, "print/en/labels.json", []string{"role.", "assign_role."}},
		{Print, "print/id/labels.json", []string{"role.", "assign_role."}},
		{Print, "print/en/labels.json", []string{"role_short."}},
		{Print, "print/id/labels.json", []string{"role_short."}},
	}
	for _, tt := range tests {
		seen := map[string]string{}
		for k, v := range catalog(t, tt.fsys, tt.file) {
			role := false
			for _, p := range tt.prefixes {
				role = role || strings.HasPrefix(k, p)
			}
			if !role {
				continue
			}
			label := strings.ToLower(strings.TrimSpace(v))
			if other, ok := seen[label]; ok {
				t.Errorf("%s: %s and %s are both %q", tt.file, other, k, v)
			}
			seen[label] = k
		}
		if len(seen) < 2 {
			t.Errorf("%s: no role labels %v", tt.file, tt.prefixes)
		}
	}
	// The assignments' legend names the LO roles as the table does.
	for _, lang := range []string{"en", "id"} {
		m := catalog(t, Translations, TranslationsDir+"/"+lang+".json")
		for legend, role := range map[string]string{"Lead": "assign.lead", "Assistant": "assign.assistant"} {
			if m[legend] != m[role] {
				t.Errorf("%s.json: %q is %q, %s %q", lang, legend, m[legend], role, m[role])
			}
		}
	}
}

// TestSameThingSameWord: a thing the window names is called the same in
// Indonesian wherever it appears (menus, messages, sync, print), and that
// word is not used for anything else.
func TestSameThingSameWord(t *testing.T) {
	tests := []struct{ en, id string }{
		{`assistants?`, `asisten`},
		{`spouses?`, `pendamping`}, // not "pendampingan", an LO's cover
		{`staff`, `staf`},
		{`event details`, `detail acara`},
		{`country briefs?`, `ringkasan negara`},
	}
	all := pairs(t)
	for _, tt := range tests {
		en := regexp.MustCompile(`(?i)\b` + tt.en + `\b`)
		id := regexp.MustCompile(`(?i)\b` + tt.id + `\b`)
		n := 0
		for _, p := range all {
			inEN, inID := en.MatchString(p.en), id.MatchString(p.id)
			if inEN {
				n++
			}
			switch {
			case inEN && !inID:
				t.Errorf("%s: %q is %q, without %q", p.where, p.en, p.id, tt.id)
			case inID && !inEN:
				t.Errorf("%s: %q says %q for %q, which has no %q", p.where, p.id, tt.id, p.en, tt.en)
			}
		}
		if n == 0 {
			t.Errorf("no message says %q", tt.en)
		}
	}
}
