package checkview

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

func TestNewTemplateFromDefault(t *testing.T) {
	f := newFixture(t)
	c := openChecklists(f, "Sari Wulandari")
	tt := c.templates
	if len(tt.templates) != 1 || !tt.templates[0].IsDefault {
		t.Fatalf("demo templates: %+v", tt.templates)
	}
	def := tt.templates[0]
	n := len(tt.byTpl[def.ID])
	if tt.list.Cell(0, 1) != strconv.Itoa(n) || len(tt.items.Shown()) != n {
		t.Fatalf("default template shows %q items, list %d", tt.list.Cell(0, 1), len(tt.items.Shown()))
	}

	// The default cannot be deleted.
	test.Tap(tt.delBtn)
	if !strings.Contains(f.OverlayText(), "default template cannot be deleted") {
		t.Errorf("deleting the default: %q", f.OverlayText())
	}
	kittest.CloseOverlays(f.Win)

	test.Tap(tt.newBtn)
	name := kittest.Field[*widget.Entry](t, f.Win, "Name")
	kittest.Tap(t, f.Win, "Save")
	if !strings.Contains(kittest.Problem(f.Win), "Name: required") {
		t.Fatalf("no name: %q", kittest.Problem(f.Win))
	}
	test.Type(name, "HOD with state visit")
	test.Type(kittest.Field[*widget.Entry](t, f.Win, "Use it for"), "Heads of state on a state visit")
	kittest.Tap(t, f.Win, "Save")
	f.Wait()
	c.Load()
	f.Wait()
	if len(tt.templates) != 2 {
		t.Fatalf("%d templates", len(tt.templates))
	}
	tp := tt.template()
	if tp == nil || tp.Name != "HOD with state visit" || tp.IsDefault || len(tt.byTpl[tp.ID]) != n {
		t.Fatalf("new template %+v with %d items", tp, len(tt.byTpl[tp.ID]))
	}

	// Edit one of its items; the default keeps its own.
	first := tt.byTpl[tp.ID][0]
	tt.editItem(first.ID)
	en := kittest.Field[*widget.Entry](t, f.Win, "English")
	en.SetText("Agree the state-visit protocol with the State Secretariat.")
	kittest.Field[*widget.Check](t, f.Win, "").SetChecked(true)
	kittest.Tap(t, f.Win, "Save")
	f.Wait()
	got, err := data.Get[data.SOPItem](context.Background(), f.Store, first.ID)
	if err != nil || got.TextEN != "Agree the state-visit protocol with the State Secretariat." || !got.NeedsRecheck {
		t.Fatalf("edited item %+v, %v", got, err)
	}
	orig, _ := f.Store.FindSOPItems(context.Background(), def.ID)
	if orig[0].TextEN == got.TextEN {
		t.Error("editing the copy changed the default")
	}

	// Add an item at the end of the event phase.
	test.Tap(tt.addBtn)
	kittest.Field[*kit.EnumSelect](t, f.Win, "Phase").SetCode(data.PhaseEvent)
	kittest.Field[*widget.Entry](t, f.Win, "English").SetText("Brief the motorcade on the palace entrance.")
	kittest.Tap(t, f.Win, "Save")
	if !strings.Contains(kittest.Problem(f.Win), "Bahasa Indonesia: required") {
		t.Fatalf("no Indonesian text: %q", kittest.Problem(f.Win))
	}
	kittest.Field[*widget.Entry](t, f.Win, "Bahasa Indonesia").SetText("Beri pengarahan iring-iringan tentang pintu masuk istana.")
	kittest.Tap(t, f.Win, "Save")
	f.Wait()
	items, _ := f.Store.FindSOPItems(context.Background(), tp.ID)
	last := 0
	for _, it := range items {
		if it.Phase == data.PhaseEvent && it.Position > last {
			last = it.Position
		}
	}
	if len(items) != n+1 || items[len(items)-1].Phase == data.PhaseEvent && items[len(items)-1].Position != last {
		t.Fatalf("%d items after adding", len(items))
	}

	// Delete the copy, then undo.
	c.Load()
	f.Wait()
	test.Tap(tt.delBtn)
	test.Tap(f.OverlayButton("Delete"))
	f.Wait()
	if _, err := data.Get[data.SOPTemplate](context.Background(), f.Store, tp.ID); err == nil {
		t.Fatal("template not deleted")
	}
	test.Tap(kittest.MustButton(t, tt.bar.View(), "Undo"))
	f.Wait()
	if items, _ := f.Store.FindSOPItems(context.Background(), tp.ID); len(items) != n+1 {
		t.Fatalf("undo brought back %d items", len(items))
	}
}
