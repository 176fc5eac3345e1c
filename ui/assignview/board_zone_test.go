package assignview

import (
	"context"
	"strings"
	"testing"

	"lodesk/app/accred"
	"lodesk/app/assign"
	"lodesk/data"
)

// TestBoardMissingZoneClears: an LO lacking the apron their delegation's
// head has is a line on the board; giving the LO the zone (as the
// accreditation tab and the import do) takes the line away.
func TestBoardMissingZoneClears(t *testing.T) {
	b, env, _, s := loadedBoard(t)
	ctx := context.Background()
	var c assign.Conflict
	for _, x := range b.d.board.Conflicts {
		if x.Kind == assign.MissingZone {
			c = x
			break
		}
	}
	if c.LOID == "" {
		t.Fatal("the demo has no LO lacking a zone")
	}
	line := func() string {
		for _, l := range b.lines {
			if strings.Contains(l, c.LO) && strings.Contains(l, "lacks the access zone") {
				return l
			}
		}
		return ""
	}
	if line() == "" {
		t.Fatalf("no line for %s:\n%s", c.LO, strings.Join(b.lines, "\n"))
	}
	lo, err := data.Get[data.LO](ctx, s, c.LOID)
	if err != nil {
		t.Fatal(err)
	}
	badge := lo.Badge
	badge.Zones = append(badge.Zones, "apron", "vip", "plenary", "bilateral")
	if err := accred.SaveLOBadge(ctx, s, lo.ID, badge); err != nil {
		t.Fatal(err)
	}
	b.Load()
	env.Wait()
	if l := line(); l != "" {
		t.Errorf("still on the board after adding the zones: %q", l)
	}
}
