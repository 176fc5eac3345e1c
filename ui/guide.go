package ui

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/docs"
	"lodesk/ui/kit"
)

// guideView shows the coordinator's guide in the window's language, and
// the pages it links in its place: the other guide, install.md and the
// others the window holds (docs.Page), a heading of the page (#anchor).
// A page it does not hold gets a note of where it is; nothing opens a
// browser.
type guideView struct {
	win     fyne.Window
	dlg     dialog.Dialog
	page    string   // the page shown: "guide.md"
	history []string // the pages shown before it, for Back
	box     *fyne.Container
	scroll  *container.Scroll
	back    *widget.Button
	anchors map[string]fyne.CanvasObject // the page's sections by anchor
	note    dialog.Dialog                // the last note shown
}

// showGuide shows the coordinator's guide in the window's language.
func (d *desk) showGuide() {
	d.guide = newGuideView(d.win, currentLang)
}

func newGuideView(win fyne.Window, language string) *guideView {
	v := &guideView{win: win, box: container.NewVBox()}
	v.scroll = container.NewVScroll(v.box)
	v.back = &widget.Button{OnTapped: v.goBack}
	v.back.Hide()
	closeBtn := &widget.Button{Text: lang.L("Close"), OnTapped: func() { v.dlg.Hide() }}
	dlg := dialog.NewCustomWithoutButtons(lang.L("User guide"), v.scroll, win)
	dlg.SetButtons([]fyne.CanvasObject{v.back, closeBtn})
	v.dlg = dlg
	v.dlg.Resize(kit.Fit(win, 900, 700))
	name, text := docs.GuideFor(language)
	v.show(name, text, "")
	v.dlg.Show()
	return v
}

// show puts a page in the view, at the heading of anchor or at its top.
func (v *guideView) show(name, text, anchor string) {
	v.page = name
	v.anchors = map[string]fyne.CanvasObject{}
	objs := make([]fyne.CanvasObject, 0, 16)
	for _, s := range docs.ForWindow(text) {
		rt := widget.NewRichTextFromMarkdown(s.Text)
		rt.Wrapping = fyne.TextWrapWord
		v.hookLinks(rt.Segments)
		objs = append(objs, rt)
		if s.Anchor != "" {
			v.anchors[s.Anchor] = rt
		}
	}
	v.box.Objects = objs
	v.box.Refresh()
	if n := len(v.history); n > 0 {
		v.back.SetText(lang.L("Back to {{.Page}}", map[string]any{"Page": v.history[n-1]}))
		v.back.Show()
	} else {
		v.back.Hide()
	}
	v.scroll.ScrollToTop()
	v.scrollTo(anchor)
}

// scrollTo scrolls to the section of anchor, if the page has it.
func (v *guideView) scrollTo(anchor string) {
	if o, ok := v.anchors[anchor]; ok {
		v.scroll.Refresh() // lays the sections out
		v.scroll.Offset = fyne.NewPos(0, o.Position().Y)
		v.scroll.Refresh()
	}
}

// hookLinks makes the links of segments open in the view.
func (v *guideView) hookLinks(segs []widget.RichTextSegment) {
	for _, s := range segs {
		switch s := s.(type) {
		case *widget.HyperlinkSegment:
			target := s.URL.String()
			if s.URL.Scheme == "" && s.URL.Host == "" {
				target = unescape(target)
			}
			s.OnTapped = func() { v.follow(target) }
		case *widget.ListSegment:
			v.hookLinks(s.Items)
		case *widget.ParagraphSegment:
			v.hookLinks(s.Texts)
		}
	}
}

// unescape is a relative link as written ("install.md#where-…").
func unescape(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// follow opens a link: a heading of the page, a page the window holds
// (remembering this one for Back), or a note of where the page is, or of
// the address of a network link.
func (v *guideView) follow(link string) {
	if strings.Contains(link, "://") || strings.HasPrefix(link, "mailto:") {
		v.say(lang.L("LO Desk does not open the network. The address is {{.URL}}", map[string]any{"URL": link}))
		return
	}
	if anchor, ok := strings.CutPrefix(link, "#"); ok {
		v.scrollTo(anchor)
		return
	}
	_, anchor, _ := strings.Cut(link, "#")
	name, text, ok := docs.Page(link)
	if !ok {
		v.say(lang.L("{{.Page}} is not shown here: it is the file docs/{{.Page}} of LO Desk's documentation, which comes with its source code.", map[string]any{"Page": name}))
		return
	}
	if name == v.page {
		v.scrollTo(anchor)
		return
	}
	v.history = append(v.history, v.page)
	v.show(name, text, anchor)
}

// goBack shows the page shown before.
func (v *guideView) goBack() {
	n := len(v.history)
	if n == 0 {
		return
	}
	prev := v.history[n-1]
	v.history = v.history[:n-1]
	if _, text, ok := docs.Page(prev); ok {
		v.show(prev, text, "")
	}
}

// say shows a note over the guide.
func (v *guideView) say(msg string) {
	v.note = dialog.NewInformation(lang.L("User guide"), msg, v.win)
	v.note.Show()
}
