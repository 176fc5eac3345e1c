package report

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"lodesk/app/fsname"
	"lodesk/app/i18n"
	"lodesk/app/pdf"
	"lodesk/app/private"
	"lodesk/data"
)

// Report kinds, as the command line names them.
const (
	KindSitrep   = "sitrep"
	KindLODaily  = "lo-daily"
	KindHandOver = "handover"
	KindFinal    = "final"
)

// Kinds lists the report kinds.
var Kinds = []string{KindSitrep, KindLODaily, KindHandOver, KindFinal}

// Errors the window and the command line explain.
var (
	ErrKind       = errors.New("unknown report: want sitrep, lo-daily, handover or final")
	ErrNoHandOver = errors.New("no hand-over recorded on that day")
)

// Options choose what a report prints.
type Options struct {
	Kind string
	// Date is the day (YYYY-MM-DD, the event's calendar) of a SITREP,
	// LO daily report or hand-over; "" is today in the event's zone.
	Date string
	// LO is the LO's full name: whose daily report (none: the blank
	// form) or whose hand-overs (none: every hand-over of the day).
	LO string
	// Lang is "id" or "en"; "" is the event's language.
	Lang string
	// Now is the time printed on the report; zero is now.
	Now time.Time
}

// Result is a written report.
type Result struct {
	Path  string
	Pages int
	Bytes int
}

// Render composes and lays out a report; it returns the document and the
// file name it gets in a folder.
func Render(ctx context.Context, s *data.Store, opts Options) (*pdf.Doc, string, error) {
	return render(ctx, s, opts, false)
}

// Preview draws the first page of a report, widthPx pixels wide, in pure
// Go, without writing or logging it: the window's preview.
func Preview(ctx context.Context, s *data.Store, opts Options, widthPx int) (image.Image, error) {
	d, _, err := render(ctx, s, opts, true)
	if err != nil {
		return nil, err
	}
	page, err := d.Page1()
	if err != nil {
		return nil, fmt.Errorf("preview of the %s report: %w", opts.Kind, err)
	}
	return page.Render(widthPx)
}

func render(ctx context.Context, s *data.Store, opts Options, record bool) (*pdf.Doc, string, error) {
	if !slices.Contains(Kinds, opts.Kind) {
		return nil, "", fmt.Errorf("%q: %w", opts.Kind, ErrKind)
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	src, err := Load(ctx, s, opts.Now)
	if err != nil {
		return nil, "", err
	}
	src.record = record
	p, err := i18n.For(&src.Event, opts.Lang)
	if err != nil {
		return nil, "", err
	}
	date := opts.Date
	if date == "" {
		date = opts.Now.In(src.Loc).Format(time.DateOnly)
	}
	day, err := src.ParseDay(date)
	if err != nil {
		return nil, "", err
	}
	var lo *data.LO
	if opts.LO != "" {
		if lo, err = src.LOByName(opts.LO); err != nil {
			return nil, "", err
		}
	}
	var d *pdf.Doc
	name := opts.Kind + "-" + date
	switch opts.Kind {
	case KindSitrep:
		d = src.PrintSitrep(p, src.Sitrep(day))
	case KindLODaily:
		if lo == nil {
			blank := opts.Date
			d = src.PrintLODailyBlank(p, blank)
			if blank == "" {
				name = opts.Kind
			}
		} else {
			d = src.PrintLODaily(p, src.LODaily(lo.ID, day))
			name += "-" + fsname.Safe(lo.FullName)
		}
	case KindHandOver:
		loID := ""
		if lo != nil {
			loID = lo.ID
			name += "-" + fsname.Safe(lo.FullName)
		}
		sheets := src.HandOverSheets(loID, day)
		if len(sheets) == 0 {
			return nil, "", fmt.Errorf("%s: %w", date, ErrNoHandOver)
		}
		d = src.PrintHandOvers(p, sheets, day)
	case KindFinal:
		d = src.PrintFinal(p, src.Final())
		name = opts.Kind
	}
	return d, name + "-" + p.Lang() + ".pdf", d.Err()
}

// WriteFile renders a report into out: a .pdf file, or a folder where the
// report gets its own name (e.g. sitrep-2026-12-02-id.pdf). The file is
// written whole or not at all, and the print is logged.
func WriteFile(ctx context.Context, s *data.Store, out string, opts Options) (Result, error) {
	d, name, err := Render(ctx, s, opts)
	if err != nil {
		return Result{}, err
	}
	var buf bytes.Buffer
	if err := d.Output(&buf); err != nil {
		return Result{}, err
	}
	r := Result{Path: out, Pages: d.PageCount(), Bytes: buf.Len()}
	if !strings.EqualFold(filepath.Ext(out), ".pdf") {
		r.Path = filepath.Join(out, name)
	}
	if err := os.MkdirAll(filepath.Dir(r.Path), 0o755); err != nil {
		return Result{}, fmt.Errorf("report: %w", err)
	}
	if err := private.WriteFile(r.Path, buf.Bytes()); err != nil {
		return Result{}, fmt.Errorf("report: %w", err)
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	forWhom := opts.LO
	doc := "report " + opts.Kind
	if opts.Kind != KindFinal && opts.Date != "" {
		doc += " " + opts.Date
	}
	err = s.Insert(ctx, &data.PrintLog{PrintedAt: opts.Now.UTC().Truncate(time.Second), PrintedBy: s.Author(), Document: doc, ForWhom: forWhom})
	if err != nil && !errors.Is(err, data.ErrReadOnly) {
		return r, fmt.Errorf("report: print log: %w", err)
	}
	return r, nil
}
