package imex

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"time"

	"lodesk/app/seating"
	"lodesk/data"
)

// Action is what an import does with a row.
type Action string

// Actions.
const (
	Insert    Action = "insert"
	Update    Action = "update"
	Unchanged Action = "unchanged"
	Skip      Action = "skip" // a row with problems
)

// RowPlan is one data row: what it becomes and what is wrong with it.
type RowPlan struct {
	Row      int    // spreadsheet row number
	Label    string // who or what the row is, for the preview
	Action   Action
	Record   data.Record // the row as it would be written; nil if unreadable
	Problems []Problem
}

// OK says whether the row can be written (warnings allowed).
func (r *RowPlan) OK() bool { return !hasErrors(r.Problems) }

func hasErrors(ps []Problem) bool {
	for _, p := range ps {
		if !p.Warning {
			return true
		}
	}
	return false
}

// Plan is a checked import: each row's action and problems, and the
// problems of the file as a whole (its mapping). Nothing is written yet.
type Plan struct {
	Kind     string
	File     string
	Mapping  Mapping
	Problems []Problem // about the file or its mapping
	Rows     []RowPlan
	table    *Table
}

// Table is what the plan was made from, for a preview of the cells.
func (p *Plan) Table() *Table { return p.table }

// OK says whether the whole file can be imported.
func (p *Plan) OK() bool {
	if hasErrors(p.Problems) {
		return false
	}
	for i := range p.Rows {
		if !p.Rows[i].OK() {
			return false
		}
	}
	return true
}

// AllProblems lists the file's problems, then each row's, in row order.
func (p *Plan) AllProblems() []Problem {
	out := append([]Problem(nil), p.Problems...)
	for _, r := range p.Rows {
		out = append(out, r.Problems...)
	}
	return out
}

// Counts tallies the rows by action (rows with problems count as Skip).
func (p *Plan) Counts() map[Action]int {
	c := map[Action]int{}
	for _, r := range p.Rows {
		if r.OK() {
			c[r.Action]++
		} else {
			c[Skip]++
		}
	}
	return c
}

// Options tune Commit.
type Options struct {
	// GoodRowsOnly writes the rows without problems and skips the others
	// (the window offers it); otherwise one bad row stops the import.
	GoodRowsOnly bool
}

// Result says what Commit wrote.
type Result struct {
	Inserted, Updated, Unchanged, Skipped int
	Plan                                  *Plan // as checked inside the write
	// Seating is what the regeneration after an import of delegations,
	// people or programme items moved in the seat maps and photo line-ups
	// (for a dry run: what it would move).
	Seating []seating.ItemMoves
}

// importer is one kind's import: it loads what it needs from the event
// file, reads each row, then checks the rows together.
type importer interface {
	load(ctx context.Context, s *data.Store, pl *planner) error
	row(r *rowCtx)
	finish(pl *planner)
}

func newImporter(kind string) (importer, error) {
	switch kind {
	case Delegations:
		return &delegationImporter{}, nil
	case People:
		return &personImporter{}, nil
	case Travel:
		return &travelImporter{}, nil
	case LOs:
		return &loImporter{}, nil
	case Programme:
		return &programmeImporter{}, nil
	case Assignments:
		return &assignmentImporter{}, nil
	case Checklists:
		return &checklistImporter{}, nil
	case Requests:
		return &requestImporter{}, nil
	case Incidents:
		return &incidentImporter{}, nil
	case Gifts:
		return &giftImporter{}, nil
	case Contacts:
		return &contactImporter{}, nil
	case Vehicles:
		return &vehicleImporter{}, nil
	case Hotels:
		return &hotelImporter{}, nil
	case Briefs:
		return &briefImporter{}, nil
	case Transfers:
		return &transferImporter{}, nil
	case Accred:
		return &accredImporter{}, nil
	}
	if _, ok := columns[kind]; ok {
		return nil, fmt.Errorf("%w: %s can be exported, not imported", ErrUnknownKind, kind)
	}
	_, err := Columns(kind)
	return nil, err
}

