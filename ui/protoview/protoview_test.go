package protoview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/assets"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

// open shows the screen over a copy of the small demo in a test window.
func open(t *testing.T) (*Screen, *kit.TestEnv, fyne.Window, *data.Store) {
	t.Helper()
	t.Setenv("LANG", "en_US.UTF-8")
	test.NewTempApp(t)
	if err := lang.AddTranslationsFS(assets.Translations, assets.TranslationsDir); err != nil {
		t.Fatal(err)
	}
	st, err := data.Open(context.Background(), demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1180, 680))
	t.Cleanup(w.Close)
	env := kit.NewTestEnv(w, st)
	var s *Screen
	env.Changed = func() { s.Load() } // the window reloads every screen after a write
	s = New(env.Env)
	w.SetContent(s.Content())
	s.Load()
	env.Wait()
	return s, env, w, st
}

// TestAccreditationEdit: the list shows who has no badge; a badge typed
// in the editor is saved through app/accred, and a zone outside the
// event's list cannot be chosen.
func TestAccreditationEdit(t *testing.T) {
	s, env, w, st := open(t)
	a := s.acc
	if len(a.all) < 600 || !strings.Contains(a.count.Text, "without a badge or pass") {
		t.Fatalf("%d rows, count %q", len(a.all), a.count.Text)
	}
	test.Tap(a.missing)
	if len(a.shown) == 0 || len(a.shown) >= len(a.all) {
		t.Fatalf("without a badge: %d of %d", len(a.shown), len(a.all))
	}
	row := a.shown[0]
	if row.kind != badgePerson || row.badge.BadgeNo != "" {
		t.Fatalf("first row without a badge: %+v", row)
	}
	a.table.OnActivated(0)
	if got := kittest.OverlayText(w); !strings.Contains(got, "Badge of ") || !strings.Contains(got, "apron") {
		t.Fatalf("editor:\n%s", got)
	}
	test.Type(kittest.Entry(t, w, "Badge number"), "D-9999")
	zones := kittest.Find[*widget.CheckGroup](kittest.Top(w))
	if len(zones) != 1 {
		t.Fatalf("%d zone groups", len(zones))
	}
	zones[0].SetSelected([]string{"apron", "vip"})
	kittest.Tap(t, w, "Save")
	env.Wait()
	if p := kittest.Problem(w); p != "" {
		t.Fatalf("problem %q", p)
	}
	p, err := data.Get[data.Person](context.Background(), st, row.id)
	if err != nil || p.BadgeNo != "D-9999" || strings.Join(p.Zones, " ") != "apron vip" {
		t.Fatalf("saved %+v %v", p.Badge, err)
	}
	// A number another badge has is refused beside its field.
	a.missing.SetChecked(false)
	a.search.SetText("d-9999")
	if len(a.shown) != 1 || a.table.Cell(0, 3) != "D-9999" {
		t.Fatalf("search d-9999: %d rows", len(a.shown))
	}
	a.search.SetText("")
	for i, r := range a.shown {
		if r.kind == badgeLO {
			a.table.OnActivated(i)
			break
		}
	}
	e := kittest.Entry(t, w, "Badge number")
	e.SetText("D-9999")
	kittest.Tap(t, w, "Save")
	env.Wait()
	if p := kittest.Problem(w); !strings.Contains(p, "another badge or car pass has this number") {
		t.Fatalf("problem %q", p)
	}
}

