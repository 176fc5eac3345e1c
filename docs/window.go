package docs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// Section is a part of a page as the window shows it, from a heading to
// the next: the heading's anchor as GitHub names it ("where-lo-desk-
// keeps-its-files", "" before the first heading) and its Markdown.
type Section struct {
	Anchor, Text string
}

var (
	headingLine = regexp.MustCompile(`^#{1,6}\s+(.*?)\s*$`)
	picture     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	tableRow    = regexp.MustCompile(`^\s*\|.*\|\s*$`)
	tableRule   = regexp.MustCompile(`^\s*\|[\s:|-]*\|\s*$`)
	emphLink    = regexp.MustCompile(`^\*([^*\s].*\]\([^)]*\).*[^*\s])\*$`)
	blankLines  = regexp.MustCompile(`\n\s*\n(\s*\n)+`)
)

// ForWindow cuts a page into its sections for the window, which shows no
// pictures and no tables: a table of pictures is left out, another
// table's rows become a list ("a · b · c"); a line in emphasis with a
// link in it loses the emphasis, so that the link works.
func ForWindow(md string) []Section {
	var (
		out   []Section
		cur   Section
		text  strings.Builder
		table []string
		fence bool
		seen  = map[string]int{}
	)
	flushTable := func() {
		if !anyMatch(table, picture) {
			for _, row := range table {
				if tableRule.MatchString(row) {
					continue
				}
				cells := strings.Split(strings.Trim(strings.TrimSpace(row), "|"), "|")
				for i := range cells {
					cells[i] = strings.TrimSpace(cells[i])
				}
				text.WriteString("- " + strings.Join(cells, " · ") + "\n")
			}
		}
		table = table[:0]
	}
	flush := func() {
		flushTable()
		cur.Text = strings.TrimSpace(blankLines.ReplaceAllString(text.String(), "\n\n"))
		if cur.Text != "" {
			out = append(out, cur)
		}
		text.Reset()
	}
	for line := range strings.SplitSeq(md, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fence = !fence
		}
		if !fence && tableRow.MatchString(line) {
			table = append(table, line)
			continue
		}
		flushTable()
		if m := headingLine.FindStringSubmatch(line); m != nil && !fence {
			flush()
			cur = Section{Anchor: anchor(m[1], seen)}
		}
		if !fence {
			// Fyne's Markdown shows a link in emphasis as text: the
			// guides' first lines ("*English: [...](guide.md).*").
			line = emphLink.ReplaceAllString(picture.ReplaceAllString(line, ""), "$1")
		}
		text.WriteString(line + "\n")
	}
	flush()
	return out
}

// anyMatch says whether one of rows matches re.
func anyMatch(rows []string, re *regexp.Regexp) bool {
	for _, r := range rows {
		if re.MatchString(r) {
			return true
		}
	}
	return false
}

// anchor is the id GitHub gives a heading: lower case, without
// punctuation, spaces as hyphens, a repeated one numbered.
func anchor(heading string, seen map[string]int) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	id := b.String()
	n := seen[id]
	seen[id]++
	if n > 0 {
		return fmt.Sprintf("%s-%d", id, n)
	}
	return id
}
