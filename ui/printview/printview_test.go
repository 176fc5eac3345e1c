package printview

import (
	"context"
	"errors"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"lodesk/app/briefing"
	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
	"lodesk/ui/kit"
)

// fake records what the screen asked for.
type fake struct {
	sel         briefing.Selection
	opts        briefing.Options
	block       chan struct{}
	previewErr  error
	genErr      error
	seats       []string
	previewLang string
}

func (f *fake) Choices(context.Context) (Choices, error) {
	return Choices{
		LOs: []Choice{{"Ayu Lubis", "lo1"}}, Delegations: []Choice{{"TH Thailand", "d1"}}, ArrivalDays: []string{"2026-12-01"},
		Sessions: []Choice{{"2026-12-02 19:30 Gala Dinner", "gala"}},
	}, nil
}

func (f *fake) Count(_ context.Context, sel briefing.Selection) (int, error) { return 2, nil }

func (f *fake) Seating(_ context.Context, itemID string, cards bool, dir, lang string) (string, error) {
	f.seats = append(f.seats, fmt.Sprintf("%s %v %s", itemID, cards, lang))
	return filepath.Join(dir, itemID+".pdf"), nil
}

func (f *fake) Preview(_ context.Context, _ briefing.Selection, _ bool, lang string) (image.Image, error) {
	f.previewLang = lang
	if f.previewErr != nil {
		return nil, f.previewErr
	}
	return image.NewGray(image.Rect(0, 0, 10, 14)), nil
}

func (f *fake) Generate(ctx context.Context, sel briefing.Selection, opts briefing.Options) ([]briefing.Result, error) {
	f.sel, f.opts = sel, opts
	if f.genErr != nil {
		return nil, f.genErr
	}
	opts.Progress(1, 2)
	if f.block != nil {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	opts.Progress(2, 2)
	return []briefing.Result{{Path: "a.pdf"}, {Path: "b.pdf"}}, nil
}

// newView makes the Print screen over p. Its background work hands UI
// updates to env, which wait runs on the test's goroutine.
func newView(t *testing.T, p Printer) (*View, *kit.TestEnv) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("print")
	v := New(w, p, a.Preferences())
	env := kit.NewTestEnv(w, nil)
	v.Go, v.Do = env.Go, env.Do
	w.SetContent(v.Content())
	v.Load()
	return v, env
}

// wait lets the background work started so far finish, and shows what
// it handed to the UI, on the test's goroutine.
func wait(t *testing.T, env *kit.TestEnv) {
	t.Helper()
	env.Wait()
}

func TestChooseAndPrint(t *testing.T) {
	f := &fake{}
	v, env := newView(t, f)
	wait(t, env) // choices, then the preview of "all packs"
	if v.preview.Image == nil || !strings.HasSuffix(v.count.Text, "packs, one per LO assignment") {
		t.Fatalf("no preview or count: %q", v.count.Text)
	}
	v.mode.SetSelected(v.modes[modeDelegation])
	if !v.which.Disabled() && len(v.which.Options) != 1 {
		t.Fatalf("delegation choices %v", v.which.Options)
	}
	v.which.SetSelected("TH Thailand")
	wait(t, env)
	v.manifests["catering"].SetChecked(true)
	v.coord.SetChecked(true)
	wait(t, env)
	if v.bar.Visible() {
		t.Error("a progress bar before anything prints")
	}
	v.folder.SetText(t.TempDir())
	test.Tap(v.printBtn)
	wait(t, env)
	if !v.bar.Visible() {
		t.Error("no progress bar once printing")
	}
	if len(f.sel.DelegationIDs) != 1 || f.sel.DelegationIDs[0] != "d1" || len(f.sel.Manifests) != 1 || !f.opts.Coordinator {
		t.Errorf("selection %+v opts %+v", f.sel, f.opts)
	}
	if v.bar.Value != 1 || v.printBtn.Disabled() {
		t.Errorf("bar %v, print disabled %v, status %q", v.bar.Value, v.printBtn.Disabled(), v.status.Text)
	}
}

func TestCancel(t *testing.T) {
	f := &fake{block: make(chan struct{})}
	v, env := newView(t, f)
	wait(t, env)
	v.folder.SetText(t.TempDir())
	test.Tap(v.printBtn)
	if v.cancelBtn.Disabled() {
		t.Fatal("cancel is not enabled while printing")
	}
	test.Tap(v.cancelBtn)
	wait(t, env)
	if !v.cancelBtn.Disabled() || v.printBtn.Disabled() || v.status.Text == "" {
		t.Errorf("after cancel: status %q", v.status.Text)
	}
}

