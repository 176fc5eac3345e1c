package assets

import _ "embed"

// DefaultSOP is the default SOP checklist template (English and Bahasa
// Indonesia), derived from the LO's standard operating procedure.
//
//go:embed sop/default.json
var DefaultSOP []byte
