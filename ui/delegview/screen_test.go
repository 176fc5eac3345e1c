package delegview

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"lodesk/app/delegations"
	"lodesk/data"
	"lodesk/ui/kit"
)

func TestListSearchFilterSort(t *testing.T) {
	f := newFixture(t)
	all := len(f.s.snap.rows)
	if all == 0 || f.s.count.Text != strconv.Itoa(all) {
		t.Fatalf("count %q for %d delegations", f.s.count.Text, all)
	}
	if f.s.detail.title.Text != f.s.table.Cell(0, 1) {
		t.Errorf("detail shows %q, first row is %q", f.s.detail.title.Text, f.s.table.Cell(0, 1))
	}
	test.Type(f.s.search, "argent")
	if n := len(f.s.table.Rows()); n != 1 || f.s.table.Cell(0, 1) != "Argentina" {
		t.Fatalf("search argent: %d rows, first %q", n, f.s.table.Cell(0, 1))
	}
	if !strings.Contains(f.s.count.Text, "of") {
		t.Errorf("count while searching: %q", f.s.count.Text)
	}
	f.s.search.SetText("")
	f.s.status.SetSelectedIndex(1 + slices.Index(data.DelegationStatuses, data.StatusArrived))
	rows := f.s.table.Rows()
	if len(rows) == 0 || len(rows) == all {
		t.Fatalf("arrived filter kept %d of %d", len(rows), all)
	}
	for _, r := range rows {
		if r[2] != kit.EnumLabel("status", data.StatusArrived) {
			t.Fatalf("status filter let %v through", r)
		}
	}
	f.s.status.SetSelectedIndex(0)
	f.s.sortBy.SetSelectedIndex(1) // by name
	rows = f.s.table.Rows()
	if !slices.IsSortedFunc(rows, func(a, b []string) int { return strings.Compare(strings.ToLower(a[1]), strings.ToLower(b[1])) }) {
		t.Errorf("not sorted by name: %v...", rows[:3])
	}
	f.s.sortBy.SetSelectedIndex(3) // by arrival
	rows = f.s.table.Rows()
	for i := 1; i < len(rows); i++ {
		if rows[i][5] != "" && (rows[i-1][5] == "" || rows[i-1][5] > rows[i][5]) {
			t.Fatalf("not sorted by arrival at %d: %q then %q", i, rows[i-1][5], rows[i][5])
		}
	}
	f.s.unassigned.SetChecked(true)
	for _, r := range f.s.table.Rows() {
		if r[6] != "" {
			t.Fatalf("no-lead filter let %v through", r)
		}
	}
	f.s.tabs.SelectIndex(1)
	test.Type(f.s.peopleSearch, "siregar")
	if got := f.s.peopleTable.Cell(0, 0); !strings.Contains(got, "Siregar") {
		t.Errorf("people search: %q", got)
	}
}

func TestDetailShowsMembers(t *testing.T) {
	f := newFixture(t)
	test.Type(f.s.search, "ID")
	d := f.s.detail
	if d.title.Text != "Indonesia" {
		t.Fatalf("detail %q", d.title.Text)
	}
	ps, _ := f.st.FindPeople(context.Background(), data.PersonFilter{DelegationID: f.s.selected})
	if len(d.members.Rows()) != len(ps) || d.members.Cell(0, 0) != kit.EnumLabel("role", data.RoleHOD) {
		t.Errorf("members %d (first %q), want %d with the HOD first", len(d.members.Rows()), d.members.Cell(0, 0), len(ps))
	}
	if !strings.Contains(text(d.view), "Host delegation") {
		t.Errorf("detail lacks the notes:\n%s", text(d.view))
	}
	f.s.search.SetText("")
	test.Type(f.s.search, "japan")
	got := text(d.view)
	if d.title.Text != "Japan" || !strings.Contains(got, "JP") || strings.Contains(got, "Host delegation") {
		t.Errorf("detail after choosing Japan:\n%s", got)
	}
	if img, ok := d.flag.Objects[0].(*canvas.Image); !ok || img.Resource == nil || img.Resource.Name() != "flag-JP.png" {
		t.Errorf("no flag of Japan beside the name: %#v", d.flag.Objects)
	}
}

// TestNewDelegationSaysWhatToDo: a delegation with nobody, no travel, no
// hotel and no car says on each tab what to add, not a blank table.
func TestNewDelegationSaysWhatToDo(t *testing.T) {
	f := newFixture(t)
	d := data.Delegation{Code: "FD", Name: "Freedonia", Kind: data.KindOrganisation}
	if _, err := delegations.Save(context.Background(), f.st, &d); err != nil {
		t.Fatal(err)
	}
	f.s.Load()
	f.env.Wait()
	test.Type(f.s.search, "Freedonia")
	var seen []string
	for i := range f.s.detail.tabs.Items {
		f.s.detail.tabs.SelectIndex(i)
		seen = append(seen, text(f.s.detail.view))
	}
	all := strings.Join(seen, "\n")
	for _, want := range []string{"Nobody in this delegation yet", "No travel yet", "No hotel yet", "No vehicle yet"} {
		if !strings.Contains(all, want) {
			t.Errorf("the detail does not say %q:\n%s", want, all)
		}
	}
}
