package briefing

import (
	"context"
	"fmt"
	"image"

	"lodesk/data"
)

// Preview draws the first page of one assignment's pack, widthPx pixels
// wide, without writing the PDF or logging it: the window's preview. It
// lays the whole pack out (the cover carries the page count and the table
// of contents) and rasterises what the PDF would show on page 1, in pure
// Go, so it needs no PDF renderer on the computer.
func Preview(ctx context.Context, s *data.Store, assignmentID string, opts Options, widthPx int) (image.Image, error) {
	b, err := loadBatch(ctx, s, opts)
	if err != nil {
		return nil, err
	}
	b.record = true
	a, err := data.Get[data.Assignment](ctx, s, assignmentID)
	if err != nil {
		return nil, fmt.Errorf("briefing: %w", err)
	}
	d, p, err := b.layoutPack(ctx, s, *a)
	if err != nil {
		return nil, err
	}
	page, err := d.Page1()
	if err != nil {
		return nil, fmt.Errorf("preview of the pack for %s (%s): %w", p.lo.FullName, p.del.Code, err)
	}
	img, err := page.Render(widthPx)
	if err != nil {
		return nil, fmt.Errorf("preview of the pack for %s (%s): %w", p.lo.FullName, p.del.Code, err)
	}
	return img, nil
}