// planner holds what a kind's importer shares with its rows.
type planner struct {
	t      *Table
	plan   *Plan
	col    map[string]int // key -> file column
	loc    *time.Location // the event's time zone
	zone   string
	region string // where phone numbers without a country code are
}

// Prepare checks a table against the event file with a mapping (from
// Detect, perhaps edited) and returns the plan; it writes nothing. Its
// error is for a failure to read the event file, not for bad rows.
func Prepare(ctx context.Context, s *data.Store, kind string, t *Table, m Mapping) (*Plan, error) {
	imp, err := newImporter(kind)
	if err != nil {
		return nil, err
	}
	pl := &planner{t: t, col: map[string]int{}, loc: time.UTC, zone: "UTC", region: "ID"}
	pl.plan = &Plan{Kind: kind, File: t.File, Mapping: append(Mapping(nil), m...), table: t}
	ev, err := s.Event(ctx)
	switch {
	case err == nil:
		pl.loc, pl.zone = ev.Location(), ev.Location().String()
		if ev.HostCountry != "" {
			pl.region = ev.HostCountry
		}
	case errors.Is(err, data.ErrNotFound):
		pl.loc, pl.zone = loadZone("Asia/Jakarta", time.UTC), "Asia/Jakarta"
	default:
		return nil, fmt.Errorf("import %s: %w", t.File, err)
	}
	for _, p := range m.Check(kind, t.Header) {
		if p.Row == 1 {
			p.Row = t.HeaderRow
		}
		p.File = t.File
		pl.plan.Problems = append(pl.plan.Problems, p)
	}
	for i, k := range m {
		if _, dup := pl.col[k]; k != "" && !dup {
			pl.col[k] = i
		}
		if k == "" && cell(t.Header, i) != "" {
			pl.plan.Problems = append(pl.plan.Problems, Problem{
				File: t.File, Row: t.HeaderRow, Col: i,
				Value: t.Header[i], Err: fmt.Errorf("%w: %q", ErrIgnoredColumn, t.Header[i]), Warning: true,
			})
		}
	}
	if hasErrors(pl.plan.Problems) {
		return pl.plan, nil // rows cannot be read without a sound mapping
	}
	if err := imp.load(ctx, s, pl); err != nil {
		return nil, fmt.Errorf("import %s: %w", t.File, err)
	}
	pl.plan.Rows = make([]RowPlan, len(t.Rows))
	for i, row := range t.Rows {
		rp := &pl.plan.Rows[i]
		rp.Row = row.N
		imp.row(&rowCtx{pl: pl, row: row, rp: rp})
	}
	imp.finish(pl)
	for i := range pl.plan.Rows {
		rp := &pl.plan.Rows[i]
		sort.SliceStable(rp.Problems, func(a, b int) bool { return rp.Problems[a].Col < rp.Problems[b].Col })
	}
	return pl.plan, nil
}

