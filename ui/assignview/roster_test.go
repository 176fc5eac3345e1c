package assignview

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/photo"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

func TestRosterSearchAndFilters(t *testing.T) {
	env, _, s := setup(t)
	r := NewRoster(env.Env)
	r.Content()
	r.Load()
	env.Wait()
	all := countLOs(t, s)
	if n := len(r.table.Rows()); n != all || all == 0 {
		t.Fatalf("roster shows %d rows, the file has %d LOs", n, all)
	}
	first := r.table.Cell(0, 0)
	test.Type(r.search, strings.Fields(first)[1])
	if n := len(r.table.Rows()); n == 0 || n == all {
		t.Fatalf("search %q shows %d of %d", first, n, all)
	}
	r.search.SetText("")

	r.assigned.SetSelectedIndex(2) // not assigned
	for i, row := range r.table.Rows() {
		if row[5] != "" {
			t.Fatalf("row %d %q is assigned to %q but shown as not assigned", i, row[0], row[5])
		}
	}
	notAssigned := len(r.table.Rows())
	r.assigned.SetSelectedIndex(1)
	if got := len(r.table.Rows()); got+notAssigned != all || got == 0 {
		t.Fatalf("assigned %d + not assigned %d != %d", got, notAssigned, all)
	}
	r.assigned.SetSelectedIndex(0)

	// Language: the options are names, the filter keeps speakers only.
	idx := -1
	for i, c := range r.langs {
		if c == "ar" {
			idx = i + 1
		}
	}
	if idx < 0 || r.language.Options[idx] != "Arabic" {
		t.Fatalf("no Arabic in the language filter: %v", r.language.Options)
	}
	r.language.SetSelectedIndex(idx)
	if len(r.table.Rows()) == 0 || len(r.table.Rows()) == all {
		t.Fatalf("Arabic speakers: %d of %d", len(r.table.Rows()), all)
	}
	for _, row := range r.table.Rows() {
		if !strings.Contains(row[1], "Arabic") {
			t.Fatalf("%q speaks %q, not Arabic", row[0], row[1])
		}
	}
	r.language.SetSelectedIndex(0)

	r.status.SetSelectedIndex(3) // inactive
	for _, row := range r.table.Rows() {
		if row[3] != "Inactive" {
			t.Fatalf("status filter shows %q as %q", row[0], row[3])
		}
	}
	r.status.SetSelectedIndex(0)

	test.Type(r.day, "2001-01-01")
	if n := len(r.table.Rows()); n != 0 {
		t.Fatalf("%d LOs available in 2001", n)
	}
}

