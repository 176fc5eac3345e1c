package assignview

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
	"lodesk/ui/kit"
)

// BenchmarkTypeInRosterSearchXLarge is typing "japa" a key at a time into
// the Liaison Officers search over the xlarge demo's 2,000 LOs as the
// window handles it on the UI goroutine: the filter, the table's rows and
// count (Fyne's test driver; painting aside). cpu-ms/key is a keystroke.
func BenchmarkTypeInRosterSearchXLarge(b *testing.B) {
	a := test.NewTempApp(b)
	w := a.NewWindow("bench")
	w.Resize(fyne.NewSize(1366, 768))
	st, err := data.Open(context.Background(), demotest.File(b, demo.XLarge), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	env := kit.NewTestEnv(w, st)
	r := NewRoster(env.Env)
	w.SetContent(r.Content())
	r.Load()
	env.Wait()
	demotest.TypeKeys(b, r.search, "japa")
}
