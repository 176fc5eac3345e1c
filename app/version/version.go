// Package version holds the release of this build, for `lodesk version`
// and Help > About.
package version

// Version is the release, set at build time with
// -ldflags "-X lodesk/app/version.Version=...".
var Version = "0.1.0"
