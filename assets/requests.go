package assets

import _ "embed"

// DeclinePhrases is a small library of polite ways to decline a special
// request, in English and Bahasa Indonesia.
//
//go:embed requests/decline.json
var DeclinePhrases []byte
