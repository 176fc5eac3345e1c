package kit

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sync"
	"lodesk/data"
)

// An editor open on a person whose record a sync changes says so before
// saving over it, and offers to reload or to keep what was typed; while it
// is open, Editing says so (the window's sync waits).
func TestEditorWarnsWhenTheRecordChangedUnderneath(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	folder := filepath.Join(dir, "folder")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	a, err := data.Create(ctx, filepath.Join(dir, "a.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	p := &data.Person{FullName: "Siti Rahma", Position: "Minister"}
	if err := a.Insert(ctx, p); err != nil {
		t.Fatal(err)
	}
	if _, err := sync.Run(ctx, a, sync.Options{Folder: folder}); err != nil {
		t.Fatal(err)
	}
	bPath := filepath.Join(dir, "b.lodesk")
	if _, err := sync.SyncFile(ctx, bPath, sync.Options{Folder: folder}); err != nil {
		t.Fatal(err)
	}

	for _, choice := range []string{"keep", "reload", "back"} {
		t.Run(choice, func(t *testing.T) {
			win := test.NewWindow(nil)
			defer win.Close()
			env := NewTestEnv(win, a)
			env.Editing = &Editing{}
			cur, err := data.Get[data.Person](ctx, a, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			position := &widget.Entry{Text: cur.Position}
			e := NewEditor(env.Env, "Edit", []Field{{Label: "Position", Widget: position}})
			saves, reopened := 0, 0
			e.Save = func(ctx context.Context, st *data.Store) error {
				saves++
				cur.Position = position.Text
				return st.Update(ctx, cur)
			}
			TrackRecord(e, cur, func(*data.Person) { reopened++ })
			e.Show(position)
			env.Wait()
			if open, _ := env.Editing.Open(); !open {
				t.Fatal("Editing does not know the editor is open")
			}

			// Meanwhile Budi, on laptop B, changes the same person; A syncs.
			b, err := data.Open(ctx, bPath, data.Options{})
			if err != nil {
				t.Fatal(err)
			}
			b.SetAuthor("Budi")
			q, err := data.Get[data.Person](ctx, b, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			q.Position = "Deputy Minister (" + choice + ")"
			if err := b.Update(ctx, q); err != nil {
				t.Fatal(err)
			}
			if _, err := sync.Run(ctx, b, sync.Options{Folder: folder}); err != nil {
				t.Fatal(err)
			}
			b.Close()
			if _, err := sync.Run(ctx, a, sync.Options{Folder: folder}); err != nil {
				t.Fatal(err)
			}

			position.SetText("Ambassador")
			e.Submit()
			env.Wait()
			w := e.Changed()
			if w == nil || saves != 0 {
				t.Fatalf("saved over a record that changed underneath: warning %v, saves %d", w != nil, saves)
			}
			if txt := w.Message.Text; !strings.Contains(txt, "Budi") {
				t.Errorf("the warning does not say who: %q", txt)
			}
			got := func() string {
				r, err := data.Get[data.Person](ctx, a, p.ID)
				if err != nil {
					t.Fatal(err)
				}
				return r.Position
			}
			switch choice {
			case "keep":
				w.Keep.OnTapped()
				env.Wait()
				if saves != 1 || got() != "Ambassador" {
					t.Fatalf("keep: saves %d, position %q", saves, got())
				}
			case "reload":
				w.Reload.OnTapped()
				env.Wait()
				if saves != 0 || reopened != 1 || got() != "Deputy Minister (reload)" {
					t.Fatalf("reload: saves %d, reopened %d, position %q", saves, reopened, got())
				}
				if open, _ := env.Editing.Open(); open {
					t.Fatal("Editing still counts the closed editor")
				}
			case "back":
				w.Back.OnTapped()
				env.Wait()
				if saves != 0 || reopened != 0 || got() != "Deputy Minister (back)" {
					t.Fatalf("back: saves %d, reopened %d, position %q", saves, reopened, got())
				}
				e.Hide()
			}
		})
	}
}

// TestTrackAnotherRecordWhileOpen: an editor that loads another record
// while open (Track again, or Untrack for one not stored yet) keeps the
// window's count of open editors right.
func TestTrackAnotherRecordWhileOpen(t *testing.T) {
	win := test.NewWindow(nil)
	defer win.Close()
	st, err := data.Create(context.Background(), filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	env := NewTestEnv(win, st)
	env.Editing = &Editing{}
	e := NewEditor(env.Env, "Edit", nil)
	e.Track("country_brief", "a", nil)
	e.Show(nil)
	env.Wait()
	e.Track("country_brief", "b", nil)
	env.Wait()
	if open, _ := env.Editing.Open(); !open || e.track.id != "b" || !e.track.open {
		t.Fatalf("after Track: open %v, tracking %+v", open, e.track)
	}
	e.Untrack()
	if open, _ := env.Editing.Open(); open || e.track != nil {
		t.Fatalf("after Untrack: open %v, tracking %+v", open, e.track)
	}
	e.Track("country_brief", "c", nil)
	e.Hide()
	if open, _ := env.Editing.Open(); open {
		t.Fatal("still counted open after Hide")
	}
}
