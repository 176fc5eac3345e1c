package pdf

// Col is a table column: its heading and width in millimetres.
type Col struct {
	Title string
	W     float64
}

// Table is a grid of wrapped text; its heading row repeats after a page
// break.
type Table struct {
	Cols []Col
	Rows [][]string
	Size float64 // points; 8.5 when zero
	// Bold, when set, says which cells are bold.
	Bold func(row, col int) bool
	// Fill, when set, says which rows are shaded (light grey prints on
	// any printer).
	Fill func(row int) bool
}

const pad = 1.2

// Table draws t at the left margin from Y.
func (d *Doc) Table(t Table) {
	size := t.Size
	if size == 0 {
		size = 8.5
	}
	lh := LineHeight(size)
	d.SetDrawColor(0, 0, 0)
	d.SetLineWidth(0.2)
	titled := false
	heads := make([][]string, len(t.Cols))
	nh := 1
	for j, c := range t.Cols {
		titled = titled || c.Title != ""
		heads[j] = d.Wrap(c.Title, Bold, size, c.W-2*pad)
		nh = max(nh, len(heads[j]))
	}
	head := func() {
		if !titled {
			return
		}
		h := float64(nh)*lh + 2*pad
		d.SetFillColor(215, 215, 215)
		x := Margin
		for j, c := range t.Cols {
			d.Rect(x, d.Y, c.W, h, "FD")
			for k, l := range heads[j] {
				d.Text(x+pad, d.Y+pad+float64(k)*lh+size*ptMM*0.9, l, Bold, size)
			}
			x += c.W
		}
		d.Y += h
	}
	d.Need(2 * (lh + 2*pad))
	head()
	for i, row := range t.Rows {
		cells := make([][]string, len(t.Cols))
		n := 1
		for j := range t.Cols {
			if j >= len(row) {
				continue
			}
			st := Regular
			if t.Bold != nil && t.Bold(i, j) {
				st = Bold
			}
			cells[j] = d.Wrap(row[j], st, size, t.Cols[j].W-2*pad)
			n = max(n, len(cells[j]))
		}
		h := float64(n)*lh + 2*pad
		if d.Need(h) {
			head()
		}
		x := Margin
		fill := t.Fill != nil && t.Fill(i)
		if fill {
			d.SetFillColor(238, 238, 238)
		}
		for j, c := range t.Cols {
			style := "D"
			if fill {
				style = "FD"
			}
			d.Rect(x, d.Y, c.W, h, style)
			st := Regular
			if t.Bold != nil && t.Bold(i, j) {
				st = Bold
			}
			for k, line := range cells[j] {
				d.Text(x+pad, d.Y+pad+float64(k)*lh+size*ptMM*0.9, line, st, size)
			}
			x += c.W
		}
		d.Y += h
	}
	d.Y += 2
}
