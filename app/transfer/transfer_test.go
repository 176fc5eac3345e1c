package transfer

import (
	"errors"
	"testing"

	"lodesk/app/field"
	"lodesk/data"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		t     data.Transfer
		field string
		want  error
	}{
		{data.Transfer{ToVenue: "JCC", Minutes: 5}, "from", field.ErrRequired},
		{data.Transfer{FromVenue: "JCC", Minutes: 5}, "to", field.ErrRequired},
		{data.Transfer{FromVenue: "JCC", ToVenue: " jcc ", Minutes: 5}, "to", ErrSamePlace},
		{data.Transfer{FromVenue: "JCC", ToVenue: "CGK"}, "minutes", ErrBadMinutes},
		{data.Transfer{FromVenue: "JCC", ToVenue: "CGK", Minutes: MaxMinutes + 1}, "minutes", ErrBadMinutes},
		{data.Transfer{FromVenue: " JCC", ToVenue: "CGK ", Minutes: 60}, "", nil},
	}
	for _, tc := range tests {
		err := Check(&tc.t)
		var fe *field.Error
		switch {
		case tc.field == "" && (err != nil || tc.t.FromVenue != "JCC" || tc.t.ToVenue != "CGK"):
			t.Errorf("%+v: %v", tc.t, err)
		case tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field || !errors.Is(err, tc.want)):
			t.Errorf("%+v: %v, want %s %v", tc.t, err, tc.field, tc.want)
		}
	}
	if PairKey("JCC", "Cgk") != PairKey("cgk", "jcc") {
		t.Error("PairKey depends on the direction")
	}
}
