package ui

import (
	"testing"
)

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
