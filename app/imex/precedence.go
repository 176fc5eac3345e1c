package imex

import (
	"errors"
	"fmt"
	"strings"

	"lodesk/app/seating"
	"lodesk/data"
)

// Precedence warnings: the row imports, and the delegation is seated after
// every one with a set precedence, alphabetically.
var (
	ErrNoPrecedence     = errors.New("no precedence: seated after every delegation with one, alphabetically")
	ErrSharedPrecedence = errors.New("precedence shared: both are seated after every delegation with a precedence of its own, alphabetically")
)

// warnPrecedence warns the rows whose delegation, with the file applied,
// has a blank precedence or shares it.
func (d *delegationImporter) warnPrecedence(pl *planner) {
	row := map[string]int{} // code -> row
	var all []data.Delegation
	byCode := map[string]int{}
	for _, x := range d.stored {
		byCode[strings.ToUpper(x.Code)] = len(all)
		all = append(all, x)
	}
	for _, rp := range pl.plan.Rows {
		rec, ok := rp.Record.(*data.Delegation)
		if !ok || rec == nil || !rp.OK() {
			continue
		}
		k := strings.ToUpper(rec.Code)
		row[k] = rp.Row
		c := *rec
		if c.ID == "" {
			c.ID = "row:" + k
		}
		if i, ok := byCode[k]; ok {
			all[i] = c
		} else {
			byCode[k] = len(all)
			all = append(all, c)
		}
	}
	for _, p := range seating.PrecedenceProblems(all) {
		n, ok := row[strings.ToUpper(p.Delegation.Code)]
		if !ok {
			continue
		}
		err := ErrNoPrecedence
		if p.Duplicate {
			var with []string
			for _, o := range all {
				if o.Precedence == p.Delegation.Precedence && o.Code != p.Delegation.Code && o.Status != data.StatusCancelled {
					with = append(with, o.Code)
				}
			}
			err = fmt.Errorf("%w (%d, also %s)", ErrSharedPrecedence, p.Delegation.Precedence, strings.Join(with, ", "))
		}
		pl.rowWarn(n, "precedence", err)
	}
}

func (pl *planner) rowWarn(n int, key string, err error) {
	for i := range pl.plan.Rows {
		if rp := &pl.plan.Rows[i]; rp.Row == n {
			(&rowCtx{pl: pl, row: pl.t.Rows[i], rp: rp}).warn(key, err)
			return
		}
	}
}
