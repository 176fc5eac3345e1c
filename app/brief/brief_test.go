package brief

import (
	"errors"
	"testing"

	"lodesk/app/field"
	"lodesk/data"
)

func TestCheck(t *testing.T) {
	b := data.CountryBrief{Country: "Prancis", Etiquette: " Handshake "}
	if err := Check(&b); err != nil || b.Country != "FR" || b.Etiquette != "Handshake" {
		t.Errorf("%+v %v", b, err)
	}
	for in, want := range map[string]error{"": field.ErrRequired, "Atlantis": field.ErrUnknownCountry} {
		if err := Check(&data.CountryBrief{Country: in}); !errors.Is(err, want) {
			t.Errorf("%q: %v, want %v", in, err, want)
		}
	}
}
