package requests

import (
	"errors"
	"testing"

	"lodesk/data"
)

func TestPhrases(t *testing.T) {
	ps, err := Phrases()
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 5 {
		t.Fatalf("%d phrases", len(ps))
	}
	seen := map[string]bool{}
	for _, p := range ps {
		if p.Key == "" || p.EN == "" || p.ID == "" || seen[p.Key] {
			t.Errorf("bad phrase %+v", p)
		}
		seen[p.Key] = true
		if p.Text("id_ID") != p.ID || p.Text("en") != p.EN {
			t.Errorf("Text picks the wrong language for %s", p.Key)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		r    data.Request
		err  error
		dept string
	}{
		{"defaults", data.Request{DelegationID: "d", Category: "dietary", Text: " halal meals "}, nil, "hospitality_desk"},
		{"routed by hand", data.Request{DelegationID: "d", Category: "transport", Text: "x", Department: "patwal"}, nil, "patwal"},
		{"no text", data.Request{DelegationID: "d", Category: "other"}, ErrNoText, ""},
		{"no delegation", data.Request{Category: "other", Text: "x"}, ErrNoRequester, ""},
		{"bad category", data.Request{DelegationID: "d", Category: "weather", Text: "x"}, ErrCategory, ""},
		{"bad status", data.Request{DelegationID: "d", Category: "other", Text: "x", Status: "maybe"}, ErrStatus, ""},
		{"bad department", data.Request{DelegationID: "d", Category: "other", Text: "x", Department: "kitchen"}, ErrDepartment, ""},
		{"declined without response", data.Request{DelegationID: "d", Category: "other", Text: "x", Status: data.RequestDeclined}, ErrNeedResponse, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckFields(&tt.r)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err == nil && (tt.r.Department != tt.dept || tt.r.Status != data.RequestOpen || tt.r.Text != "halal meals" && tt.r.Text != "x") {
				t.Errorf("after validate: %+v", tt.r)
			}
		})
	}
}
