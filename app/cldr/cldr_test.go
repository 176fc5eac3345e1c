package cldr

import "testing"

func TestCountry(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"ID", "ID", true},
		{"id", "ID", true},
		{"IDN", "ID", true},
		{"360", "ID", true},
		{"Indonesia", "ID", true},
		{"  indonesia ", "ID", true},
		{"France", "FR", true},
		{"Prancis", "FR", true},
		{"PRANCIS", "FR", true},
		{"Côte d’Ivoire", "CI", true},
		{"Cote d'Ivoire", "CI", true},
		{"Pantai Gading", "CI", true},
		{"Bosnia and Herzegovina", "BA", true},
		{"Bosnia & Herzegovina", "BA", true},
		{"Myanmar", "MM", true},
		{"Burma", "MM", true},
		{"BU", "MM", true},
		{"Tiongkok", "CN", true},
		{"China", "CN", true},
		{"Amerika Serikat", "US", true},
		{"South Korea", "KR", true},
		{"Korea Selatan", "KR", true},
		{"Vietnam", "VN", true},
		{"Kosovo", "XK", true},
		{"Turki", "TR", true},
		{"UK", "GB", true},
		{"United Kingdom", "GB", true},
		{"Atlantis", "", false},
		{"", "", false},
		{"EU", "", false},
		{"ZZ", "", false},
		{"QO", "", false},
		{"AC", "", false},
		{"Europe", "", false},
	}
	for _, tt := range tests {
		got, ok := Country(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Country(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"en", "en", true},
		{"EN", "en", true},
		{"eng", "en", true},
		{"English", "en", true},
		{"Inggris", "en", true},
		{"id", "id", true},
		{"in", "id", true},
		{"ind", "id", true},
		{"Bahasa Indonesia", "id", true},
		{"bahasa Inggris", "en", true},
		{"Indonesian", "id", true},
		{"Arabic", "ar", true},
		{"Arab", "ar", true},
		{"العربية", "ar", true},
		{"Vietnamese", "vi", true},
		{"Tiếng Việt", "vi", true},
		{"tieng viet", "vi", true},
		{"Chinese", "zh", true},
		{"Mandarin", "", false},
		{"Javanese", "jv", true},
		{"Jawa", "jv", true},
		{"fil", "fil", true},
		{"Filipino", "fil", true},
		{"Tetum", "tet", true},
		{"Cantonese", "yue", true},
		{"Elvish", "", false},
		{"", "", false},
		{"xx", "", false},
		{"und", "", false},
	}
	for _, tt := range tests {
		got, ok := Language(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Language(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestOptions(t *testing.T) {
	for _, lang := range []string{English, Indonesian} {
		cs := Countries(lang)
		if len(cs) != 250 { // 249 ISO 3166-1 countries and Kosovo
			t.Errorf("%s: %d countries, want 250", lang, len(cs))
		}
		seen := map[string]bool{}
		for _, o := range cs {
			if len(o.Code) != 2 || o.Name == "" || o.Name == o.Code || seen[o.Code] {
				t.Errorf("%s: bad option %+v", lang, o)
			}
			seen[o.Code] = true
			if got, ok := Country(o.Name); !ok || got != o.Code {
				t.Errorf("%s: Country(%q) = %q, want %q", lang, o.Name, got, o.Code)
			}
		}
		ls := Languages(lang)
		if len(ls) < 180 {
			t.Errorf("%s: only %d languages", lang, len(ls))
		}
		for _, o := range ls {
			if got, ok := Language(o.Code); !ok || got != o.Code {
				t.Errorf("%s: Language(%q) = %q, %v", lang, o.Code, got, ok)
			}
		}
	}
	id := Countries(Indonesian)
	if id[0].Name != "Afganistan" {
		t.Errorf("first Indonesian country = %q", id[0].Name)
	}
	if CountryName("FR", Indonesian) != "Prancis" || CountryName("FR", English) != "France" {
		t.Error("CountryName(FR)")
	}
	if LanguageName("en", Indonesian) != "Inggris" || LanguageName("ar", English) != "Arabic" {
		t.Error("LanguageName")
	}
}
