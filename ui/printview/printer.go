package printview

import (
	"bytes"
	"context"
	"image"
	"os"
	"path/filepath"
	"slices"
	"time"

	"lodesk/app/briefing"
	"lodesk/app/fsname"
	"lodesk/app/seatprint"
	"lodesk/data"
)

// Printer is what the Print screen needs from the rest of the app.
type Printer interface {
	// Choices lists the LOs, delegations and arrival days to choose from.
	Choices(ctx context.Context) (Choices, error)
	// Count says how many packs a selection prints.
	Count(ctx context.Context, sel briefing.Selection) (int, error)
	// Preview renders the first page of the selection's first pack in a
	// language ("" for the event's).
	Preview(ctx context.Context, sel briefing.Selection, coordinator bool, lang string) (image.Image, error)
	Generate(ctx context.Context, sel briefing.Selection, opts briefing.Options) ([]briefing.Result, error)
	// Seating writes a session's tent cards (cards) or wall plan and photo
	// line-up into dir in a language, and says where.
	Seating(ctx context.Context, itemID string, cards bool, dir, lang string) (string, error)
}

// Choice is an entry of a chooser: what is shown and the id behind it.
type Choice struct{ Label, ID string }

// Choices are the lists the screen offers.
type Choices struct {
	LOs, Delegations []Choice
	ArrivalDays      []string // YYYY-MM-DD
	Sessions         []Choice // programme items with a seat plan or a photo line-up
}

// StorePrinter is the Printer of an open event file.
type StorePrinter struct{ Store *data.Store }

func (p StorePrinter) Choices(ctx context.Context) (Choices, error) {
	var c Choices
	los, err := p.Store.FindLOs(ctx, data.LOFilter{})
	if err != nil {
		return c, err
	}
	for _, l := range los {
		c.LOs = append(c.LOs, Choice{Label: l.FullName, ID: l.ID})
	}
	dels, err := p.Store.FindDelegations(ctx, data.DelegationFilter{Sort: "name"})
	if err != nil {
		return c, err
	}
	for _, d := range dels {
		c.Delegations = append(c.Delegations, Choice{Label: d.Code + " " + d.Name, ID: d.ID})
	}
	ev, err := p.Store.Event(ctx)
	if err != nil {
		return c, err
	}
	legs, err := p.Store.FindTravel(ctx, data.TravelFilter{Direction: data.Arrival})
	if err != nil {
		return c, err
	}
	for _, l := range legs {
		d := l.Scheduled.In(ev.Location()).Format(time.DateOnly)
		if !slices.Contains(c.ArrivalDays, d) {
			c.ArrivalDays = append(c.ArrivalDays, d)
		}
	}
	slices.Sort(c.ArrivalDays)
	items, err := p.Store.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		return c, err
	}
	for _, it := range items {
		if it.Seating || it.Photo {
			c.Sessions = append(c.Sessions, Choice{Label: it.Starts.In(ev.Location()).Format("2006-01-02 15:04") + " " + it.Title, ID: it.ID})
		}
	}
	return c, nil
}

// Seating prints a session's tent cards or plan into dir.
func (p StorePrinter) Seating(ctx context.Context, itemID string, cards bool, dir, lang string) (string, error) {
	it, err := data.Get[data.ProgrammeItem](ctx, p.Store, itemID)
	if err != nil {
		return "", err
	}
	what, print := "plan", seatprint.Plan
	if cards {
		what, print = "cards", seatprint.Cards
	}
	var buf bytes.Buffer
	if _, err := print(ctx, p.Store, itemID, &buf, seatprint.Options{Lang: lang}); err != nil {
		return "", err
	}
	path := filepath.Join(dir, fsname.Safe("Seating - "+it.Title+" - "+what+".pdf"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return path, os.WriteFile(path, buf.Bytes(), 0o644)
}

func (p StorePrinter) Count(ctx context.Context, sel briefing.Selection) (int, error) {
	as, err := briefing.Assignments(ctx, p.Store, sel)
	return len(as), err
}

func (p StorePrinter) Generate(ctx context.Context, sel briefing.Selection, opts briefing.Options) ([]briefing.Result, error) {
	return briefing.Generate(ctx, p.Store, sel, opts)
}

// PreviewWidth is the width of the preview in pixels: about 100 dpi, as
// sharp as the screen's pane at 150 % scaling.
const PreviewWidth = 800

// Preview draws the first page of the selection's first pack in pure Go
// (app/pdf records the page as it is laid out and rasterises it): no
// PDF renderer is needed, so Windows, macOS and Linux show the same.
func (p StorePrinter) Preview(ctx context.Context, sel briefing.Selection, coordinator bool, lang string) (image.Image, error) {
	as, err := briefing.Assignments(ctx, p.Store, sel)
	if err != nil || len(as) == 0 {
		return nil, err
	}
	return briefing.Preview(ctx, p.Store, as[0].ID, briefing.Options{Coordinator: coordinator, NoLog: true, Lang: lang}, PreviewWidth)
}
