package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/kit/kittest"
)

// guideTop is the first lines the guide dialog shows.
func guideTop(d *desk) string {
	if d.guide == nil || len(d.guide.box.Objects) == 0 {
		return ""
	}
	return d.guide.box.Objects[0].(*widget.RichText).String()
}

// tapLink taps the guide's first link to target.
func tapLink(t *testing.T, d *desk, target string) {
	t.Helper()
	for _, l := range kittest.Find[*widget.Hyperlink](kittest.Top(d.win)) {
		if l.URL != nil && unescape(l.URL.String()) == target {
			d.uiMu.Lock()
			test.TapAt(l, fyne.NewPos(l.Size().Width/2, l.Size().Height/2)) // on its text
			d.uiMu.Unlock()
			return
		}
	}
	t.Fatalf("the guide has no link to %s:\n%.400s", target, kittest.OverlayText(d.win))
}

// TestGuideInWindowLanguage: Help › User guide shows the guide in the
// window's language; its links to the other guide and to install.md open
// them in the same dialog, Back returns, and a page the window does not
// hold gets a note of where it is.
func TestGuideInWindowLanguage(t *testing.T) {
	tests := []struct {
		locale, title, other, otherTitle string
	}{
		{"en_US.UTF-8", "A coordinator's guide to LO Desk", "panduan.md", "Panduan koordinator LO Desk"},
		{"id_ID.UTF-8", "Panduan koordinator LO Desk", "guide.md", "A coordinator's guide to LO Desk"},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			setLang(t, tt.locale)
			d := newTestDesk(t)
			openTestEvent(t, d, testEvent(t))
			menuAction(t, d, lang.L("Help"), lang.L("User guide"))()
			if got := guideTop(d); !strings.HasPrefix(got, tt.title) {
				t.Fatalf("the guide starts %.80q, want %q", got, tt.title)
			}
			tapLink(t, d, tt.other)
			if got := guideTop(d); !strings.HasPrefix(got, tt.otherTitle) {
				t.Fatalf("after the link to the other guide it starts %.80q", got)
			}
			back := kittest.MustButton(t, kittest.Top(d.win), lang.L("Back to {{.Page}}", map[string]any{"Page": d.guide.history[0]}))
			d.uiMu.Lock()
			test.Tap(back)
			d.uiMu.Unlock()
			if got := guideTop(d); !strings.HasPrefix(got, tt.title) || !back.Hidden {
				t.Fatalf("Back shows %.80q (button hidden %v)", got, back.Hidden)
			}
			tapLink(t, d, "install.md")
			if got := guideTop(d); !strings.HasPrefix(got, "Installing and running LO Desk") {
				t.Fatalf("install.md shows %.80q", got)
			}
			if d.guide.scroll.Offset.Y != 0 {
				t.Errorf("install.md shown at %v, not its top", d.guide.scroll.Offset)
			}
			d.uiMu.Lock()
			test.Tap(back)
			d.uiMu.Unlock()
			tapLink(t, d, "install.md#where-lo-desk-keeps-its-files")
			if got := guideTop(d); !strings.HasPrefix(got, "Installing and running LO Desk") || d.guide.scroll.Offset.Y <= 0 {
				t.Errorf("install.md#where-lo-desk-keeps-its-files shows %.40q at %v, not the heading", got, d.guide.scroll.Offset)
			}
			d.uiMu.Lock()
			test.Tap(back)
			d.uiMu.Unlock()
			tapLink(t, d, "screens/README.md")
			if got := kittest.OverlayText(d.win); !strings.Contains(got, "docs/screens/README.md") {
				t.Errorf("no note on screens/README.md:\n%.300s", got)
			}
			if got := guideTop(d); !strings.HasPrefix(got, tt.title) {
				t.Errorf("the note left %.80q in the guide", got)
			}
			d.press(fyne.KeyEscape) // the note
			d.press(fyne.KeyEscape) // the guide
			if kittest.Top(d.win) != nil {
				t.Errorf("Esc left a dialog open:\n%.200s", kittest.OverlayText(d.win))
			}
		})
	}
}
