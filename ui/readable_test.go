package ui

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/ui/kit/kittest"
)

// shownText is the text drawn whole inside the window, its lines joined
// by spaces.
func shownText(d *desk) string {
	var parts []string
	for _, l := range kittest.OnScreen(kittest.Drawn(d.win.Content()), d.win.Canvas().Size()) {
		parts = append(parts, l.Text)
	}
	return strings.Join(parts, " ")
}

// TestFirstChecklistStepReadsWhole: at the window's first size the demo's
// first checklist step is on screen to its last word, in both languages
// (it ended in "forms of ..." when a row was one line).
func TestFirstChecklistStepReadsWhole(t *testing.T) {
	for _, tc := range []struct{ loc, step string }{
		{"en_US.UTF-8", "Study the delegation profile: HOD and members, roles, forms of address, photos."},
		{"id_ID.UTF-8", "Pelajari profil delegasi: HOD dan anggota, peran, sapaan resmi, foto."},
	} {
		t.Run(tc.loc, func(t *testing.T) {
			setLang(t, tc.loc)
			d := newTestDesk(t)
			openTestEvent(t, d, demotest.Copy(t, demotest.File(t, demo.Small)))
			d.win.Resize(fyne.NewSize(windowW, windowH))
			d.uiMu.Lock()
			d.shell.show(scrChecklists)
			d.uiMu.Unlock()
			d.wait()
			capture(t, d, "check-"+tc.loc)
			if got := shownText(d); !strings.Contains(got, tc.step) {
				t.Errorf("the first step is not on screen whole; the window shows:\n%s", got)
			}
		})
	}
}

// wordBreaks lists the wrapped labels under o that break a word: a word
// wider than the label.
func wordBreaks(o fyne.CanvasObject) []string {
	var out []string
	var labels []*widget.Label
	kittest.Walk(o, func(c fyne.CanvasObject) bool {
		if !c.Visible() {
			return false // nor what is under it: a hidden tab
		}
		if l, ok := c.(*widget.Label); ok {
			labels = append(labels, l)
			return false
		}
		return true
	})
	for _, l := range labels {
		if l.Wrapping == fyne.TextWrapOff || l.Size().Width <= 0 {
			continue
		}
		size := theme.TextSize()
		if l.SizeName != "" {
			size = theme.Size(l.SizeName)
		}
		room := l.Size().Width - 2*theme.InnerPadding()
		for _, w := range strings.Fields(l.Text) {
			if fyne.MeasureText(w, size, l.TextStyle).Width > room+0.5 {
				out = append(out, fmt.Sprintf("%q in %q (%.0f px wide)", w, l.Text, l.Size().Width))
				break
			}
		}
	}
	return out
}

// TestNoWordBreaksAtSmallSize: at 1024x640 in Bahasa Indonesia no label of
// any screen breaks inside a word ("Terkonfir/masi" did).
func TestNoWordBreaksAtSmallSize(t *testing.T) {
	setLang(t, "id_ID.UTF-8")
	d := newTestDesk(t)
	openTestEvent(t, d, demotest.Copy(t, demotest.File(t, demo.Small)))
	d.win.Resize(fyne.NewSize(smallW, smallH))
	for i, sc := range d.shell.screens {
		d.uiMu.Lock()
		d.shell.show(i)
		d.uiMu.Unlock()
		d.wait()
		capture(t, d, "small-"+strconv.Itoa(i))
		tabs := kittest.Find[*container.AppTabs](d.shell.contents[i])
		check := func(where string) {
			for _, b := range wordBreaks(d.win.Content()) {
				t.Errorf("%s%s: %s", sc.title(), where, b)
			}
		}
		if len(tabs) == 0 {
			check("")
			continue
		}
		for _, tb := range tabs[:1] {
			for j, it := range tb.Items {
				tb.SelectIndex(j)
				d.wait()
				capture(t, d, "small-"+strconv.Itoa(i)+"-"+strconv.Itoa(j))
				check(" › " + it.Text)
			}
			tb.SelectIndex(0)
		}
	}
}

// TestDashboardTilesOpenTheirList: "20 Without lead LO" opens the
// delegations without one; a status opens the delegations of that status.
func TestDashboardTilesOpenTheirList(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, demotest.Copy(t, demotest.File(t, demo.Small)))
	dash := d.shell.screens[scrDashboard].(*dashScreen)
	for _, key := range []string{"no_lead", "arrived"} {
		d.shell.show(scrDashboard)
		d.wait()
		n := dash.stats[key].Value
		d.uiMu.Lock() // as the UI goroutine: what the tap starts shows after it
		test.Tap(dash.stats[key])
		d.uiMu.Unlock()
		d.wait()
		if d.shell.current != scrDelegations {
			t.Fatalf("%s: the tile opened screen %d", key, d.shell.current)
		}
		want := n + " of "
		if got := texts(d.shell.contents[scrDelegations]); !kittest.Contains(got, want) {
			t.Errorf("%s: the list does not say %q: %q", key, want, got)
		}
	}
}
