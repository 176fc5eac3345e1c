package docs

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The checks here keep the documentation true: every link and picture of
// every page resolves, the two user guides link each other and name the
// window's labels as the window says them (the translations in assets/),
// and the Indonesian guide shows the Indonesian window and keeps every
// command of the English one.

var (
	fence     = regexp.MustCompile("(?ms)^```.*?^```[^\n]*$")
	codeSpan  = regexp.MustCompile("`[^`]*`")
	mdLink    = regexp.MustCompile(`(!?)\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)
	heading   = regexp.MustCompile(`(?m)^#{1,6}\s+(.*?)\s*$`)
	bold      = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	keyName   = regexp.MustCompile(`^(Ctrl\+\S+|Esc|Enter|Home|End|Tab|↑|↓)$`)
	shellNote = regexp.MustCompile(`\s+#\s.*$`)
	spaces    = regexp.MustCompile(`\s+`)
)

// guides are the English user guide and its Indonesian rendering.
const (
	guideEN = "guide.md"
	guideID = "panduan.md"
)

// pages are the Markdown files of the repository (docs/ and the README),
// relative to this directory.
func pages(t *testing.T) []string {
	t.Helper()
	out := []string{filepath.Join("..", "README.md")}
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			out = append(out, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// prose is a page without its code blocks and code spans, where a link or
// a heading is only text.
func prose(md string) string {
	return codeSpan.ReplaceAllString(fence.ReplaceAllString(md, ""), "")
}

// link is a link or a picture of a page.
type link struct {
	image  bool
	target string
}

func links(md string) []link {
	var out []link
	for _, m := range mdLink.FindAllStringSubmatch(prose(md), -1) {
		out = append(out, link{m[1] == "!", m[2]})
	}
	return out
}

// anchors are the ids GitHub gives a page's headings: lower case, without
// punctuation, spaces as hyphens, a repeated one numbered.
func anchors(md string) map[string]bool {
	out := map[string]bool{}
	seen := map[string]int{}
	for _, m := range heading.FindAllStringSubmatch(fence.ReplaceAllString(md, ""), -1) {
		out[anchor(m[1], seen)] = true
	}
	return out
}

// TestLinksResolve: every relative link and picture of every page names a
// file that exists, and a #fragment into a page one of its headings.
func TestLinksResolve(t *testing.T) {
	for _, p := range pages(t) {
		for _, l := range links(read(t, p)) {
			if strings.Contains(l.target, "://") || strings.HasPrefix(l.target, "mailto:") {
				continue
			}
			file, frag, _ := strings.Cut(l.target, "#")
			target := p
			if file != "" {
				target = filepath.Join(filepath.Dir(p), filepath.FromSlash(file))
			}
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s: link %s: %v", p, l.target, err)
				continue
			}
			if frag != "" && strings.HasSuffix(target, ".md") && !anchors(read(t, target))[frag] {
				t.Errorf("%s: link %s: %s has no heading #%s", p, l.target, target, frag)
			}
		}
	}
}

// TestGuidesLinked: the two guides name each other before their first
// section, the README names both, and no guide sends a reader outside the
// repository's own files (../shared is the developers').
func TestGuidesLinked(t *testing.T) {
	tests := []struct {
		page, want string
		top        bool // in the lines before the first "## "
	}{
		{guideEN, guideID, true},
		{guideID, guideEN, true},
		{filepath.Join("..", "README.md"), "docs/" + guideEN, false},
		{filepath.Join("..", "README.md"), "docs/" + guideID, false},
	}
	for _, tt := range tests {
		md := read(t, tt.page)
		if tt.top {
			md, _, _ = strings.Cut(md, "\n## ")
		}
		found := false
		for _, l := range links(md) {
			found = found || (!l.image && l.target == tt.want)
		}
		if !found {
			t.Errorf("%s does not link %s%s", tt.page, tt.want, map[bool]string{true: " at its top"}[tt.top])
		}
	}
	for _, p := range []string{guideEN, guideID, filepath.Join("..", "README.md")} {
		if strings.Contains(read(t, p), "../shared") {
			t.Errorf("%s refers to ../shared, which users do not have", p)
		}
	}
}

// TestGuideEmbedded: the window shows guide.md and panduan.md as they
// are, each in its language, and every page they link, but for the
// pictures of every screen (which it says where to find).
func TestGuideEmbedded(t *testing.T) {
	if Guide != read(t, guideEN) {
		t.Error("docs.Guide is not guide.md")
	}
	if Panduan != read(t, guideID) {
		t.Error("docs.Panduan is not panduan.md")
	}
	for lang, want := range map[string]string{"id": guideID, "en": guideEN, "": guideEN, "fr": guideEN} {
		if name, text := GuideFor(lang); name != want || text != read(t, want) {
			t.Errorf("GuideFor(%q) is %s, want %s", lang, name, want)
		}
	}
	notShown := map[string]bool{"screens/README.md": true}
	for _, g := range []string{guideEN, guideID} {
		for _, l := range links(read(t, g)) {
			file, _, _ := strings.Cut(l.target, "#")
			if l.image || strings.Contains(l.target, "://") || !strings.HasSuffix(file, ".md") {
				continue
			}
			name, text, ok := Page(l.target)
			switch {
			case notShown[name]:
				if ok {
					t.Errorf("%s: %s is shown after all: take it off notShown", g, name)
				}
			case !ok:
				t.Errorf("%s links %s, which the window does not hold (docs.go embeds it)", g, l.target)
			case text != read(t, name):
				t.Errorf("%s: the window's %s is not the file", g, name)
			}
		}
	}
	if _, _, ok := Page("performance.md"); ok {
		t.Error("Page holds performance.md, which no guide links")
	}
}

// TestForWindow: the window shows a page's sections under the anchors its
// links name, without pictures and without table rows.
func TestForWindow(t *testing.T) {
	for _, p := range []string{guideEN, guideID, "install.md", "spreadsheets.md", "sync.md"} {
		md := read(t, p)
		want := anchors(md)
		got := map[string]bool{}
		for _, s := range ForWindow(md) {
			if s.Anchor != "" {
				got[s.Anchor] = true
			}
			for line := range strings.SplitSeq(fence.ReplaceAllString(s.Text, ""), "\n") {
				if strings.Contains(line, "![") || strings.HasPrefix(strings.TrimSpace(line), "|") {
					t.Errorf("%s #%s shows %q", p, s.Anchor, line)
				}
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: sections %v, headings %v", p, got, want)
		}
	}
	// A table of words becomes a list; one of pictures goes.
	md := "# T\n*English: [A](guide.md).*\n\n| a | b |\n|---|---|\n| `x` | y |\n\n| EN | ID |\n|---|---|\n| ![p](p.png) | ![q](q.png) |\n\nend\n"
	s := ForWindow(md)
	if len(s) != 1 || s[0].Anchor != "t" || s[0].Text != "# T\nEnglish: [A](guide.md).\n\n- a · b\n- `x` · y\n\nend" {
		t.Errorf("ForWindow(%q) = %q", md, s)
	}
}

// translations are the window's labels in a language: the values of
// assets/translations/LANG.json, and for English its keys too.
func translations(t *testing.T, lang string) []string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(read(t, filepath.Join("..", "assets", "translations", lang+".json"))), &m); err != nil {
		t.Fatal(err)
	}
	var out []string
	for k, v := range m {
		if lang == "en" {
			out = append(out, k)
		}
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case map[string]any: // plural forms
			for _, s := range v {
				if s, ok := s.(string); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// labelKey is how a label is compared: case and hyphens aside (a label
// may start a sentence; "double click" is "Double-click").
func labelKey(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "-", " "))
}

// isLabel says whether a guide's bold phrase is one of labels, or starts
// one before a parenthesis ("Coordinator copy" of "Coordinator copy
// (medical notes and passports in full)"); an ellipsis must be as on the
// screen.
func isLabel(phrase string, labels map[string]bool) bool {
	return labels[labelKey(phrase)] || labels[labelKey(phrase)+" ("]
}

func labelSet(t *testing.T, lang string) map[string]bool {
	t.Helper()
	set := map[string]bool{}
	for _, l := range translations(t, lang) {
		set[labelKey(l)] = true
		if i := strings.Index(l, " ("); i > 0 {
			set[labelKey(l[:i])+" ("] = true
		}
	}
	return set
}

// TestGuideLabels: what a guide sets in bold (a menu path "File › Sync…",
// a button, a screen, a tab, a field) is a key or a label the window
// shows in the guide's language, as the translations spell it.
func TestGuideLabels(t *testing.T) {
	for _, tt := range []struct{ page, lang string }{{guideEN, "en"}, {guideID, "id"}} {
		labels := labelSet(t, tt.lang)
		for _, m := range bold.FindAllStringSubmatch(prose(read(t, tt.page)), -1) {
			phrase := spaces.ReplaceAllString(m[1], " ")
			for part := range strings.SplitSeq(phrase, " › ") {
				if !keyName.MatchString(part) && !isLabel(part, labels) {
					t.Errorf("%s: **%s**: %q is not a label of the window in %s.json", tt.page, phrase, part, tt.lang)
				}
			}
		}
	}
}

// TestPanduanPictures: the Indonesian guide shows the window in Bahasa
// Indonesia.
func TestPanduanPictures(t *testing.T) {
	n := 0
	for _, l := range links(read(t, guideID)) {
		if l.image {
			n++
			if !strings.Contains(filepath.Base(l.target), "-id") {
				t.Errorf("%s shows %s, not an Indonesian (-id) picture", guideID, l.target)
			}
		}
	}
	if n == 0 {
		t.Errorf("%s has no pictures", guideID)
	}
}

// commands are the lodesk commands of a page, in its code blocks and code
// spans, with their spacing and shell comments left out.
func commands(md string) map[string]bool {
	out := map[string]bool{}
	add := func(s string) {
		s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
		if strings.HasPrefix(s, "lodesk ") {
			out[s] = true
		}
	}
	for _, block := range fence.FindAllString(md, -1) {
		for line := range strings.SplitSeq(block, "\n") {
			add(shellNote.ReplaceAllString(line, ""))
		}
	}
	for _, span := range codeSpan.FindAllString(fence.ReplaceAllString(md, ""), -1) {
		add(strings.Trim(span, "`"))
	}
	return out
}

// TestPanduanCommands: the Indonesian guide keeps the English guide's
// sections and every one of its commands, word for word (the commands,
// their options and the spreadsheet kinds are a contract).
func TestPanduanCommands(t *testing.T) {
	en, id := read(t, guideEN), read(t, guideID)
	sections := func(md string) int { return strings.Count("\n"+fence.ReplaceAllString(md, ""), "\n## ") }
	if sections(en) != sections(id) {
		t.Errorf("%s has %d sections, %s %d", guideEN, sections(en), guideID, sections(id))
	}
	have := commands(id)
	for c := range commands(en) {
		if !have[c] {
			t.Errorf("%s lacks the command of %s: %s", guideID, guideEN, c)
		}
	}
	if len(commands(en)) == 0 {
		t.Errorf("no command found in %s", guideEN)
	}
}
