package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"lodesk/app/sync"
	"lodesk/data"
)

// The scenarios (#13), as a user runs them: lodesk demo, sync,
// protect, import, export, backup and restore, on files in a temporary
// folder.

const scenarioPass = "rahasia negara 2026"

type scenario struct {
	t                *testing.T
	dir, stick, pass string
}

func newScenario(t *testing.T) *scenario {
	t.Helper()
	dir := t.TempDir()
	sc := &scenario{t: t, dir: dir, stick: filepath.Join(dir, "stick"), pass: filepath.Join(dir, "pass.txt")}
	if err := os.Mkdir(sc.stick, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sc.pass, []byte(scenarioPass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return sc
}

// ok runs a command that must succeed and returns its output.
func (sc *scenario) ok(args ...string) string {
	sc.t.Helper()
	code, out, errs := run(sc.t, args...)
	if code != ExitOK {
		sc.t.Fatalf("lodesk %s: exit %d\n%s\n%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

func (sc *scenario) path(name string) string { return filepath.Join(sc.dir, name) }

// passports exports the people of an event with the passphrase and returns
// each one's passport number by name.
func (sc *scenario) passports(event string) map[string]string {
	sc.t.Helper()
	out := filepath.Join(sc.dir, "export-"+filepath.Base(event)+".csv")
	os.Remove(out)
	sc.ok("export", event, "people", out, "--passphrase-file", sc.pass)
	raw, err := os.ReadFile(out)
	if err != nil {
		sc.t.Fatal(err)
	}
	raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
	r := csv.NewReader(bytes.NewReader(raw))
	if first, _, _ := bytes.Cut(raw, []byte("\n")); bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';'
	}
	rows, err := r.ReadAll()
	if err != nil || len(rows) == 0 {
		sc.t.Fatalf("export of %s: %v", event, err)
	}
	name, pass := -1, -1
	for i, h := range rows[0] {
		switch strings.ToLower(h) {
		case "full_name", "nama_lengkap":
			name = i
		case "passport_no", "no_paspor":
			pass = i
		}
	}
	if name < 0 || pass < 0 {
		sc.t.Fatalf("export of %s: no name or passport column in %v", event, rows[0])
	}
	m := map[string]string{}
	for _, row := range rows[1:] {
		m[row[name]] = row[pass]
	}
	return m
}

// readsBack checks that every passport number of want reads back from the
// event.
func (sc *scenario) readsBack(event string, want map[string]string) {
	sc.t.Helper()
	got := sc.passports(event)
	for name, p := range want {
		if got[name] != p {
			sc.t.Errorf("%s: %s's passport reads %q, want %q", filepath.Base(event), name, got[name], p)
		}
	}
}

// addPerson imports one person with a passport number into an event.
func (sc *scenario) addPerson(event, name, passport string) {
	sc.t.Helper()
	st, err := data.Open(context.Background(), event, data.Options{ReadOnly: true})
	if err != nil {
		sc.t.Fatal(err)
	}
	ds, err := st.FindDelegations(context.Background(), data.DelegationFilter{})
	st.Close()
	if err != nil || len(ds) == 0 {
		sc.t.Fatalf("delegations: %v", err)
	}
	src := filepath.Join(sc.dir, name+".csv")
	csvText := "delegation;full_name;passport_no\n" + ds[0].Code + ";" + name + ";" + passport + "\n"
	if err := os.WriteFile(src, []byte(csvText), 0o600); err != nil {
		sc.t.Fatal(err)
	}
	sc.ok("import", event, "people", src, "--passphrase-file", sc.pass)
}

// folderHolds says which of the texts some file of the folder holds, in
// its bytes or in any gzip stream it holds, or (with key) in the
// decrypted body of a protected pack.
func (sc *scenario) folderHolds(texts []string, key *data.EventKey) []string {
	sc.t.Helper()
	found := map[string]bool{}
	err := filepath.WalkDir(sc.stick, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		blobs := [][]byte{raw}
		for i := bytes.Index(raw, []byte{0x1f, 0x8b}); i >= 0; {
			if zr, err := gzip.NewReader(bytes.NewReader(raw[i:])); err == nil {
				if plain, err := io.ReadAll(zr); len(plain) > 0 {
					blobs = append(blobs, plain)
					_ = err
				}
			}
			next := bytes.Index(raw[i+2:], []byte{0x1f, 0x8b})
			if next < 0 {
				break
			}
			i += 2 + next
		}
		if key != nil {
			if p, err := sync.DecodePack(raw, key, ""); err == nil {
				for _, c := range p.Changes {
					blobs = append(blobs, c.Value)
				}
			}
		}
		for _, b := range blobs {
			for _, s := range texts {
				if s != "" && bytes.Contains(b, []byte(s)) {
					found[s] = true
				}
			}
		}
		return nil
	})
	if err != nil {
		sc.t.Fatal(err)
	}
	var out []string
	for s := range found {
		out = append(out, s)
	}
	return out
}

func (sc *scenario) key(event string) *data.EventKey {
	sc.t.Helper()
	ctx := context.Background()
	st, err := data.Open(ctx, event, data.Options{})
	if err != nil {
		sc.t.Fatal(err)
	}
	defer st.Close()
	if err := st.Unlock(ctx, scenarioPass); err != nil {
		sc.t.Fatal(err)
	}
	k, err := st.CurrentKey(ctx)
	if err != nil || k == nil {
		sc.t.Fatalf("key of %s: %v", event, err)
	}
	return k
}

func values(m map[string]string) []string {
	var out []string
	for _, v := range m {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Share first, protect afterwards: demo on A, sync, join B, protect A,
// sync A, sync B with the passphrase, sync A again. All succeed, B is
// protected, a person added on either laptop reads back on both, and no
// pack holds a passport number in plain text, not even inside its
// decrypted body.
func TestScenarioProtectAfterSharing(t *testing.T) {
	sc := newScenario(t)
	a, b := sc.path("A.lodesk"), sc.path("B.lodesk")
	sc.ok("demo", a)
	sc.ok("sync", a, "--folder", sc.stick)
	sc.ok("sync", b, "--folder", sc.stick)
	want := sc.passports(a)
	if len(values(want)) == 0 {
		t.Fatal("the demo has no passport numbers")
	}
	sc.ok("protect", a, "--passphrase-file", sc.pass)
	sc.ok("sync", a, "--folder", sc.stick, "--passphrase-file", sc.pass)
	// B without the passphrase is told so, and nothing is written.
	if code, _, errs := run(t, "sync", b, "--folder", sc.stick); code != ExitFail || !strings.Contains(errs, "passphrase") {
		t.Fatalf("B without the passphrase: %d %s", code, errs)
	}
	sc.ok("sync", b, "--folder", sc.stick, "--passphrase-file", sc.pass)
	sc.ok("sync", a, "--folder", sc.stick, "--passphrase-file", sc.pass)
	st, err := data.Open(context.Background(), b, data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	prot, err := st.Protected(context.Background())
	st.Close()
	if err != nil || !prot {
		t.Fatalf("B is not protected: %v", err)
	}

	sc.addPerson(b, "Added On B", "B7654321")
	sc.ok("sync", b, "--folder", sc.stick, "--passphrase-file", sc.pass)
	sc.ok("sync", a, "--folder", sc.stick, "--passphrase-file", sc.pass)
	sc.addPerson(a, "Added On A", "A1234567")
	sc.ok("sync", a, "--folder", sc.stick, "--passphrase-file", sc.pass)
	sc.ok("sync", b, "--folder", sc.stick, "--passphrase-file", sc.pass)
	want["Added On A"], want["Added On B"] = "A1234567", "B7654321"
	for _, ev := range []string{a, b} {
		sc.readsBack(ev, want)
	}
	if leaked := sc.folderHolds(values(want), sc.key(a)); len(leaked) > 0 {
		t.Errorf("passport numbers in plain text in the folder: %v", leaked)
	}
	sc.userOnly(b)
}

// userOnly checks that the event file and every pack of the folder can be
// read by the user only.
func (sc *scenario) userOnly(event string) {
	sc.t.Helper()
	if runtime.GOOS == "windows" {
		return
	}
	files := []string{event}
	_ = filepath.WalkDir(sc.stick, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return err
	})
	for _, f := range files {
		if fi, err := os.Stat(f); err != nil || fi.Mode().Perm()&0o077 != 0 {
			sc.t.Errorf("%s: readable by others (%v)", f, err)
		}
	}
}

// Two laptops protect independently with the same passphrase, then sync
// both ways: every passport reads back on both, and a backup of each
// restores and reads.
func TestScenarioIndependentProtection(t *testing.T) {
	sc := newScenario(t)
	a, b := sc.path("A.lodesk"), sc.path("B.lodesk")
	sc.ok("demo", a)
	sc.ok("sync", a, "--folder", sc.stick)
	sc.ok("sync", b, "--folder", sc.stick)
	want := sc.passports(a)
	sc.ok("protect", a, "--passphrase-file", sc.pass)
	sc.ok("protect", b, "--passphrase-file", sc.pass)
	sc.addPerson(a, "Added On A", "A1234567")
	sc.addPerson(b, "Added On B", "B7654321")
	want["Added On A"], want["Added On B"] = "A1234567", "B7654321"
	for range 2 {
		sc.ok("sync", a, "--folder", sc.stick, "--passphrase-file", sc.pass)
		sc.ok("sync", b, "--folder", sc.stick, "--passphrase-file", sc.pass)
	}
	if ka, kb := sc.key(a), sc.key(b); ka.ID != kb.ID {
		t.Fatalf("two keys remain: %s, %s", ka.ID, kb.ID)
	}
	backups := sc.path("backups")
	for i, ev := range []string{a, b} {
		sc.readsBack(ev, want)
		sc.ok("backup", ev, backups, "--passphrase-file", sc.pass)
		list, _ := filepath.Glob(filepath.Join(backups, strings.TrimSuffix(filepath.Base(ev), ".lodesk")+" *.lodesk-backup"))
		if len(list) != 1 {
			t.Fatalf("backups of %s: %v", ev, list)
		}
		to := sc.path([]string{"RA.lodesk", "RB.lodesk"}[i])
		sc.ok("restore", list[0], to, "--passphrase-file", sc.pass)
		sc.readsBack(to, want)
	}
	if leaked := sc.folderHolds(values(want), sc.key(a)); len(leaked) > 0 {
		t.Errorf("passport numbers in plain text in the folder: %v", leaked)
	}
}
