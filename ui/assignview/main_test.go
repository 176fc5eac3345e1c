package assignview

import (
	"encoding/json"
	"os"
	"path"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"lodesk/assets"
)

// reserved are go-i18n's message fields: a top-level key spelt like one
// makes the whole file unreadable, so the tests leave such keys out.
var reserved = map[string]bool{
	"id": true, "description": true, "hash": true, "leftdelim": true, "rightdelim": true,
	"zero": true, "one": true, "two": true, "few": true, "many": true, "other": true,
}

func TestMain(m *testing.M) {
	for _, env := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
		_ = os.Setenv(env, "en_US.UTF-8")
	}
	for _, code := range []string{"en", "id"} {
		b, err := assets.Translations.ReadFile(path.Join(assets.TranslationsDir, code+".json"))
		if err != nil {
			panic(err)
		}
		var keys map[string]any
		if err := json.Unmarshal(b, &keys); err != nil {
			panic(err)
		}
		for k := range keys {
			if reserved[strings.ToLower(k)] {
				delete(keys, k)
			}
		}
		b, _ = json.Marshal(keys)
		if err := lang.AddTranslationsForLocale(b, fyne.Locale(code)); err != nil {
			panic(err)
		}
	}
	os.Exit(m.Run())
}
