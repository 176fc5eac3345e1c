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
	if !strings.Contains(f.overlayText(), "default template cannot be deleted") {
		t.Errorf("deleting the default: %q", f.overlayText())
	}
	kittest.CloseOverlays(f.win)

	test.Tap(tt.newBtn)
	name := kittest.Field[*widget.Entry](t, f.win, "Name")
	kittest.Tap(t, f.win, "Save")
	if !strings.Contains(kittest.Problem(f.win), "Name: required") {
		t.Fatalf("no name: %q", kittest.Problem(f.win))
	}
	test.Type(name, "HOD with state visit")
	test.Type(kittest.Field[*widget.Entry](t, f.win, "Use it for"), "Heads of state on a state visit")
	kittest.Tap(t, f.win, "Save")
	f.wait()
	c.Load()
	f.wait()
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
	en := kittest.Field[*widget.Entry](t, f.win, "English")
	en.SetText("Agree the state-visit protocol with the State Secretariat.")
	kittest.Field[*widget.Check](t, f.win, "").SetChecked(true)
	kittest.Tap(t, f.win, "Save")
	f.wait()
	got, err := data.Get[data.SOPItem](context.Background(), f.s, first.ID)
	if err != nil || got.TextEN != "Agree the state-visit protocol with the State Secretariat." || !got.NeedsRecheck {
		t.Fatalf("edited item %+v, %v", got, err)
	}
	orig, _ := f.s.FindSOPItems(context.Background(), def.ID)
	if orig[0].TextEN == got.TextEN {
		t.Error("editing the copy changed the default")
	}

	// Add an item at the end of the event phase.
	test.Tap(tt.addBtn)
	kittest.Field[*kit.EnumSelect](t, f.win, "Phase").SetCode(data.PhaseEvent)
	kittest.Field[*widget.Entry](t, f.win, "English").SetText("Brief the motorcade on the palace entrance.")
	kittest.Tap(t, f.win, "Save")
	if !strings.Contains(kittest.Problem(f.win), "Bahasa Indonesia: required") {
		t.Fatalf("no Indonesian text: %q", kittest.Problem(f.win))
	}
	kittest.Field[*widget.Entry](t, f.win, "Bahasa Indonesia").SetText("Beri pengarahan iring-iringan tentang pintu masuk istana.")
	kittest.Tap(t, f.win, "Save")
	f.wait()
	items, _ := f.s.FindSOPItems(context.Background(), tp.ID)
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
	f.wait()
	test.Tap(tt.delBtn)
	test.Tap(f.overlayButton("Delete"))
	f.wait()
	if _, err := data.Get[data.SOPTemplate](context.Background(), f.s, tp.ID); err == nil {
		t.Fatal("template not deleted")
	}
	test.Tap(kittest.MustButton(t, tt.bar.View(), "Undo"))
	f.wait()
	if items, _ := f.s.FindSOPItems(context.Background(), tp.ID); len(items) != n+1 {
		t.Fatalf("undo brought back %d items", len(items))
	}
}