func TestRosterEditorSavesAndValidates(t *testing.T) {
	env, w, s := setup(t)
	r := NewRoster(env.Env)
	r.Content()
	r.Load()
	env.Wait()
	before := countLOs(t, s)

	e := r.edit(nil)
	if !strings.Contains(kittest.OverlayText(w), "New liaison officer") {
		t.Fatalf("no editor:\n%s", kittest.OverlayText(w))
	}
	test.Type(e.phone, "0812-3456-7890")
	test.Type(e.email, "not-an-address")
	e.submit()
	env.Wait()
	if countLOs(t, s) != before {
		t.Fatal("saved an LO without a name")
	}
	if err := e.email.Validate(); err == nil || !strings.Contains(err.Error(), "e-mail address") {
		t.Fatalf("email validation: %v", err)
	}
	e.email.SetText("rani@example.org")
	test.Type(e.name, "Rani Test")
	test.Type(e.from, "2026-12-05")
	test.Type(e.to, "2026-12-01")
	if err := e.to.Validate(); err == nil || !strings.Contains(err.Error(), "before the first") {
		t.Fatalf("to before from: %v", err)
	}
	e.to.SetText("2026-12-09")
	test.Type(e.exp, "4")
	e.addLang(data.LangSkill{Level: data.LevelFluent})
	e.langs[0].name.SetText("Arabic")
	e.langs[0].level.SetSelectedIndex(0)
	e.addLang(data.LangSkill{Level: data.LevelFluent})
	e.langs[1].name.SetText("French")
	e.addLang(data.LangSkill{Level: data.LevelFluent})
	rm := e.langs[2].row.(*fyne.Container).Objects[1].(*fyne.Container).Objects[1].(*widget.Button)
	test.Tap(rm)
	if len(e.langs) != 2 || len(e.langBox.Objects) != 2 {
		t.Fatalf("after removing a row: %d languages, %d rows", len(e.langs), len(e.langBox.Objects))
	}
	pic, err := photo.Scale(bytes.NewReader(pngBytes(t, 800, 600)))
	if err != nil {
		t.Fatal(err)
	}
	e.photo.Set(pic)
	e.status.SetSelectedIndex(1)
	test.Type(e.notes, "prefers mornings")
	e.submit()
	env.Wait()
	if countLOs(t, s) != before+1 {
		t.Fatalf("LOs: %d, want %d", countLOs(t, s), before+1)
	}
	los, _ := s.FindLOs(context.Background(), data.LOFilter{Search: "Rani Test"})
	if len(los) != 1 {
		t.Fatalf("found %d Rani Test", len(los))
	}
	lo := los[0]
	if lo.Phone != "+6281234567890" || lo.Email != "rani@example.org" || lo.Experience != 4 ||
		lo.AvailableFrom != "2026-12-05" || lo.AvailableTo != "2026-12-09" || lo.Status != data.LOReserve ||
		langText(lo.Languages) != "ar:native; fr:fluent" || lo.Notes != "prefers mornings" {
		t.Fatalf("stored %+v (languages %q)", lo, langText(lo.Languages))
	}
	if img, _, err := image.Decode(bytes.NewReader(lo.Photo)); err != nil || img.Bounds().Dx() != 400 || img.Bounds().Dy() != 300 {
		t.Fatalf("photo: %v (%d bytes)", err, len(lo.Photo))
	}
	found := false
	for _, row := range r.table.Rows() {
		found = found || (row[0] == "Rani Test" && strings.Contains(row[1], "Arabic (native)") && row[3] == "Reserve")
	}
	if !found {
		t.Fatal("the new LO is not in the roster")
	}
}

func TestRosterDeleteAndUndo(t *testing.T) {
	env, w, s := setup(t)
	r := NewRoster(env.Env)
	r.Content()
	r.Load()
	env.Wait()
	before := countLOs(t, s)
	name := r.table.Cell(0, 0)
	r.table.OnActivated(0)
	if !strings.Contains(kittest.OverlayText(w), "Edit liaison officer") {
		t.Fatalf("no editor:\n%s", kittest.OverlayText(w))
	}
	kittest.Tap(t, w, "Delete LO…")
	if !strings.Contains(kittest.OverlayText(w), "Delete "+name) {
		t.Fatalf("no confirmation:\n%s", kittest.OverlayText(w))
	}
	kittest.Tap(t, w, "Delete")
	env.Wait()
	if countLOs(t, s) != before-1 || r.table.Cell(0, 0) == name {
		t.Fatalf("not deleted: %d LOs, first row %q", countLOs(t, s), r.table.Cell(0, 0))
	}
	if !strings.Contains(kittest.Text(r.undo.View()), "Deleted "+name) {
		t.Fatalf("no undo:\n%s", kittest.Text(r.undo.View()))
	}
	test.Tap(kittest.MustButton(t, r.undo.View(), "Undo"))
	env.Wait()
	if countLOs(t, s) != before || r.table.Cell(0, 0) != name {
		t.Fatalf("not restored: %d LOs, first row %q", countLOs(t, s), r.table.Cell(0, 0))
	}
}

func TestRosterExport(t *testing.T) {
	env, _, _ := setup(t)
	r := NewRoster(env.Env)
	r.Content()
	r.Load()
	env.Wait()
	out := filepath.Join(t.TempDir(), "out.csv")
	r.exportPath(out)
	env.Wait()
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), "full_name") || !strings.Contains(string(b), r.table.Cell(0, 0)) {
		t.Fatalf("export: %v\n%.200s", err, b)
	}
}

func pngBytes(t *testing.T, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func langText(ls data.LangSkills) string {
	b, _ := ls.MarshalText()
	return string(b)
}
