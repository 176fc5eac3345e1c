// Package progview is the Programme screen: the programme by day with
// search, the item editor with delete and undo, venue transfer times, the
// composed itinerary of a delegation or an LO with its clashes and .ics
// export, and the seat map and photo line-up of an item, drawn, edited by
// hand, regenerated and saved as a picture.
package progview

import (
	"context"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"lodesk/data"
	"lodesk/ui/kit"
)

// Screen is the Programme area of the main window.
type Screen struct {
	env  kit.Env
	snap *snapshot

	tabs      *container.AppTabs
	list      *programmeList
	itin      *itineraryView
	seats     *seatView
	transfers *transferView
	editor    *editor // the item editor last opened
}

var _ kit.Screen = (*Screen)(nil)

// snapshot is what the screen's parts read once per load.
type snapshot struct {
	loc       *time.Location
	items     []data.ProgrammeItem
	dels      []data.Delegation
	los       []data.LO
	transfers []data.Transfer
	venues    []string // known venues, sorted
	dress     []string // dress codes in use, sorted
}

// New builds the screen; the window calls Content, then Load.
func New(env kit.Env) *Screen {
	s := &Screen{env: env}
	s.list = newProgrammeList(s)
	s.itin = newItineraryView(s)
	s.seats = newSeatView(s)
	s.transfers = newTransferView(s)
	return s
}

// Content lays the parts out in tabs.
func (s *Screen) Content() fyne.CanvasObject {
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Programme"), theme.CalendarIcon(), s.list.view),
		container.NewTabItemWithIcon(lang.L("Itineraries"), theme.ListIcon(), s.itin.view),
		container.NewTabItemWithIcon(lang.L("Seating and photos"), theme.GridIcon(), s.seats.view),
		container.NewTabItemWithIcon(lang.L("Transfer times"), theme.MediaFastForwardIcon(), s.transfers.view),
	)
	return s.tabs
}

// SearchEntry is the programme's search.
func (s *Screen) SearchEntry() *kit.Input {
	if s.tabs != nil && s.tabs.SelectedIndex() == 1 {
		return s.itin.search
	}
	return s.list.search
}

// Load reads the programme, delegations, LOs and transfers, then refreshes
// every part (the itinerary and the seat map shown are read again).
func (s *Screen) Load() {
	kit.Load(s.env, "load programme", readSnapshot, func(snap *snapshot) {
		s.snap = snap
		s.list.show(snap)
		s.transfers.show(snap)
		s.itin.show(snap)
		s.seats.show(snap)
	})
}

func readSnapshot(ctx context.Context, st *data.Store) (*snapshot, error) {
	ev, err := st.Event(ctx)
	if err != nil {
		return nil, err
	}
	snap := &snapshot{loc: ev.Location()}
	if snap.items, err = st.FindProgramme(ctx, "", time.Time{}, time.Time{}); err != nil {
		return nil, err
	}
	if snap.dels, err = st.FindDelegations(ctx, data.DelegationFilter{}); err != nil {
		return nil, err
	}
	if snap.los, err = st.FindLOs(ctx, data.LOFilter{}); err != nil {
		return nil, err
	}
	if snap.transfers, err = data.All[data.Transfer](ctx, st); err != nil {
		return nil, err
	}
	sort.Slice(snap.transfers, func(i, j int) bool {
		a, b := snap.transfers[i], snap.transfers[j]
		if a.FromVenue != b.FromVenue {
			return a.FromVenue < b.FromVenue
		}
		return a.ToVenue < b.ToVenue
	})
	venues, dress := map[string]bool{}, map[string]bool{}
	for _, v := range ev.Venues {
		venues[v] = true
	}
	for _, it := range snap.items {
		venues[it.Venue] = true
		dress[it.DressCode] = true
	}
	for _, t := range snap.transfers {
		venues[t.FromVenue], venues[t.ToVenue] = true, true
	}
	snap.venues, snap.dress = sortedKeys(venues), sortedKeys(dress)
	return snap, nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// ShowSeats opens the seat map or photo line-up of a programme item.
func (s *Screen) ShowSeats(itemID string) { s.showSeats(itemID) }

// showSeats opens the seating tab on an item.
func (s *Screen) showSeats(itemID string) {
	if s.tabs != nil {
		s.tabs.SelectIndex(2)
	}
	s.seats.pick(itemID)
}
