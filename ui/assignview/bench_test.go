package assignview

import (
	"testing"

	"lodesk/app/demo/demotest"
	"lodesk/ui/kit/kittest"
)

// BenchmarkTypeInRosterSearchXLarge is typing "japa" a key at a time into
// the Liaison Officers search over the xlarge demo's 2,000 LOs as the
// window handles it on the UI goroutine: the filter, the table's rows and
// count (Fyne's test driver; painting aside). cpu-ms/key is a keystroke.
func BenchmarkTypeInRosterSearchXLarge(b *testing.B) {
	env := kittest.XLargeWindow(b, 1366, 768)
	r := NewRoster(env.Env)
	env.Win.SetContent(r.Content())
	r.Load()
	env.Wait()
	demotest.TypeKeys(b, r.search, "japa")
}
