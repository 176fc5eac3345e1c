package flags

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// node is an SVG element.
type node struct {
	name  string
	attrs []xml.Attr
	kids  []*node
}

func (n *node) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n *node) without(names ...string) []xml.Attr {
	var out []xml.Attr
	for _, a := range n.attrs {
		drop := false
		for _, x := range names {
			drop = drop || a.Name.Local == x
		}
		if !drop {
			out = append(out, a)
		}
	}
	return out
}

func (n *node) clone() *node {
	c := &node{name: n.name, attrs: append([]xml.Attr(nil), n.attrs...)}
	for _, k := range n.kids {
		c.kids = append(c.kids, k.clone())
	}
	return c
}

// parse reads an SVG into a tree (text is dropped: flags have none).
func parse(src []byte) (*node, error) {
	dec := xml.NewDecoder(bytes.NewReader(src))
	var stack []*node
	var root *node
	for {
		tok, err := dec.Token()
		if err != nil {
			if root != nil && len(stack) == 0 {
				return root, nil
			}
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name.Local, attrs: t.Attr}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
}

func (n *node) write(b *bytes.Buffer) {
	b.WriteString("<" + n.name)
	for _, a := range n.attrs {
		name := a.Name.Local
		if a.Name.Space == "xmlns" || name == "xmlns" && n.name != "svg" {
			continue // namespace declarations: the names are written bare
		}
		b.WriteString(" " + name + `="`)
		xml.EscapeText(b, []byte(a.Value))
		b.WriteString(`"`)
	}
	if len(n.kids) == 0 {
		b.WriteString("/>")
		return
	}
	b.WriteString(">")
	for _, k := range n.kids {
		k.write(b)
	}
	b.WriteString("</" + n.name + ">")
}

// normalise rewrites what oksvg cannot draw into what it can: <use> and
// markers become copies of what they point to, one-argument translate()
// and scale() get their second argument.
func normalise(src []byte) ([]byte, error) {
	root, err := parse(src)
	if err != nil {
		return nil, err
	}
	ids := map[string]*node{}
	var index func(n *node)
	index = func(n *node) {
		if id := n.attr("id"); id != "" {
			ids[id] = n
		}
		for _, k := range n.kids {
			index(k)
		}
	}
	index(root)
	var fix func(n *node, depth int) *node
	fix = func(n *node, depth int) *node {
		if depth > 20 {
			return &node{name: "g"}
		}
		for i, a := range n.attrs {
			switch {
			case a.Name.Local == "transform":
				n.attrs[i].Value = fixTransform(a.Value)
			case a.Name.Local == "d" && n.name == "path":
				n.attrs[i].Value = explicitPath(a.Value)
			}
		}
		if n.name == "use" {
			ref := strings.TrimPrefix(n.attr("href"), "#")
			target, ok := ids[ref]
			if !ok {
				return &node{name: "g"}
			}
			g := &node{name: "g", attrs: n.without("href", "x", "y", "width", "height", "transform")}
			tr := n.attr("transform")
			if x, y := n.attr("x"), n.attr("y"); x != "" || y != "" {
				tr = strings.TrimSpace(tr + fmt.Sprintf(" translate(%s %s)", num(x), num(y)))
			}
			if tr != "" {
				g.attrs = append(g.attrs, xml.Attr{Name: xml.Name{Local: "transform"}, Value: tr})
			}
			c := target.clone()
			c.attrs = c.without("id")
			if c.name == "symbol" {
				c.name = "g"
			}
			g.kids = []*node{fix(c, depth+1)}
			return g
		}
		if m := n.attr("marker-mid"); m != "" && n.name == "path" {
			return markers(n, ids, m, fix, depth)
		}
		var kids []*node
		for _, k := range n.kids {
			if k.name == "marker" || k.name == "clipPath" || k.name == "mask" {
				continue // drawn through what uses them, or not at all
			}
			kids = append(kids, fix(k, depth+1))
		}
		n.kids = kids
		return n
	}
	root = fix(root, 0)
	var b bytes.Buffer
	root.write(&b)
	return b.Bytes(), nil
}

func num(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

var (
	oneArg = regexp.MustCompile(`(translate|scale)\(\s*([-+0-9.eE]+)\s*\)`)
	glued  = regexp.MustCompile(`\)\s*,?\s*([a-zA-Z])`)
)

// fixTransform gives translate(x) and scale(s) their second argument and
// separates transforms written without a space.
func fixTransform(t string) string {
	t = oneArg.ReplaceAllStringFunc(t, func(m string) string {
		p := oneArg.FindStringSubmatch(m)
		if p[1] == "translate" {
			return "translate(" + p[2] + " 0)"
		}
		return "scale(" + p[2] + " " + p[2] + ")"
	})
	return glued.ReplaceAllString(t, ") $1")
}

// markers draws a path (when it is visible) and a copy of its marker at
// every vertex between its first and last.
func markers(n *node, ids map[string]*node, ref string, fix func(*node, int) *node, depth int) *node {
	g := &node{name: "g"}
	if n.attr("fill") != "none" || n.attr("stroke") != "" {
		p := n.clone()
		p.attrs = p.without("marker-mid", "marker-start", "marker-end")
		g.kids = append(g.kids, p)
	}
	id := strings.TrimSuffix(strings.TrimPrefix(ref, "url(#"), ")")
	m, ok := ids[id]
	if !ok {
		return g
	}
	vs := vertices(n.attr("d"))
	for i := 1; i < len(vs)-1; i++ {
		at := &node{name: "g", attrs: []xml.Attr{{Name: xml.Name{Local: "transform"}, Value: fmt.Sprintf("translate(%g %g)", vs[i][0], vs[i][1])}}}
		for _, k := range m.kids {
			at.kids = append(at.kids, fix(k.clone(), depth+1))
		}
		g.kids = append(g.kids, at)
	}
	return g
}

var pathToken = regexp.MustCompile(`[MmLlHhVvZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`)

// vertices are the points a path of straight lines passes through, the
// closing point included (markers need no curves: the flags' marker
// paths have none).
func vertices(d string) [][2]float64 {
	var out [][2]float64
	var x, y, sx, sy float64
	cmd := byte('M')
	var nums []float64
	flush := func() {
		for len(nums) > 0 {
			switch cmd {
			case 'M', 'L', 'm', 'l':
				if len(nums) < 2 {
					nums = nil
					return
				}
				if cmd == 'M' || cmd == 'L' {
					x, y = nums[0], nums[1]
				} else {
					x, y = x+nums[0], y+nums[1]
				}
				nums = nums[2:]
				if cmd == 'M' || cmd == 'm' {
					sx, sy = x, y
					if cmd == 'M' {
						cmd = 'L'
					} else {
						cmd = 'l'
					}
				}
			case 'H':
				x, nums = nums[0], nums[1:]
			case 'h':
				x, nums = x+nums[0], nums[1:]
			case 'V':
				y, nums = nums[0], nums[1:]
			case 'v':
				y, nums = y+nums[0], nums[1:]
			default:
				nums = nil
				return
			}
			out = append(out, [2]float64{x, y})
		}
	}
	for _, tok := range pathToken.FindAllString(d, -1) {
		c := tok[0]
		if strings.ContainsRune("MmLlHhVvZz", rune(c)) && len(tok) == 1 {
			flush()
			cmd = c
			if c == 'Z' || c == 'z' {
				x, y = sx, sy
				out = append(out, [2]float64{x, y})
			}
			continue
		}
		if v, err := strconv.ParseFloat(tok, 64); err == nil {
			nums = append(nums, v)
		}
	}
	flush()
	return out
}

// paramCount is how many numbers each path command takes.
var paramCount = map[byte]int{'M': 2, 'L': 2, 'H': 1, 'V': 1, 'C': 6, 'S': 4, 'Q': 4, 'T': 2, 'A': 7, 'Z': 0}

// explicitPath writes a path's data with one command letter per set of
// numbers ("a1 1 0 0 1 2 2 3 3 0 0 1 4 4" becomes two arcs), which oksvg
// needs for repeated arcs; an arc's flags may be written without spaces.
func explicitPath(d string) string {
	var b strings.Builder
	i := 0
	skip := func() {
		for i < len(d) && (d[i] == ' ' || d[i] == ',' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r') {
			i++
		}
	}
	number := func(flag bool) (string, bool) {
		skip()
		if i >= len(d) {
			return "", false
		}
		if flag {
			if d[i] == '0' || d[i] == '1' {
				i++
				return d[i-1 : i], true
			}
			return "", false
		}
		start := i
		if d[i] == '+' || d[i] == '-' {
			i++
		}
		digits, dot := false, false
		for i < len(d) {
			c := d[i]
			switch {
			case c >= '0' && c <= '9':
				digits = true
			case c == '.' && !dot:
				dot = true
			case (c == 'e' || c == 'E') && digits:
				i++
				if i < len(d) && (d[i] == '+' || d[i] == '-') {
					i++
				}
				continue
			default:
				if !digits {
					i = start
					return "", false
				}
				return d[start:i], true
			}
			i++
		}
		if !digits {
			i = start
			return "", false
		}
		return d[start:i], true
	}
	var cmd byte
	for {
		skip()
		if i >= len(d) {
			break
		}
		c := d[i]
		upper := c &^ 0x20
		if _, ok := paramCount[upper]; ok && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			cmd = c
			i++
			if upper == 'Z' {
				b.WriteByte(c)
				continue
			}
		} else if cmd == 0 {
			return d // not a path we understand: leave it
		}
		n := paramCount[cmd&^0x20]
		var nums []string
		for k := range n {
			v, ok := number(cmd&^0x20 == 'A' && (k == 3 || k == 4))
			if !ok {
				return d
			}
			nums = append(nums, v)
		}
		b.WriteByte(cmd)
		b.WriteString(strings.Join(nums, " "))
		b.WriteByte(' ')
		switch cmd { // after a moveto, further pairs are linetos
		case 'M':
			cmd = 'L'
		case 'm':
			cmd = 'l'
		}
	}
	return strings.TrimSpace(b.String())
}
