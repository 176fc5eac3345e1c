package fieldview

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
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
	if tt.list.cell(0, 1) != strconv.Itoa(n) || len(tt.items.shown) != n {
		t.Fatalf("default template shows %q items, list %d", tt.list.cell(0, 1), len(tt.items.shown))
	}

	// The default cannot be deleted.
	test.Tap(tt.delBtn)
	if !strings.Contains(f.overlayText(), "default template cannot be deleted") {
		t.Errorf("deleting the default: %q", f.overlayText())
	}
	f.closeOverlays()

	test.Tap(tt.newBtn)
	name := field[*widget.Entry](t, "Name")
	test.Tap(lastEditor.save)
	if !strings.Contains(lastEditor.problem.Text, "Name: required") {
		t.Fatalf("no name: %q", lastEditor.problem.Text)
	}
	test.Type(name, "HOD with state visit")
	test.Type(field[*widget.Entry](t, "Use it for"), "Heads of state on a state visit")
	test.Tap(lastEditor.save)
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
	en := field[*widget.Entry](t, "English")
	en.SetText("Agree the state-visit protocol with the State Secretariat.")
	field[*widget.Check](t, "").SetChecked(true)
	test.Tap(lastEditor.save)
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
	field[*enumSelect](t, "Phase").setCode(data.PhaseEvent)
	field[*widget.Entry](t, "English").SetText("Brief the motorcade on the palace entrance.")
	test.Tap(lastEditor.save)
	if !strings.Contains(lastEditor.problem.Text, "Bahasa Indonesia: required") {
		t.Fatalf("no Indonesian text: %q", lastEditor.problem.Text)
	}
	field[*widget.Entry](t, "Bahasa Indonesia").SetText("Beri pengarahan iring-iringan tentang pintu masuk istana.")
	test.Tap(lastEditor.save)
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
	test.Tap(f.overlayButton("Yes"))
	f.wait()
	if _, err := data.Get[data.SOPTemplate](context.Background(), f.s, tp.ID); err == nil {
		t.Fatal("template not deleted")
	}
	test.Tap(tt.bar.undo)
	f.wait()
	if items, _ := f.s.FindSOPItems(context.Background(), tp.ID); len(items) != n+1 {
		t.Fatalf("undo brought back %d items", len(items))
	}
}
