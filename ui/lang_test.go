package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"lodesk/assets"
	"lodesk/data"
)

func TestFollowsSystemLanguage(t *testing.T) {
	setLang(t, "id_ID.UTF-8")
	d := newTestDesk(t)
	d.showWelcome()
	w := d.welcome
	for got, want := range map[string]string{
		w.newButton.Text:           "Acara baru…",
		w.openButton.Text:          "Buka acara…",
		w.demoButton.Text:          "Buka acara demo",
		w.settingsButton.Text:      "Pengaturan…",
		lang.L("Cancel"):           "Batal", // Fyne's own strings too
		lang.L("Open"):             "Buka",
		lang.X("monday", "Monday"): "Senin",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	if m := d.win.MainMenu().Items; m[0].Label != "Berkas" || m[1].Label != "Pengaturan" || m[2].Label != "Bantuan" {
		t.Errorf("menus %q %q %q", m[0].Label, m[1].Label, m[2].Label)
	}
}

func TestSwitchLanguageInSettings(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	if got := d.shell.screens[scrDelegations].title(); got != "Delegations" {
		t.Fatalf("English title %q", got)
	}
	d.showSettings()
	d.settings.language.SetSelectedIndex(2) // Bahasa Indonesia
	test.Tap(d.settings.save)
	d.wait()
	if d.prefs.language() != langID || currentLang != langID {
		t.Fatalf("language pref %q, current %q", d.prefs.language(), currentLang)
	}
	sh := d.shell
	for i, want := range []string{"Dasbor", "Delegasi", "Liaison Officer", "Penugasan", "Susunan acara", "Daftar periksa", "Permintaan & Insiden", "Cetak"} {
		if got := sh.screens[i].title(); got != want {
			t.Errorf("screen %d title %q, want %q", i, got, want)
		}
	}
	if !containsText(texts(d.win.Content()), "Kedatangan") {
		t.Errorf("dashboard not in Indonesian: %q", texts(d.win.Content()))
	}
	sh.show(scrDelegations)
	d.wait()
	if seen := texts(sh.contents[scrDelegations]); !containsText(seen, "Nama") || !containsText(seen, "Delegasi") {
		t.Errorf("delegations not in Indonesian: %q", seen)
	}
	sh.show(scrLOs)
	d.wait()
	if seen := texts(sh.contents[scrLOs]); !containsText(seen, "Semua bahasa") || !containsText(seen, "2 dari 2") {
		t.Errorf("LO roster not in Indonesian: %q", seen)
	}
	if m := d.win.MainMenu().Items; m[1].Label != "Tampilan" {
		t.Errorf("View menu %q", m[1].Label)
	}

	// And back to English.
	d.showSettings()
	d.settings.language.SetSelectedIndex(1)
	test.Tap(d.settings.save)
	d.wait()
	if got := d.shell.screens[scrDashboard].title(); got != "Dashboard" || lang.L("Cancel") != "Cancel" {
		t.Errorf("back in English: %q, %q", got, lang.L("Cancel"))
	}
}

func TestSettingsPersist(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	d.showSettings()
	f := d.settings
	f.theme.SetSelectedIndex(2) // dark
	f.author.SetText("  Sari Wulandari ")
	f.language.SetSelectedIndex(2)
	test.Tap(f.save)
	d.wait()
	if d.store.Author() != "Sari Wulandari" {
		t.Errorf("store author %q", d.store.Author())
	}
	p := d.app.Preferences()
	if p.String(prefTheme) != themeDark || p.String(prefAuthor) != "Sari Wulandari" || p.String(prefLanguage) != langID {
		t.Errorf("preferences theme %q author %q language %q", p.String(prefTheme), p.String(prefAuthor), p.String(prefLanguage))
	}

	// A new window on the same preferences starts with them.
	d.closeStore()
	d2 := newDesk(d.app)
	if currentLang != langID {
		t.Errorf("language on restart %q", currentLang)
	}
	th, ok := d.app.Settings().Theme().(*deskTheme)
	if !ok || !th.forced || th.variant != theme.VariantDark {
		t.Errorf("theme on restart %#v", d.app.Settings().Theme())
	}
	d2.showSettings()
	if d2.settings.theme.SelectedIndex() != 2 || d2.settings.language.SelectedIndex() != 2 || d2.settings.author.Text != "Sari Wulandari" {
		t.Errorf("settings dialog on restart: theme %d language %d author %q", d2.settings.theme.SelectedIndex(), d2.settings.language.SelectedIndex(), d2.settings.author.Text)
	}
	openTestEvent(t, d2, testEvent(t))
	if d2.store.Author() != "Sari Wulandari" {
		t.Errorf("author on restart %q", d2.store.Author())
	}
	d2.closeStore()
}

// TestTranslationsComplete checks that en.json and id.json have the same
// keys, and that every string the window (ui and its subpackages) passes
// to lang.L/lang.N/lang.X and every stored code it names is in both.
func TestTranslationsComplete(t *testing.T) {
	read := func(name string) map[string]any {
		b, err := assets.Translations.ReadFile(assets.TranslationsDir + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return m
	}
	en, id := read("en.json"), read("id.json")
	for k := range en {
		if _, ok := id[k]; !ok {
			t.Errorf("id.json lacks %q", k)
		}
	}
	for k := range id {
		if _, ok := en[k]; !ok {
			t.Errorf("en.json lacks %q", k)
		}
	}
	files, _ := filepath.Glob("*.go")
	sub, _ := filepath.Glob("*/*.go") // ui's subpackages share the translations
	files = append(files, sub...)
	call := regexp.MustCompile(`lang\.(?:L|N|X)\("((?:[^"\\]|\\.)*)"\s*[,)]`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			if _, ok := id[m[1]]; !ok {
				t.Errorf("%s: %q is not in id.json", f, m[1])
			}
		}
	}
	enums := map[string][]string{
		"status": data.DelegationStatuses, "relations": data.Relations, "kind": data.DelegationKinds,
		"role": data.PersonRoles, "severity": append(append([]string{}, data.AllergySeverities...), data.Severities...),
		"lo_status": data.LOStatuses, "level": data.Levels, "assign": {data.AssignLead, data.AssignAssistant},
		"programme": data.ProgrammeKinds, "check": {data.CheckPending, data.CheckChecked, data.CheckRechecked, data.CheckNotApplicable},
		"phase": data.Phases, "category": data.RequestCategories, "request": data.RequestStatuses,
		"department": data.Departments, "mode": data.TravelModes,
	}
	for prefix, codes := range enums {
		for _, c := range codes {
			if _, ok := id[prefix+"."+c]; !ok {
				t.Errorf("id.json lacks %s.%s", prefix, c)
			}
		}
	}
}

// TestTranslationsLoad: both files load as Fyne reads them. A key the
// translation library reserves (id, description, other, ...) makes it
// refuse the whole file, and the window would fall back to English.
func TestTranslationsLoad(t *testing.T) {
	for _, code := range []string{langEN, langID} {
		if err := loadTranslations(code); err != nil {
			t.Errorf("%s.json: %v", code, err)
		}
	}
}

// TestForcedLanguageOnAnotherSystem: a language chosen in Settings wins
// over a system locale Fyne has its own strings for (German here), in
// Fyne's strings and in LO Desk's, though only the locales Fyne can pick
// get the chosen strings.
func TestForcedLanguageOnAnotherSystem(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{{"de_DE.UTF-8", "de"}, {"pt_BR.UTF-8", "pt_BR"}, {"ja_JP.UTF-8", ""}} {
		setLang(t, tc.loc)
		got := overlayLocales()
		if tc.want != "" && !slices.Contains(got, tc.want) || len(got) > 3 {
			t.Errorf("%s: overlay on %v, want en, id and %q", tc.loc, got, tc.want)
		}
	}
	setLang(t, "de_DE.UTF-8")
	if err := loadTranslations(langID); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		setLang(t, "en_US.UTF-8")
		_ = loadTranslations(langEN)
	})
	if got := lang.L("Cancel"); got != "Batal" {
		t.Errorf("Cancel on a German system with Indonesian chosen: %q", got)
	}
	if got := lang.L("Delegations"); got != "Delegasi" {
		t.Errorf("Delegations on a German system with Indonesian chosen: %q", got)
	}
}
