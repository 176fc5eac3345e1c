// Package docs holds the user documentation; the window shows the
// coordinator's guide under Help › User guide.
package docs

import _ "embed" // the guide

// Guide is guide.md, the coordinator's guide.
//
//go:embed guide.md
var Guide string