// Commit checks the plan's table again inside one write transaction (the
// event file may have changed since the preview) and writes it: all rows,
// or, with GoodRowsOnly, the rows without problems. A refused import
// returns an *InvalidError and writes nothing.
func Commit(ctx context.Context, s *data.Store, p *Plan, opts Options) (*Result, error) {
	if p == nil || p.table == nil {
		return nil, errors.New("commit: a plan from Prepare is needed")
	}
	res := &Result{}
	err := s.Write(ctx, func(tx *data.Tx) error {
		plan, err := Prepare(ctx, s, p.Kind, p.table, p.Mapping)
		if err != nil {
			return err
		}
		res.Plan = plan
		if hasErrors(plan.Problems) || (!opts.GoodRowsOnly && !plan.OK()) {
			return &InvalidError{File: plan.File, Problems: plan.AllProblems()}
		}
		for i := range plan.Rows {
			r := &plan.Rows[i]
			if !r.OK() {
				res.Skipped++
				continue
			}
			switch r.Action {
			case Insert:
				err = insert(tx, r.Record)
				res.Inserted++
			case Update:
				err = tx.Update(r.Record)
				res.Updated++
			default:
				res.Unchanged++
			}
			if err != nil {
				return fmt.Errorf("%s: row %d: %w", plan.File, r.Row, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if reseats(p.Kind) && res.Inserted+res.Updated > 0 {
		// Precedence or attendance may have changed: regenerate what was
		// not placed by hand, after the import and apart from it.
		if res.Seating, err = seating.RegenerateAll(ctx, s); err != nil {
			return res, fmt.Errorf("%s: imported, but regenerating the seating failed: %w", p.File, err)
		}
	}
	return res, nil
}

// reseats says whether importing kind can change who sits where.
func reseats(kind string) bool {
	return kind == Delegations || kind == People || kind == Programme
}

// Import reads nothing itself: it detects the mapping of t, checks it and,
// unless dryRun, commits it. The plan comes back in both cases.
func Import(ctx context.Context, s *data.Store, kind string, t *Table, dryRun bool) (*Result, error) {
	m, err := Detect(kind, t.Header)
	if err != nil {
		return nil, err
	}
	if dryRun {
		plan, err := Prepare(ctx, s, kind, t, m)
		if err != nil {
			return nil, err
		}
		res := &Result{Plan: plan}
		c := plan.Counts()
		res.Inserted, res.Updated, res.Unchanged, res.Skipped = c[Insert], c[Update], c[Unchanged], c[Skip]
		if !plan.OK() {
			return res, &InvalidError{File: plan.File, Problems: plan.AllProblems()}
		}
		res.Seating, err = plan.SeatingPreview(ctx, s)
		return res, err
	}
	return Commit(ctx, s, &Plan{Kind: kind, File: t.File, Mapping: m, table: t}, Options{})
}

// rowCtx reads one row's cells by key and collects its problems.
type rowCtx struct {
	pl  *planner
	row Row
	rp  *RowPlan
}

func (r *rowCtx) has(key string) bool {
	_, ok := r.pl.col[key]
	return ok
}

func (r *rowCtx) get(key string) string {
	i, ok := r.pl.col[key]
	if !ok {
		return ""
	}
	return r.row.Cell(i)
}

func (r *rowCtx) problem(key string, err error, warning bool) {
	col := -1
	if i, ok := r.pl.col[key]; ok {
		col = i
	}
	r.rp.Problems = append(r.rp.Problems, Problem{
		File: r.pl.t.File, Row: r.row.N, Col: col, Column: key, Value: r.get(key), Err: err, Warning: warning,
	})
}

func (r *rowCtx) fail(key string, err error) { r.problem(key, err, false) }

// failed says whether the row already has an error in column key.
func (r *rowCtx) failed(key string) bool {
	for _, p := range r.rp.Problems {
		if p.Column == key && !p.Warning {
			return true
		}
	}
	return false
}
func (r *rowCtx) warn(key string, err error) { r.problem(key, err, true) }

// text sets *dst from a mapped column; an unmapped column keeps it.
func (r *rowCtx) text(key string, dst *string) {
	if r.has(key) {
		*dst = r.get(key)
	}
}

// choice sets *dst from a mapped, non-empty column of set values; an empty
// cell keeps what was there (or the default a new record starts with).
func (r *rowCtx) choice(key string, words map[string]string, dst *string) {
	if v := r.get(key); v != "" {
		c, err := choice(v, words)
		if err != nil {
			r.fail(key, err)
			return
		}
		*dst = c
	}
}

// decide sets the row's action by comparing the record with what is stored.
func decide(rp *RowPlan, rec, old data.Record) {
	rp.Record = rec
	switch {
	case old == nil || reflect.ValueOf(old).IsNil():
		rp.Action = Insert
	case reflect.DeepEqual(rec, old):
		rp.Action = Unchanged
	default:
		rp.Action = Update
	}
}
