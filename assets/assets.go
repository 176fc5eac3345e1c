// Package assets embeds the files LO Desk ships inside its binary: the
// translations of the window (English and Bahasa Indonesia), and later the
// fonts and the default SOP template.
package assets

import "embed"

// Translations holds translations/en.json and translations/id.json, in the
// format fyne.io/fyne/v2/lang reads.
//
//go:embed translations
var Translations embed.FS

// TranslationsDir is the folder inside Translations.
const TranslationsDir = "translations"

// Print holds the messages of what LO Desk prints (packs, manifests,
// place cards, reports), apart from the window's translations: one JSON
// file per area in print/en and print/id, read by lodesk/app/i18n.
//
//go:embed print
var Print embed.FS
