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

// TestDialogKeysInDropdownsAndChecks: with a dropdown or a tick box of a
// dialog focused, Escape closes it without saving and Enter saves it.
func TestDialogKeysInDropdownsAndChecks(t *testing.T) {
	for _, tc := range []struct {
		name  string
		open  func(d *desk)
		field func(d *desk) fyne.Focusable
		key   fyne.KeyName
		saved func(d *desk) bool
	}{
		{
			"Settings theme, Escape", (*desk).showSettings, func(d *desk) fyne.Focusable { return d.settings.theme },
			fyne.KeyEscape, func(d *desk) bool { return d.prefs.theme() == themeChoices[2] },
		},
		{
			"Settings theme, Enter", (*desk).showSettings, func(d *desk) fyne.Focusable { return d.settings.theme },
			fyne.KeyReturn, func(d *desk) bool { return d.prefs.theme() == themeChoices[2] },
		},
		{"Event details confidential, Escape", (*desk).showEventDetails, func(d *desk) fyne.Focusable {
			return kittest.FormWidget(kittest.Top(d.win), "Marking").(*kit.Check)
		}, fyne.KeyEscape, confidential},
		{"Event details confidential, Enter", (*desk).showEventDetails, func(d *desk) fyne.Focusable {
			return kittest.FormWidget(kittest.Top(d.win), "Marking").(*kit.Check)
		}, fyne.KeyReturn, confidential},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newTestDesk(t)
			openTestEvent(t, d, testEvent(t))
			tc.open(d)
			d.wait()
			f := tc.field(d)
			d.uiMu.Lock()
			switch w := f.(type) {
			case *kit.Select:
				w.SetSelectedIndex(2)
			case *kit.Check:
				w.SetChecked(!w.Checked)
			}
			d.win.Canvas().Focus(f)
			d.uiMu.Unlock()
			d.press(tc.key)
			d.wait()
			if kittest.Top(d.win) != nil {
				t.Errorf("%s left the dialog open:\n%s", tc.key, kittest.OverlayText(d.win))
			}
			if got, want := tc.saved(d), tc.key == fyne.KeyReturn; got != want {
				t.Errorf("%s: saved %v, want %v", tc.key, got, want)
			}
		})
	}
}

// confidential says whether the test event is now marked confidential.
func confidential(d *desk) bool {
	ev, err := d.store.Event(context.Background())
	return err == nil && ev.Confidential
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

// TestKeysOnAFocusedDialogButton: in Settings and Event details, a button
// reached with Tab lets Escape close the dialog unsaved, presses Cancel
// on Enter (unsaved) and Save on Enter (saved). (A multi-line field takes
// Tab itself, as Fyne's entry does: the test leaves it as a click would.)
func TestKeysOnAFocusedDialogButton(t *testing.T) {
	for _, dl := range []struct {
		name  string
		open  func(d *desk)
		edit  func(d *desk) // under the UI lock
		saved func(d *desk) bool
	}{
		{
			"Settings", (*desk).showSettings, func(d *desk) { d.settings.author.SetText("Ratna") },
			func(d *desk) bool { return d.prefs.author() == "Ratna" },
		},
		{"Event details", (*desk).showEventDetails, func(d *desk) {
			kittest.FormWidget(kittest.Top(d.win), "Event name").(*kit.Input).SetText("Renamed Summit")
		}, func(d *desk) bool {
			ev, err := d.store.Event(context.Background())
			return err == nil && ev.Name == "Renamed Summit"
		}},
	} {
		for _, tc := range []struct {
			button string
			key    fyne.KeyName
			saved  bool
		}{
			{"Save", fyne.KeyEscape, false},
			{"Cancel", fyne.KeyReturn, false},
			{"Save", fyne.KeyReturn, true},
		} {
			t.Run(dl.name+" "+tc.button+" "+string(tc.key), func(t *testing.T) {
				d := newTestDesk(t)
				openTestEvent(t, d, testEvent(t))
				dl.open(d)
				d.wait()
				d.uiMu.Lock()
				dl.edit(d)
				d.uiMu.Unlock()
				for i := 0; ; i++ {
					if i == 20 {
						t.Fatalf("Tab never reached %s", tc.button)
					}
					if in, ok := d.win.Canvas().Focused().(*kit.Input); ok && in.MultiLine {
						d.uiMu.Lock()
						d.win.Canvas().FocusNext() // a multi-line field keeps Tab: leave it as a click would
						d.uiMu.Unlock()
					} else {
						d.press(fyne.KeyTab)
					}
					if b, ok := d.win.Canvas().Focused().(*kit.Button); ok && b.Text == tc.button {
						break
					}
				}
				d.press(tc.key)
				d.wait()
				if kittest.Top(d.win) != nil {
					t.Errorf("%s on %s left the dialog open:\n%s", tc.key, tc.button, kittest.OverlayText(d.win))
				}
				if got := dl.saved(d); got != tc.saved {
					t.Errorf("%s on %s: saved %v, want %v", tc.key, tc.button, got, tc.saved)
				}
			})
		}
	}
}