// The real printer on the demo: choices, count, preview
// and one delegation's packs written and logged.
func TestStorePrinter(t *testing.T) {
	path := demotest.Copy(t, demotest.File(t, demo.Small))
	ctx := context.Background()
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := StorePrinter{Store: s}
	c, err := p.Choices(ctx)
	if err != nil || len(c.LOs) == 0 || len(c.Delegations) == 0 || len(c.ArrivalDays) == 0 {
		t.Fatalf("choices: %v %d %d %d", err, len(c.LOs), len(c.Delegations), len(c.ArrivalDays))
	}
	sel := briefing.Selection{ArrivalDay: c.ArrivalDays[0]}
	n, err := p.Count(ctx, sel)
	if err != nil || n == 0 {
		t.Fatalf("count %d %v", n, err)
	}
	img, err := p.Preview(ctx, sel, false, "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Sessions) < 2 {
		t.Fatalf("sessions %v", c.Sessions)
	}
	plan, err := p.Seating(ctx, c.Sessions[0].ID, false, t.TempDir(), "id")
	if b, rerr := os.ReadFile(plan); err != nil || rerr != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("seating plan %s: %v %v", plan, err, rerr)
	}
	if b := img.Bounds(); b.Dx() != PreviewWidth || b.Dy() < b.Dx() {
		t.Errorf("preview %v is not a portrait page %d pixels wide", b, PreviewWidth)
	}
	dir := t.TempDir()
	rs, err := p.Generate(ctx, sel, briefing.Options{Dir: dir})
	if err != nil || len(rs) != n {
		t.Fatalf("generate: %d of %d, %v", len(rs), n, err)
	}
	if _, err := os.Stat(filepath.Join(dir, filepath.Base(rs[0].Path))); err != nil {
		t.Error(err)
	}
}

// The screen on the real printer over the demo shows the first page of
// the first pack, drawn in Go: there is no PDF renderer to miss.
func TestPreviewShown(t *testing.T) {
	path := demotest.Copy(t, demotest.File(t, demo.Small))
	s, err := data.Open(context.Background(), path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	v, env := newView(t, StorePrinter{Store: s})
	wait(t, env) // choices, then the preview of "all packs"
	if v.preview.Image == nil || v.previewMsg.Text != "" {
		t.Fatalf("no preview: %q", v.previewMsg.Text)
	}
	if b := v.preview.Image.Bounds(); b.Dx() != PreviewWidth || b.Dy() < b.Dx() {
		t.Errorf("preview %v", b)
	}
	if !v.preview.Visible() || v.preview.Size().Height < 400 {
		t.Errorf("preview not on screen: visible %v, size %v", v.preview.Visible(), v.preview.Size())
	}
}

// Errors reach the user in their language, through the window's
// explanations when it gives them; the details go to the log.
func TestErrorsExplained(t *testing.T) {
	raw := errors.New("open /x/y: input/output error")
	f := &fake{previewErr: fmt.Errorf("layout: %w", os.ErrPermission), genErr: raw}
	v, env := newView(t, f)
	wait(t, env)
	if got := v.previewMsg.Text; strings.Contains(got, "layout") || !strings.Contains(got, "permission") {
		t.Errorf("preview message %q", got)
	}
	v.Message = func(error) string { return "explained" }
	v.folder.SetText(t.TempDir())
	test.Tap(v.printBtn)
	wait(t, env)
	if got, want := v.status.Text, "Printing failed: explained"; got != want {
		t.Errorf("status %q, want %q", got, want)
	}
}

// TestLanguageAndSeating prints in English, with a session's tent cards
// and plan: the packs, the preview and the seating all get the language.
func TestLanguageAndSeating(t *testing.T) {
	f := &fake{}
	v, env := newView(t, f)
	wait(t, env)
	v.language.SetSelectedIndex(2)
	v.mode.SetSelected(v.modes[modeNone])
	v.session.SetSelected("2026-12-02 19:30 Gala Dinner")
	v.cards.SetChecked(true)
	v.plan.SetChecked(true)
	wait(t, env)
	test.Tap(v.printBtn)
	wait(t, env)
	if len(f.seats) != 2 || f.seats[0] != "gala true en" || f.seats[1] != "gala false en" {
		t.Errorf("seating printed %v", f.seats)
	}
	if !strings.Contains(v.status.Text, "2 document(s)") {
		t.Errorf("status %q", v.status.Text)
	}
	v.mode.SetSelected(v.modes[modeAll])
	wait(t, env)
	if f.previewLang != "en" {
		t.Errorf("preview in %q", f.previewLang)
	}
	test.Tap(v.printBtn)
	wait(t, env)
	if f.opts.Lang != "en" {
		t.Errorf("packs in %q", f.opts.Lang)
	}
}
