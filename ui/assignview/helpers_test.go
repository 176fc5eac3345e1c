package assignview

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

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

func countLOs(t *testing.T, s *data.Store) int {
	t.Helper()
	los, err := s.FindLOs(context.Background(), data.LOFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(los)
}
