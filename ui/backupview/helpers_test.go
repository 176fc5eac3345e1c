package backupview

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/app/backup"
	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/paths"
	"lodesk/data"
	"lodesk/ui/kit"
)

// fixture is a window on a copy of the small demo, with the user's folders
// in the test's temporary folder.
type fixture struct {
	win     fyne.Window
	store   *data.Store
	env     *kit.TestEnv
	backups string // the backup folder
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	t.Setenv("LANG", "en_US.UTF-8")
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "data"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, "state"))
	dirs, err := paths.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(1000, 760))
	f := &fixture{win: w, backups: dirs.Backups}
	f.open(t, demotest.Copy(t, demotest.File(t, demo.Small)))
	return f
}

// open makes the event file at path the fixture's store.
func (f *fixture) open(t *testing.T, path string) {
	t.Helper()
	s, err := data.Open(context.Background(), path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	f.store = s
	f.env = kit.NewTestEnv(f.win, s)
}

func listBackups(f *fixture) ([]backup.Info, error) {
	return backup.List(f.backups, f.store.Name())
}

func fileBytes(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// damageMiddle overwrites three pages in the middle of a closed file.
func damageMiddle(t *testing.T, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	pages := fi.Size() / page
	if pages < 8 {
		t.Fatalf("%s has only %d pages", path, pages)
	}
	junk := make([]byte, 3*page)
	for i := range junk {
		junk[i] = byte(i*7 + 13)
	}
	fh, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fh.WriteAt(junk, pages/2*page); err != nil {
		t.Fatal(err)
	}
	if err := fh.Close(); err != nil {
		t.Fatal(err)
	}
}
