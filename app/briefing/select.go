package briefing

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"lodesk/app/pdf"
	"lodesk/app/private"
	"lodesk/data"
)

// selectJobs lists the assignments the selection asks for, by delegation
// precedence then lead before assistant.
func (b *batch) selectJobs(ctx context.Context, s *data.Store, sel Selection) ([]job, error) {
	want := map[string]bool{}
	for _, id := range sel.DelegationIDs {
		want[id] = true
	}
	if sel.ArrivalDay != "" {
		from, err := time.ParseInLocation(time.DateOnly, sel.ArrivalDay, b.loc)
		if err != nil {
			return nil, fmt.Errorf("briefing: arrival day %q: want YYYY-MM-DD", sel.ArrivalDay)
		}
		legs, err := s.FindTravel(ctx, data.TravelFilter{Direction: data.Arrival, From: from, To: from.AddDate(0, 0, 1)})
		if err != nil {
			return nil, fmt.Errorf("briefing: arrivals: %w", err)
		}
		for _, l := range legs {
			want[l.DelegationID] = true
		}
	}
	los := map[string]bool{}
	for _, id := range sel.LOIDs {
		los[id] = true
	}
	var out []job
	for _, d := range b.sortedDels() {
		as := slices.Clone(b.byDel[d.ID])
		slices.SortStableFunc(as, func(x, y data.Assignment) int {
			return leadFirst(x) - leadFirst(y)
		})
		for i := range as {
			a := &as[i]
			if sel.All || want[a.DelegationID] || los[a.LOID] {
				out = append(out, job{assign: a})
			}
		}
	}
	return out, nil
}

// writePack lays out one pack and writes it.
func (b *batch) writePack(ctx context.Context, s *data.Store, a data.Assignment, w io.Writer) (Result, error) {
	d, p, err := b.layoutPack(ctx, s, a)
	if err != nil {
		return Result{}, err
	}
	if err := d.Output(w); err != nil {
		return Result{}, fmt.Errorf("pack for %s (%s): %w", p.lo.FullName, p.del.Code, err)
	}
	return Result{Path: b.packName(p), Kind: "pack", For: p.lo.FullName, Pages: d.PageCount(), Assign: a.ID}, nil
}

// layoutPack lays out one pack.
func (b *batch) layoutPack(ctx context.Context, s *data.Store, a data.Assignment) (*pdf.Doc, *pack, error) {
	p, err := loadPack(ctx, s, b, a)
	if err != nil {
		return nil, nil, err
	}
	d := b.newDoc(b.tr.T("pack.doc_title", p.del.Name, p.lo.FullName), b.tr.T("pack.running_head", p.del.Name, p.lo.FullName, b.copyName()))
	if err := p.cover(d); err != nil {
		return nil, nil, err
	}
	d.AddPage()
	p.contactsSection(d)
	p.alertsSection(d)
	p.rosterSection(d)
	p.hodSection(d)
	p.itinerarySection(d)
	p.briefSection(d)
	p.requestsSection(d)
	p.checklistSection(d)
	p.giftsSection(d)
	p.contents(d)
	b.finish(d, p.lo.FullName)
	return d, p, nil
}

// WritePack writes the pack of one assignment to w, without logging it
// (the window's preview is Preview).
func WritePack(ctx context.Context, s *data.Store, assignmentID string, w io.Writer, opts Options) (Result, error) {
	b, err := loadBatch(ctx, s, opts)
	if err != nil {
		return Result{}, err
	}
	a, err := data.Get[data.Assignment](ctx, s, assignmentID)
	if err != nil {
		return Result{}, fmt.Errorf("briefing: %w", err)
	}
	return b.writePack(ctx, s, *a, w)
}

// Manifest writes one manifest to out: a file ending in .pdf, or a folder
// that gets "Manifest - KIND.pdf". It is logged like a pack.
func Manifest(ctx context.Context, s *data.Store, kind, out string, opts Options) (Result, error) {
	if !validManifest(kind) {
		return Result{}, fmt.Errorf("briefing: unknown manifest %q", kind)
	}
	b, err := loadBatch(ctx, s, opts)
	if err != nil {
		return Result{}, err
	}
	var buf bytes.Buffer
	r, err := b.writeManifest(ctx, s, kind, &buf)
	if err != nil {
		return r, err
	}
	if strings.EqualFold(filepath.Ext(out), ".pdf") {
		r.Path = out
		err = os.MkdirAll(filepath.Dir(out), 0o755)
	} else {
		r.Path = filepath.Join(out, r.Path)
		err = os.MkdirAll(out, 0o755)
	}
	if err == nil {
		err = private.WriteFile(r.Path, buf.Bytes())
	}
	if err == nil {
		err = private.SyncDir(filepath.Dir(r.Path))
	}
	if err != nil {
		return r, fmt.Errorf("briefing: %w", err)
	}
	r.Bytes = buf.Len()
	if !opts.NoLog {
		err = b.log(ctx, s, []Result{r})
	}
	return r, err
}

func leadFirst(a data.Assignment) int {
	if a.Role == data.AssignLead {
		return 0
	}
	return 1
}

// Assignments lists the assignments a selection prints, in print order
// (the window's Print screen counts them and previews the first).
func Assignments(ctx context.Context, s *data.Store, sel Selection) ([]data.Assignment, error) {
	b, err := loadBatch(ctx, s, Options{})
	if err != nil {
		return nil, err
	}
	jobs, err := b.selectJobs(ctx, s, sel)
	if err != nil {
		return nil, err
	}
	out := make([]data.Assignment, len(jobs))
	for i, j := range jobs {
		out[i] = *j.assign
	}
	return out, nil
}
