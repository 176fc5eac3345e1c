package checkview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

const warning = "This record changed underneath you"

// TestTemplateEditorsWarnWhenChangedUnderneath: a checklist template, or
// one of its items, changed through app/ (as a sync would) while its
// editor is open is not overwritten by Save: the editor warns.
func TestTemplateEditorsWarnWhenChangedUnderneath(t *testing.T) {
	t.Run("template", func(t *testing.T) {
		f := newFixture(t)
		ctx := context.Background()
		c := openChecklists(f, "Sari Wulandari")
		tp := c.templates.template()
		if tp == nil {
			t.Fatal("no template selected")
		}
		test.Tap(c.templates.editBtn)
		f.Wait()
		kittest.Input(t, f.Win, "Name").SetText("Mine")
		other := *tp
		other.Name = "Theirs"
		if err := sop.SaveTemplate(ctx, f.Store, &other); err != nil {
			t.Fatal(err)
		}
		kittest.Tap(t, f.Win, "Save")
		f.Wait()
		if got := f.OverlayText(); !strings.Contains(got, warning) {
			t.Fatalf("no warning:\n%s", got)
		}
		if got, _ := data.Get[data.SOPTemplate](ctx, f.Store, tp.ID); got.Name != "Theirs" {
			t.Errorf("saved over the change: %q", got.Name)
		}
	})
	t.Run("item", func(t *testing.T) {
		f := newFixture(t)
		ctx := context.Background()
		c := openChecklists(f, "Sari Wulandari")
		first := c.templates.byTpl[c.templates.selected][0]
		c.templates.editItem(first.ID)
		f.Wait()
		kittest.Field[*widget.Entry](t, f.Win, "English").SetText("Mine")
		other := first
		other.TextEN = "Theirs"
		if err := sop.SaveItem(ctx, f.Store, &other); err != nil {
			t.Fatal(err)
		}
		kittest.Tap(t, f.Win, "Save")
		f.Wait()
		if got := f.OverlayText(); !strings.Contains(got, warning) {
			t.Fatalf("no warning:\n%s", got)
		}
		if got, _ := data.Get[data.SOPItem](ctx, f.Store, first.ID); got.TextEN != "Theirs" {
			t.Errorf("saved over the change: %q", got.TextEN)
		}
	})
}

// TestChecklistStepEditorsWarnWhenChangedUnderneath: a step of an LO's
// checklist changed through app/ while its note or its "not applicable"
// reason is being written is not overwritten by Save: the editor warns.
func TestChecklistStepEditorsWarnWhenChangedUnderneath(t *testing.T) {
	for _, tc := range []struct {
		name   string
		button int
	}{{"note", btnNote}, {"not applicable", btnNA}} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			ctx := context.Background()
			c := openChecklists(f, "Sari Wulandari")
			it := firstPending(t, c)
			tapItem(t, c, it.TextEN, tc.button)
			f.Wait()
			test.Type(f.OverlayEntry(), "Mine")
			other := it
			other.Notes = "Theirs"
			if err := sop.SaveChecklistItem(ctx, f.Store, &other); err != nil {
				t.Fatal(err)
			}
			test.Tap(f.OverlayButton("Save"))
			f.Wait()
			if got := f.OverlayText(); !strings.Contains(got, warning) {
				t.Fatalf("no warning:\n%s", got)
			}
			if got := stored(t, f.Store, it.ID); got.Notes != "Theirs" || got.Status != data.CheckPending {
				t.Errorf("saved over the change: %q, %s", got.Notes, got.Status)
			}
		})
	}
}
