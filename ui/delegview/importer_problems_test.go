package delegview

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/kit/kittest"
)

// TestImportListsEveryWrongField: the preview of a row with three wrong
// cells lists all three, each with its row and column, in Indonesian when
// the window is; a row wrong in every cell lists the first few and says
// how many more; and the file is not imported.
func TestImportListsEveryWrongField(t *testing.T) {
	f := newFixture(t)
	for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
		t.Setenv(v, "id_ID.UTF-8")
	}
	kittest.ReloadTranslations(t)
	defer func() {
		for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
			t.Setenv(v, "en_US.UTF-8")
		}
		kittest.ReloadTranslations(t)
	}()
	path := filepath.Join(t.TempDir(), "tamu.csv")
	csv := "delegation,full_name,nationality,email,gender,role,phone,languages,allergies\n" +
		"XX,Nobody Known,Narnia,nobody@,,,,,\n" +
		"YY,,Atlantis,x@,robot,chief,12,klingonese,nuts:deadly\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	v, _ := f.st.DataVersion(ctx)
	f.s.ImportFile(path)
	f.env.Wait()
	dlg := f.top()
	if title := kittest.Text(dlg); !strings.Contains(title, "tamu.csv") {
		t.Errorf("the preview does not name the file:\n%s", title)
	}
	wiz := find[*widgetsStringTable](dlg)
	tbl := wiz[len(wiz)-1]
	for _, want := range []string{
		"kolom A (delegation): tidak ada delegasi dengan kode ini",
		"kolom C (nationality): bukan negara",
		"kolom D (email): bukan alamat surel",
	} {
		if !strings.Contains(tbl.Cell(0, 2), want) {
			t.Errorf("row 2 lacks %q: %q", want, tbl.Cell(0, 2))
		}
	}
	// The first bad row is selected: its problems one a line, with the row.
	if got := text(dlg); strings.Count(got, "• baris 2, kolom") != 3 {
		t.Errorf("row 2's problems are not listed one a line:\n%s", got)
	}
	tbl.SelectRow(1)
	if got := text(dlg); strings.Count(got, "• baris 3, kolom") != maxRowProblems || !strings.Contains(got, "• …dan 1 lainnya") {
		t.Errorf("row 3's problems are not cut at %d with how many more:\n%s", maxRowProblems, got)
	}
	if !f.button(dlg, "Impor").Disabled() {
		t.Error("Import is enabled with bad rows")
	}
	if w, _ := f.st.DataVersion(ctx); w != v {
		t.Error("the event file changed")
	}
}

// TestRowProblemsKeepTheTable: the problems under the preview's table take
// at most maxRowLines lines, and a short text no more than it needs.
func TestRowProblemsKeepTheTable(t *testing.T) {
	newFixture(t)
	short := &widget.Label{Text: "• one problem", Wrapping: fyne.TextWrapWord}
	long := &widget.Label{Text: strings.Repeat("• a problem\n", maxRowProblems) + "• …and 1 more", Wrapping: fyne.TextWrapWord}
	if got, want := newMaxLines(short, maxRowLines).MinSize().Height, short.MinSize().Height; got != want {
		t.Errorf("one line takes %v, want %v", got, want)
	}
	more := &widget.Label{Text: strings.Repeat("• a problem\n", maxRowLines) + "• one more", Wrapping: fyne.TextWrapWord}
	if got, limit := newMaxLines(long, maxRowLines).MinSize().Height, more.MinSize().Height; got >= limit {
		t.Errorf("%d lines take %v, as much as %d lines (%v)", maxRowProblems+1, got, maxRowLines+1, limit)
	}
}
