package assignview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
	"lodesk/ui/kit"
)

// setup opens a copy of the small demo in a test window.
func setup(t *testing.T) (*kit.TestEnv, fyne.Window, *data.Store) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(1200, 780))
	s, err := data.Open(context.Background(), demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return kit.NewTestEnv(w, s), w, s
}

// objects lists every object under o.
func objects(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, objects(c)...)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		if r != nil {
			for _, c := range r.Objects() {
				out = append(out, objects(c)...)
			}
		}
	}
	return out
}

// overlayText is all the label and button text of the top dialog.
func overlayText(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	for _, o := range objects(top) {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Check:
			b.WriteString("[x] " + x.Text + "\n")
		case *widget.Button:
			b.WriteString("[" + x.Text + "]\n")
		}
	}
	return b.String()
}

// tapButton taps the button with text in the top dialog.
func tapButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog to tap %q in", text)
	}
	for _, o := range objects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			if b.Disabled() {
				t.Fatalf("button %q is disabled", text)
			}
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q in dialog:\n%s", text, overlayText(w))
}

func countLOs(t *testing.T, s *data.Store) int {
	t.Helper()
	los, err := s.FindLOs(context.Background(), data.LOFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(los)
}
