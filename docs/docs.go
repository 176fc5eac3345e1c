// Package docs holds the user documentation; the window shows the
// coordinator's guide in its language under Help › User guide, and the
// pages the guides link.
package docs

import (
	"embed"
	"path"
	"strings"
)

// Guide is guide.md, the coordinator's guide.
//
//go:embed guide.md
var Guide string

// Panduan is panduan.md, the coordinator's guide in Bahasa Indonesia.
//
//go:embed panduan.md
var Panduan string

// GuideName and PanduanName are the guides' files, as they link each
// other.
const (
	GuideName   = "guide.md"
	PanduanName = "panduan.md"
)

// linked are the pages the guides link that the window shows too (the
// pictures of every screen, screens/README.md, it does not).
//
//go:embed install.md spreadsheets.md protocol.md reports.md sync.md reliability.md
var linked embed.FS

// GuideFor is the guide for a language: panduan.md for Indonesian ("id"),
// guide.md for any other; name is its file's name.
func GuideFor(lang string) (name, text string) {
	if lang == "id" {
		return PanduanName, Panduan
	}
	return GuideName, Guide
}

// Page is a page of docs/ as a guide links it ("install.md",
// "install.md#where-lo-desk-keeps-its-files": the fragment aside), if the
// window holds it; name is its clean name ("install.md").
func Page(link string) (name, text string, ok bool) {
	file, _, _ := strings.Cut(link, "#")
	name = path.Clean(strings.TrimPrefix(file, "./"))
	switch name {
	case GuideName:
		return name, Guide, true
	case PanduanName:
		return name, Panduan, true
	}
	b, err := linked.ReadFile(name)
	if err != nil {
		return name, "", false
	}
	return name, string(b), true
}
