package assets

import _ "embed" // for the icon

// Icon is the application icon: a 512x512 PNG of a white ID badge with a
// red header band and the letters "LO" on a navy rounded square. The window
// sets it with fyne.NewStaticResource(IconName, Icon); FyneApp.toml points
// `fyne package` at the same file for the Windows .exe and the Linux
// package.
//
//go:embed icon.png
var Icon []byte

// IconName is the icon's file name, for fyne.NewStaticResource.
const IconName = "icon.png"
