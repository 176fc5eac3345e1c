package printview

import (
	"context"
	"image"
	"os"
	"path/filepath"
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
	sel   briefing.Selection
	opts  briefing.Options
	block chan struct{}
}

func (f *fake) Choices(context.Context) (Choices, error) {
	return Choices{LOs: []Choice{{"Ayu Lubis", "lo1"}}, Delegations: []Choice{{"TH Thailand", "d1"}}, ArrivalDays: []string{"2026-12-01"}}, nil
}

func (f *fake) Count(_ context.Context, sel briefing.Selection) (int, error) { return 2, nil }

func (f *fake) Preview(context.Context, briefing.Selection, bool) (image.Image, error) {
	return image.NewGray(image.Rect(0, 0, 10, 14)), nil
}

func (f *fake) Generate(ctx context.Context, sel briefing.Selection, opts briefing.Options) ([]briefing.Result, error) {
	f.sel, f.opts = sel, opts
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
	if v.preview.Image == nil || v.count.Text == "" {
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
	v.folder.SetText(t.TempDir())
	test.Tap(v.printBtn)
	wait(t, env)
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

// The real printer on the demo: choices, count, preview (with pdftoppm)
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
	img, err := p.Preview(ctx, sel, false)
	switch {
	case err == ErrNoPreview:
		t.Log("no pdftoppm: preview not checked")
	case err != nil:
		t.Fatal(err)
	case img.Bounds().Dy() < img.Bounds().Dx():
		t.Errorf("preview %v is not a portrait page", img.Bounds())
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
