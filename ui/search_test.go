package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestSearchFiltersLists(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	d.shell.show(scrDelegations)
	d.wait()
	s := d.shell.screens[scrDelegations].(*delegationsScreen)

	people := s.people
	if len(people.all) != 4 {
		t.Fatalf("people list has %d rows, want 4", len(people.all))
	}
	cases := []struct {
		query string
		want  []string // names shown, in order
	}{
		{"nguyen", []string{"H.E. Nguyễn Văn An"}},     // diacritics folded
		{"NGUYỄN VĂN", []string{"H.E. Nguyễn Văn An"}}, // case and words
		{"山田", []string{"Yamada Taro"}},                // native script
		{"ზურაბ", []string{"Zurab Pololikashvili"}},    // Georgian
		{"viet nam", []string{"H.E. Nguyễn Văn An", "Trần Thị Bình"}},
		{"minister", []string{"Yamada Taro", "H.E. Nguyễn Văn An"}},
		{"peanut severe", []string{"H.E. Nguyễn Văn An"}}, // the alerts column
		{"nobody-by-that-name", nil},
		{"", []string{"Yamada Taro", "H.E. Nguyễn Văn An", "Trần Thị Bình", "Zurab Pololikashvili"}},
	}
	for _, c := range cases {
		people.search.SetText("")
		test.Type(people.search, c.query)
		var got []string
		for i := range people.shown {
			got = append(got, people.table.Cell(i, 0))
		}
		if len(got) != len(c.want) {
			t.Errorf("search %q shows %q, want %q", c.query, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("search %q shows %q, want %q", c.query, got, c.want)
				break
			}
		}
	}
	people.search.SetText("")
	test.Type(people.search, "nobody")
	if !people.empty.Visible() || people.count.Text != "0 of 4" {
		t.Errorf("no match: empty note visible %v, count %q", people.empty.Visible(), people.count.Text)
	}

	// Delegations by code, and the detail pane lists the delegation's people.
	test.Type(s.delegations.search, "vn")
	if len(s.delegations.shown) != 1 || s.delegations.table.Cell(0, 1) != "Viet Nam" {
		t.Fatalf("search vn shows %v", s.delegations.shown)
	}
	s.delegations.table.Select(widget.TableCellID{Row: 0, Col: 1})
	if s.detailTitle.Text != "Viet Nam" || !s.detailBox.Visible() {
		t.Fatalf("detail pane shows %q", s.detailTitle.Text)
	}
	rows := s.detailPeople.Rows()
	if len(rows) != 2 || rows[0][0] != "Head of delegation" || rows[0][1] != "H.E. Nguyễn Văn An" || rows[0][4] != "peanut (severe)" {
		t.Errorf("detail people %q", rows)
	}
	if !containsText(texts(s.detailInfo), "Sari Wulandari") {
		t.Errorf("detail does not name the lead LO: %q", texts(s.detailInfo))
	}
}

func TestFilterRows(t *testing.T) {
	rows := []row{
		newRow("1", []string{"Đặng Thị Hà", "Viet Nam"}),
		newRow("2", []string{"Олег Иванов", "Russia"}, "Oleg Ivanov"),
		newRow("3", []string{"محمد العلي", "Saudi Arabia"}),
	}
	for q, want := range map[string]int{"dang": 1, "đặng": 1, "ОЛЕГ": 1, "oleg": 1, "محمد": 1, "a": 3, "ha nam": 1, "": 3, "zzz": 0} {
		if got := len(filterRows(rows, q)); got != want {
			t.Errorf("filter %q: %d rows, want %d", q, got, want)
		}
	}
}
