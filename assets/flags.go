package assets

import "embed"

// Flags holds the country flags as 4:3 SVG files, flags/4x3/<code>.svg
// with lower-case ISO 3166-1 alpha-2 codes, from flag-icons (MIT; see
// flags/LICENSE). lodesk/app/flags draws them.
//
//go:embed flags/4x3 flags/LICENSE
var Flags embed.FS
