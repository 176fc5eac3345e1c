package assignview

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/delegview"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
	"lodesk/ui/widgets"
)

// wiredRoster is the roster in a window whose Import hook is the
// delegations screen's wizard, as ui/mount.go wires it, and whose Changed
// reloads the roster, as the window reloads the screen on show.
func wiredRoster(t *testing.T) (*kit.TestEnv, fyne.Window, *data.Store, *Roster) {
	t.Helper()
	env, w, s := setup(t)
	var r *Roster
	env.Changed = func() { env.Changes++; r.Load() }
	env.Import = delegview.New(env.Env).StartImportOf
	r = NewRoster(env.Env)
	w.SetContent(r.Content())
	r.Load()
	env.Wait()
	return env, w, s, r
}

// importThroughRoster writes body to a file, taps the roster's Import…,
// picks the file in the file dialog and returns the wizard.
func importThroughRoster(t *testing.T, env *kit.TestEnv, w fyne.Window, name, body string) fyne.CanvasObject {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	// The file dialog opens in the folder it was last used in.
	fyne.CurrentApp().Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(dir).String())
	test.Tap(kittest.MustButton(t, w.Content(), "Import…"))
	var files *widget.GridWrap
	for _, o := range kittest.Find[fyne.CanvasObject](w.Canvas().Overlays().Top()) {
		if g, ok := o.(*widget.GridWrap); ok {
			files = g
		}
	}
	if files == nil || files.Length() == 0 {
		t.Fatalf("no file dialog:\n%s", kittest.OverlayText(w))
	}
	files.Select(files.Length() - 1) // the folder's one file, after ".."
	kittest.Tap(t, w, "Open")
	env.Wait()
	wiz := w.Canvas().Overlays().Top()
	if !strings.Contains(kittest.OverlayText(w), "Import "+name) {
		t.Fatalf("no import preview:\n%s", kittest.OverlayText(w))
	}
	return wiz
}

func previewTable(t *testing.T, o fyne.CanvasObject) *widgets.StringTable {
	t.Helper()
	if tbs := kittest.Find[*widgets.StringTable](o); len(tbs) > 0 {
		return tbs[0]
	}
	t.Fatal("no preview table")
	return nil
}

// TestRosterImportOpensWizardForLOs: the roster's Import… is File >
// Import… with liaison officers chosen, even for headers that would be
// guessed as people, and the mapping it detected is filled in.
func TestRosterImportOpensWizardForLOs(t *testing.T) {
	env, w, s, r := wiredRoster(t)
	before := countLOs(t, s)
	wiz := importThroughRoster(t, env, w, "los.csv",
		"nama_lengkap,telepon,surel,bahasa,pengalaman\n"+
			"Wayan Import,0812 1111 2222,wayan@example.org,ar:native; en:fluent,3\n"+
			"Bad Row,0812 1111 3333,not-an-email,en:fluent,x\n")
	sel := kittest.Find[*widget.Select](wiz)
	if len(sel) != 6 {
		t.Fatalf("%d selects, want the kind and 5 columns", len(sel))
	}
	if sel[0].Selected != "Liaison officers" {
		t.Errorf("kind %q, want Liaison officers", sel[0].Selected)
	}
	for i, want := range []string{"full_name *", "phone", "email", "languages", "experience"} {
		if got := sel[i+1].Selected; got != want {
			t.Errorf("column %d mapped to %q, want %q", i, got, want)
		}
	}
	txt := kittest.OverlayText(w)
	for _, want := range []string{"This file holds:", "1 new, 0 to update, 0 unchanged, 1 with problems", "[Import good rows only]"} {
		if !strings.Contains(txt, want) {
			t.Errorf("preview lacks %q:\n%s", want, txt)
		}
	}
	if rows := previewTable(t, wiz).Rows(); len(rows) != 2 || rows[1][1] != "Skipped" {
		t.Errorf("rows %q", rows)
	}
	if !kittest.MustButton(t, wiz, "Import").Disabled() {
		t.Error("Import is enabled with a bad row")
	}
	kittest.Tap(t, w, "Import good rows only")
	env.Wait()
	if countLOs(t, s) != before+1 || env.Changes != 1 {
		t.Fatalf("%d LOs, want %d; %d reloads", countLOs(t, s), before+1, env.Changes)
	}
	if !strings.Contains(kittest.OverlayText(w), "1 new, 0 updated, 0 unchanged, 1 skipped.") {
		t.Errorf("no result:\n%s", kittest.OverlayText(w))
	}
	if !rosterShows(r, "Wayan Import") {
		t.Errorf("the roster did not reload: %q", r.table.Rows())
	}
}

// TestRosterImportUnknownHeaders: columns the wizard does not recognise
// are mapped by hand, then imported.
func TestRosterImportUnknownHeaders(t *testing.T) {
	env, w, s, r := wiredRoster(t)
	before := countLOs(t, s)
	wiz := importThroughRoster(t, env, w, "petugas.csv",
		"Petugas;Nomor WA;Alamat surel;Kolom lain\n"+
			"Ketut Manual;0812 4444 5555;ketut@example.org;x\n"+
			"Made Manual;0812 6666 7777;made@example.org;y\n")
	sel := kittest.Find[*widget.Select](wiz)
	if len(sel) != 5 || sel[0].Selected != "Liaison officers" {
		t.Fatalf("selects %d, kind %q", len(sel), sel[0].Selected)
	}
	for i := 1; i < len(sel); i++ {
		if sel[i].Selected != "(ignore)" {
			t.Errorf("column %d mapped to %q", i-1, sel[i].Selected)
		}
	}
	if !strings.Contains(kittest.OverlayText(w), "full_name") || !kittest.MustButton(t, wiz, "Import").Disabled() {
		t.Fatalf("no missing-column problem, or Import enabled:\n%s", kittest.OverlayText(w))
	}
	for i, key := range []string{"full_name *", "phone", "email"} {
		sel[i+1].SetSelected(key)
		env.Wait()
	}
	if !strings.Contains(kittest.OverlayText(w), "2 new, 0 to update, 0 unchanged, 0 with problems") {
		t.Fatalf("after mapping:\n%s", kittest.OverlayText(w))
	}
	kittest.Tap(t, w, "Import")
	env.Wait()
	if countLOs(t, s) != before+2 {
		t.Fatalf("%d LOs, want %d", countLOs(t, s), before+2)
	}
	los, err := s.FindLOs(context.Background(), data.LOFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range los {
		if l.FullName == "Ketut Manual" && (l.Email != "ketut@example.org" || l.Phone != "+6281244445555") {
			t.Errorf("stored %+v", l)
		}
	}
	if !rosterShows(r, "Ketut Manual") || !rosterShows(r, "Made Manual") {
		t.Errorf("the roster did not reload: %q", r.table.Rows())
	}
}

func rosterShows(r *Roster, name string) bool {
	for _, row := range r.table.Rows() {
		if row[0] == name {
			return true
		}
	}
	return false
}
