package assign

// minCostAssignment solves the rectangular assignment problem: cost is n
// rows by m columns, and spare more columns cost spareCost for every row
// (n <= m+spare). It returns, for each row, the column (m and above: a
// spare one) that minimises the total cost with every column used at most
// once. It is the O(n²(m+spare)) shortest-augmenting-path form of the
// Hungarian algorithm (Jonker–Volgenant potentials), with two shortcuts
// that keep the xlarge demo's 950 delegations against 900 LOs under a
// second:
//
//   - The spare columns are alike and fill in order, so a search looks at
//     the ones taken and at one free one only, not at all of them.
//   - Among equally short paths it ends at a free column: with many equal
//     costs this keeps it from wandering through the matched ones.
func minCostAssignment(cost [][]int64, spare int, spareCost int64) []int {
	n := len(cost)
	if n == 0 {
		return nil
	}
	m := len(cost[0])
	const inf = int64(1) << 62
	w := m + spare
	u := make([]int64, n+1)
	v := make([]int64, w+1)
	p := make([]int, w+1) // p[j]: row (1-based) matched to column j; 0 = none
	way := make([]int, w+1)
	minv := make([]int64, w+1)
	used := make([]bool, w+1)
	spareUsed := 0
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		hi := m + min(spare, spareUsed+1) // the columns this search looks at
		for j := 0; j <= hi; j++ {
			minv[j] = inf
			used[j] = false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			row, ui := cost[i0-1], u[i0]
			for j := 1; j <= hi; j++ {
				if used[j] {
					continue
				}
				c := spareCost
				if j <= m {
					c = row[j-1]
				}
				if cur := c - ui - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta || (minv[j] == delta && p[j] == 0 && p[j1] != 0) {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= hi; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		if j0 > m {
			spareUsed++
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	out := make([]int, n)
	for j := 1; j <= w; j++ {
		if p[j] != 0 {
			out[p[j]-1] = j - 1
		}
	}
	return out
}
