package imex

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
)

var updateDocs = flag.Bool("update-docs", false, "rewrite docs/spreadsheets.md from the column tables")

const spreadsheetsDoc = "../../docs/spreadsheets.md"

// TestSpreadsheetsDoc fails when docs/spreadsheets.md is not what the
// column tables and their descriptions give; -update-docs (go generate
// ./app/imex) rewrites it.
func TestSpreadsheetsDoc(t *testing.T) {
	want := spreadsheetsMarkdown()
	if *updateDocs {
		if err := os.WriteFile(spreadsheetsDoc, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(spreadsheetsDoc)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(want, "\n")
		i := 0
		for i < len(gl) && i < len(wl) && gl[i] == wl[i] {
			i++
		}
		t.Fatalf("docs/spreadsheets.md disagrees with the column tables from line %d:\n file: %s\n code: %s\nrun: go generate ./app/imex",
			i+1, line(gl, i), line(wl, i))
	}
}

func line(ls []string, i int) string {
	if i < len(ls) {
		return ls[i]
	}
	return "(end of file)"
}

// TestSpreadsheetsDocMentionsEveryColumn checks the generated text itself
// against the tables, so that a generator that drops a kind, a column or
// an alias fails here too.
func TestSpreadsheetsDocMentionsEveryColumn(t *testing.T) {
	doc := spreadsheetsMarkdown()
	for _, kind := range allKinds() {
		sec := section(doc, kind)
		if sec == "" {
			t.Errorf("no section for %s", kind)
			continue
		}
		cs, _ := Columns(kind)
		for _, c := range cs {
			row := ""
			for _, l := range strings.Split(sec, "\n") {
				if strings.HasPrefix(l, "| `"+c.Key+"` ") {
					row = l
				}
			}
			if row == "" {
				t.Errorf("%s: no row for column %s", kind, c.Key)
				continue
			}
			for _, a := range c.Aliases {
				if !strings.Contains(row, "`"+a+"`") {
					t.Errorf("%s.%s: alias %s missing", kind, c.Key, a)
				}
			}
			if c.Required != strings.Contains(row, "| yes |") {
				t.Errorf("%s.%s: required is %v, the row says %q", kind, c.Key, c.Required, row)
			}
		}
	}
}

// TestSpreadsheetsExamplesImport imports every kind's documented example
// row, in the order the kinds are listed, into one event: the examples a
// coordinator copies work.
func TestSpreadsheetsExamplesImport(t *testing.T) {
	s := newStore(t)
	for _, kind := range ImportKinds() {
		if kindDocs[kind].row == "" {
			t.Logf("%s: not described yet", kind)
			continue
		}
		res := mustImport(t, s, kind, exampleCSV(kind))
		if res.Inserted+res.Updated != 1 {
			t.Errorf("%s: the example wrote %d new, %d updated; want one row", kind, res.Inserted, res.Updated)
		}
		for _, p := range res.Plan.AllProblems() {
			t.Errorf("%s example: %v", kind, p)
		}
	}
}

// allKinds are the kinds import or export takes, in the order of the
// export list, then any import-only kinds.
func allKinds() []string {
	out := slices.Clone(ExportKinds())
	for _, k := range ImportKinds() {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

func section(doc, kind string) string {
	_, rest, ok := strings.Cut(doc, "\n## "+kind+"\n")
	if !ok {
		return ""
	}
	sec, _, _ := strings.Cut(rest, "\n## ")
	return sec
}

// exampleCSV is a kind's header and example row.
func exampleCSV(kind string) string {
	cs, _ := Columns(kind)
	head, row := make([]string, len(cs)), make([]string, len(cs))
	for i, c := range cs {
		head[i], row[i] = c.Key, docFor(kind, c.Key).example
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.WriteAll([][]string{head, row})
	return b.String()
}

// spreadsheetsMarkdown is docs/spreadsheets.md.
func spreadsheetsMarkdown() string {
	var b strings.Builder
	b.WriteString(docIntro)
	b.WriteString("\n| Kind | Import | Export | One row is |\n|---|---|---|---|\n")
	for _, kind := range allKinds() {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s |\n", kind, kind,
			yesDash(slices.Contains(ImportKinds(), kind)), yesDash(slices.Contains(ExportKinds(), kind)), orDash(kindDocs[kind].row))
	}
	for _, kind := range allKinds() {
		fmt.Fprintf(&b, "\n## %s\n\n", kind)
		kd := kindDocs[kind]
		if kd.row != "" {
			fmt.Fprintf(&b, "One row is %s.", kd.row)
			if kd.match != "" {
				fmt.Fprintf(&b, " A row updates %s.", kd.match)
			}
			b.WriteString("\n\n")
		}
		b.WriteString("| Column | Also read from | Required | Accepted values |\n|---|---|---|---|\n")
		cs, _ := Columns(kind)
		for _, c := range cs {
			d := docFor(kind, c.Key)
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", c.Key, codes(c.Aliases), yesDash(c.Required), values(d))
		}
		fmt.Fprintf(&b, "\nExample (`%s.csv`):\n\n```csv\n%s```\n", kind, exampleCSV(kind))
	}
	return b.String()
}

func yesDash(b bool) string {
	if b {
		return "yes"
	}
	return "—"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func codes(ss []string) string {
	if len(ss) == 0 {
		return "—"
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "`" + s + "`"
	}
	return strings.Join(out, ", ")
}

// values describes what a column accepts: the words, then the set of
// values with the other spellings of each.
func values(d colDoc) string {
	var parts []string
	if d.values != "" {
		parts = append(parts, d.values)
	}
	if d.words != nil {
		other := map[string][]string{}
		for w, v := range d.words {
			if w != normHeader(v) {
				other[v] = append(other[v], w)
			}
			if _, ok := other[v]; !ok {
				other[v] = nil
			}
		}
		vals := make([]string, 0, len(other))
		for v := range other {
			vals = append(vals, v)
		}
		sort.Strings(vals)
		var vs []string
		for _, v := range vals {
			s := "`" + v + "`"
			if ws := other[v]; len(ws) > 0 {
				sort.Strings(ws)
				s += " (" + strings.Join(ws, ", ") + ")"
			}
			vs = append(vs, s)
		}
		parts = append(parts, "one of "+strings.Join(vs, "; "))
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.ReplaceAll(strings.Join(parts, "; "), "|", "\\|")
}

const docIntro = `# Spreadsheet columns

<!-- Made by ` + "`go generate ./app/imex`" + ` from the column tables in app/imex;
a test fails when this file and the tables disagree. Do not edit by hand. -->

LO Desk reads and writes spreadsheets of each kind of record: in the
window (**File › Import…** and **File › Export…**) or on the command line:

` + "```" + `
lodesk import EVENT.lodesk KIND FILE.xlsx [--dry-run]
lodesk export EVENT.lodesk KIND FILE.csv
` + "```" + `

How import reads a file:

- **Formats.** CSV (comma or semicolon, UTF-8 with or without BOM, as Excel
  and LibreOffice save it) or XLSX (the first sheet).
- **Headers.** The first row names the columns, in any order, in English
  (the column names below) or with any of the other names listed, in Bahasa
  Indonesia or English. Case, spaces, underscores, hyphens and dots do not
  matter: ` + "`No. Paspor`" + ` is ` + "`no_paspor`" + `. Columns with other names are
  ignored; the window shows how it matched them and lets you change it.
- **All rows or none.** Every problem is shown with its row and column,
  every wrong cell of a row at once; a file with a problem changes nothing
  (the window can import only the good rows instead). Likely duplicates are
  warnings, not errors. The command line lists the first 100 problems and
  counts the rest ("... and 12 more"); the window lists the first 8 of a
  row and counts the rest.
- **Updating.** A row that matches a record already in the event updates
  it (how each kind matches is said below), so the same file can be
  imported again after a change. Names compare with case, spacing and
  diacritics ignored. A column that is not in the file leaves the stored
  value alone; an empty cell clears a text, and keeps the value of a column
  of set values (a new record gets the default).
- **Set values** (shown as "one of") are written in English or Bahasa
  Indonesia: the stored value first, then the other spellings read as it,
  where case, spaces, hyphens and underscores do not matter
  (` + "`laki-laki`" + ` is ` + "`lakilaki`" + `).

Export writes the columns in the order below with the English names, so a
file exported from LO Desk imports back unchanged; an event without
records of a kind gives an empty template with the headers. Times are
written in ISO 8601 with their offset.
`