// TestMovementsShowConvoysAndClash: the demo's movements with their
// convoys, and the double-booked back-up car above them; a new movement
// saved with its convoy.
func TestMovementsShowConvoysAndClash(t *testing.T) {
	s, env, w, st := open(t)
	m := s.mov
	if !m.clashes.Visible() || !strings.Contains(m.clashes.Text, "B 1945 RFR is in two movements at once") {
		t.Fatalf("clash line %q", m.clashes.Text)
	}
	if len(m.shown) < 100 || !strings.Contains(m.table.Cell(0, 5), "VIP car B ") {
		t.Fatalf("%d movements, first convoy %q", len(m.shown), m.table.Cell(0, 5))
	}
	before := len(m.shown)
	kittest.Tap(t, w, "New movement…")
	kittest.FormWidget(kittest.Top(w), "Delegation").(*kit.Select).SetSelectedIndex(1)
	test.Type(kittest.Entry(t, w, "Starts"), "2026-11-03 10:00")
	test.Type(kittest.Entry(t, w, "From"), "Hotel Mulia")
	test.Type(kittest.Entry(t, w, "To"), "JCC")
	kittest.Tap(t, w, "Add car")
	kittest.Tap(t, w, "Save")
	env.Wait()
	// The car has neither vehicle nor driver: refused on the Convoy line.
	if p := kittest.Problem(w); !strings.Contains(p, "a convoy car needs a vehicle or a driver") || !strings.Contains(p, "car 1") {
		t.Fatalf("problem %q", p)
	}
	drivers := kittest.Find[*widget.Entry](kittest.Top(w))
	for _, d := range drivers {
		if d.PlaceHolder == "Driver" {
			test.Type(d, "Bripka Andi")
		}
	}
	kittest.Tap(t, w, "Save")
	env.Wait()
	if p := kittest.Problem(w); p != "" {
		t.Fatalf("problem %q", p)
	}
	if len(m.shown) != before+1 {
		t.Fatalf("%d movements after adding one to %d", len(m.shown), before)
	}
	ms, _ := st.FindMovements(context.Background(), "")
	var found bool
	for _, mv := range ms {
		if mv.FromPlace == "Hotel Mulia" && mv.ToPlace == "JCC" {
			cars, _ := st.FindConvoy(context.Background(), mv.ID)
			found = len(cars) == 1 && cars[0].Driver == "Bripka Andi" && cars[0].Role == data.CarVIP
		}
	}
	if !found {
		t.Error("the new movement and its car are not in the file")
	}
}

// TestEmbassyContactsAndNotes: a delegation's focal points and notes; a
// note added through the editor.
func TestEmbassyContactsAndNotes(t *testing.T) {
	s, env, w, st := open(t)
	e := s.emb
	var sau string
	for _, d := range s.snap.dels {
		if d.Relations == data.RelationsNone && len(s.snap.contacts[d.ID]) > 0 {
			sau = d.ID
			break
		}
	}
	if sau == "" {
		t.Fatal("no delegation without relations has contacts in the demo")
	}
	e.deleg.SetID(sau)
	if !strings.Contains(e.contacts.Cell(0, 0), "Protecting power") || !strings.Contains(e.relations.Text, "Diplomatic relations:") {
		t.Fatalf("first contact %q, relations %q", e.contacts.Cell(0, 0), e.relations.Text)
	}
	if len(e.ns) == 0 {
		t.Fatal("no notes for a delegation without relations")
	}
	n := len(e.ns)
	kittest.Tap(t, w, "Add Note Verbale…")
	test.Type(kittest.Entry(t, w, "Reference"), "777/PROT/2026")
	e2 := kittest.Entry(t, w, "Follow-up due")
	e2.SetText("2020-01-01")
	kittest.Tap(t, w, "Save")
	env.Wait()
	if p := kittest.Problem(w); !strings.Contains(p, "the follow-up is due before the note's date") {
		t.Fatalf("problem %q", p)
	}
	e2.SetText("")
	kittest.Tap(t, w, "Save")
	env.Wait()
	if p := kittest.Problem(w); p != "" {
		t.Fatalf("problem %q", p)
	}
	if len(e.ns) != n+1 {
		t.Fatalf("%d notes after adding one to %d", len(e.ns), n)
	}
	ns, _ := st.FindNotesVerbales(context.Background(), sau)
	if len(ns) != n+1 {
		t.Errorf("%d notes in the file", len(ns))
	}
}
