package kit

import "testing"

func TestQuery(t *testing.T) {
	folded := "h.e. nguyen van an viet nam minister"
	tests := []struct {
		typed string
		want  bool
	}{
		{"", true},
		{"NGUYỄN", true},
		{"van  minister", true},
		{"an viet", true},
		{"minister hod", false},
		{"đặng", false},
	}
	for _, tt := range tests {
		if got := NewQuery(tt.typed).Matches(folded); got != tt.want {
			t.Errorf("%q matches = %v, want %v", tt.typed, got, tt.want)
		}
	}
}
