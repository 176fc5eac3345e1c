// Package protoview is the Protocol & Transport screen: accreditation
// (badges of people and LOs, car passes, their access zones), movements
// and their convoys, and each delegation's focal points (embassy,
// protecting power, protocol officer) with its log of Notes Verbales.
// Every write is a call into app/accred, app/motorcade, app/contacts or
// app/noteverbale.
package protoview

import (
	"context"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/motorcade"
	"lodesk/data"
	"lodesk/ui/kit"
)

// Screen is the Protocol & Transport screen.
type Screen struct {
	env  kit.Env
	snap *snapshot
	tabs *container.AppTabs
	undo *kit.UndoBar

	acc *accTab
	mov *movTab
	emb *embTab

	// Loaded, when set, is called on the UI goroutine after a load (tests).
	Loaded func()
}

// New returns the screen; the window mounts it.
func New(env kit.Env) *Screen {
	s := &Screen{env: env}
	s.acc, s.mov, s.emb = &accTab{s: s}, &movTab{s: s}, &embTab{s: s}
	return s
}

// Content builds the three tabs over an undo bar.
func (s *Screen) Content() fyne.CanvasObject {
	s.undo = kit.NewUndoBar(s.env)
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Accreditation"), s.acc.content()),
		container.NewTabItem(lang.L("Movements"), s.mov.content()),
		container.NewTabItem(lang.L("Embassies & Notes Verbales"), s.emb.content()),
	)
	return container.NewBorder(nil, s.undo.View(), nil, nil, s.tabs)
}

// SearchEntry is the accreditation list's filter.
func (s *Screen) SearchEntry() *kit.Input { return s.acc.search }

// snapshot is what the screen shows, read at once off the UI goroutine.
type snapshot struct {
	ev       *data.Event
	loc      *time.Location
	dels     []data.Delegation // by precedence
	delName  map[string]string // id -> "CODE Name"
	people   []data.Person
	los      []data.LO
	vehicles []data.Vehicle
	items    []data.ProgrammeItem
	plan     *motorcade.Plan
	contacts map[string][]data.Contact // by delegation
	notes    map[string][]data.NoteVerbale
}

// region is where phone numbers without a country code are.
func (sn *snapshot) region() string {
	if sn.ev.HostCountry != "" {
		return sn.ev.HostCountry
	}
	return "ID"
}

func read(ctx context.Context, st *data.Store) (*snapshot, error) {
	sn := &snapshot{delName: map[string]string{}, contacts: map[string][]data.Contact{}, notes: map[string][]data.NoteVerbale{}}
	var err error
	if sn.ev, err = st.Event(ctx); err != nil {
		return nil, err
	}
	sn.loc = sn.ev.Location()
	if sn.dels, err = st.FindDelegations(ctx, data.DelegationFilter{}); err != nil {
		return nil, err
	}
	for _, d := range sn.dels {
		sn.delName[d.ID] = d.Code + " " + d.Name
	}
	if sn.people, err = st.FindPeople(ctx, data.PersonFilter{}); err != nil {
		return nil, err
	}
	if sn.los, err = st.FindLOs(ctx, data.LOFilter{}); err != nil {
		return nil, err
	}
	if sn.vehicles, err = data.All[data.Vehicle](ctx, st); err != nil {
		return nil, err
	}
	sort.SliceStable(sn.vehicles, func(i, j int) bool { return sn.vehicles[i].Plate < sn.vehicles[j].Plate })
	if sn.items, err = st.FindProgramme(ctx, "", time.Time{}, time.Time{}); err != nil {
		return nil, err
	}
	if sn.plan, err = motorcade.Load(ctx, st, ""); err != nil {
		return nil, err
	}
	cs, err := data.All[data.Contact](ctx, st)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if c.DelegationID != "" {
			sn.contacts[c.DelegationID] = append(sn.contacts[c.DelegationID], c)
		}
	}
	ns, err := st.FindNotesVerbales(ctx, "")
	if err != nil {
		return nil, err
	}
	for _, n := range ns {
		sn.notes[n.DelegationID] = append(sn.notes[n.DelegationID], n)
	}
	return sn, nil
}

// Load reads the event file and shows it in every tab.
func (s *Screen) Load() {
	kit.Load(s.env, "read protocol and transport", read, func(sn *snapshot) {
		s.snap = sn
		s.acc.show()
		s.mov.show()
		s.emb.show()
		if s.Loaded != nil {
			s.Loaded()
		}
	})
}

// delegationSelect chooses a delegation (with none, "(none)", first when
// withNone).
func (s *Screen) delegationSelect(id string, withNone bool) *kit.IDSelect {
	var ids, names []string
	if withNone {
		ids, names = []string{""}, []string{lang.L("(none)")}
	}
	for _, d := range s.snap.dels {
		ids, names = append(ids, d.ID), append(names, d.Code+" "+d.Name)
	}
	return kit.NewIDSelect(ids, names, id)
}

// zoneChecks offers the event's zones, those of have checked.
func (s *Screen) zoneChecks(have data.Codes) *widget.CheckGroup {
	g := &widget.CheckGroup{Options: append([]string(nil), s.snap.ev.Zones...), Horizontal: true}
	g.SetSelected(append([]string(nil), have...))
	return g
}
