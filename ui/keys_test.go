package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

// TestWindowDialogsKeys: every dialog of the window's menus closes on
// Escape, with or without a field focused, and keeps nothing typed; Enter
// saves Settings and Event details.
func TestWindowDialogsKeys(t *testing.T) {
	dialogs := []struct {
		name string
		open func(d *desk)
	}{
		{"Settings", (*desk).showSettings},
		{"About", (*desk).showAbout},
		{"Event details", (*desk).showEventDetails},
		{"New event", (*desk).newEvent},
		{"Sync", (*desk).showSync},
	}
	for _, dl := range dialogs {
		for _, focused := range []bool{false, true} {
			t.Run(dl.name, func(t *testing.T) {
				d := newTestDesk(t)
				openTestEvent(t, d, testEvent(t))
				dl.open(d)
				d.wait()
				if kittest.Top(d.win) == nil {
					t.Fatal("no dialog")
				}
				if focused {
					ins := kittest.Find[*kit.Input](kittest.Top(d.win))
					if len(ins) == 0 {
						t.Skip("no field to focus")
					}
					d.win.Canvas().Focus(ins[0])
					test.Type(ins[0], "typed, then Escape")
				}
				d.press(fyne.KeyEscape)
				d.wait()
				if kittest.Top(d.win) != nil {
					t.Errorf("still open after Escape:\n%s", kittest.OverlayText(d.win))
				}
			})
		}
	}

	t.Run("Escape keeps nothing, Enter saves", func(t *testing.T) {
		d := newTestDesk(t)
		openTestEvent(t, d, testEvent(t))
		d.showSettings()
		test.Type(d.settings.author, "Ratna")
		d.win.Canvas().Focus(d.settings.author)
		d.press(fyne.KeyEscape)
		if got := d.prefs.author(); got != "" {
			t.Errorf("Escape saved the name %q", got)
		}
		d.showSettings()
		d.win.Canvas().Focus(d.settings.author)
		test.Type(d.settings.author, "Ratna")
		d.press(fyne.KeyReturn)
		if got := d.prefs.author(); got != "Ratna" || kittest.Top(d.win) != nil {
			t.Errorf("Enter: name %q, dialog open %v", got, kittest.Top(d.win) != nil)
		}

		d.showEventDetails()
		d.wait()
		name := kittest.Input(t, d.win, "Event name")
		name.SetText("")
		test.Type(name, "Renamed Summit")
		d.win.Canvas().Focus(name)
		d.press(fyne.KeyEscape)
		d.wait()
		if ev, _ := d.store.Event(context.Background()); ev.Name == "Renamed Summit" {
			t.Error("Escape saved the event details")
		}
		d.showEventDetails()
		d.wait()
		name = kittest.Input(t, d.win, "Event name")
		name.SetText("Renamed Summit")
		d.win.Canvas().Focus(name)
		d.press(fyne.KeyReturn)
		d.wait()
		if ev, _ := d.store.Event(context.Background()); ev.Name != "Renamed Summit" {
			t.Errorf("Enter did not save the event details: %q", ev.Name)
		}
	})
}

// TestHelpListsShortcutsAndGuide: Help has the shortcuts, the menus' and
// the dialogs' keys, and the user guide.
func TestHelpListsShortcutsAndGuide(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	menuAction(t, d, "Help", "Keyboard shortcuts")()
	got := kittest.OverlayText(d.win)
	for _, want := range []string{"Ctrl+1", "Dashboard", "Ctrl+F", "Find", "Esc", "Enter", "Double-click"} {
		if !strings.Contains(got, want) {
			t.Errorf("the shortcuts do not show %q:\n%s", want, got)
		}
	}
	d.press(fyne.KeyEscape)
	menuAction(t, d, "Help", "User guide")()
	if got := kittest.OverlayText(d.win); !strings.Contains(got, "Make the event") || strings.Contains(got, "![") {
		t.Errorf("the user guide:\n%.300s", got)
	}
}

// press types key into the window as the UI goroutine does: under the
// desk's UI lock, so that the work the key starts shows its result after
// the key was handled, as in the real window, not at the same time.
func (d *desk) press(key fyne.KeyName) {
	d.uiMu.Lock()
	defer d.uiMu.Unlock()
	kittest.Press(d.win, key)
}
