package backup

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lodesk/data"
)

// newEvent creates an event file named name with n contacts.
func newEvent(t testing.TB, dir, name string, n int) *data.Store {
	t.Helper()
	s, err := data.Create(context.Background(), filepath.Join(dir, name+".lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	addContacts(t, s, n)
	return s
}

func addContacts(t testing.TB, s *data.Store, n int) {
	t.Helper()
	err := s.Write(context.Background(), func(tx *data.Tx) error {
		for i := range n {
			c := &data.Contact{Department: "transport", Name: fmt.Sprintf("Driver %05d", i), Notes: "radio 7, standby at the VIP gate"}
			if err := tx.Insert(c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestFileNameRoundTrip(t *testing.T) {
	at := time.Date(2026, 11, 27, 10, 51, 19, 500, time.FixedZone("WIB", 7*3600))
	name := FileName("KTT ASEAN: Jakarta", at)
	if want := "KTT ASEAN_ Jakarta 2026-11-27 03.51.19Z.lodesk-backup"; name != want {
		t.Errorf("FileName = %q, want %q", name, want)
	}
	ev, got, ok := parseName(name)
	if !ok || ev != "KTT ASEAN_ Jakarta" || !got.Equal(at.Truncate(time.Second)) {
		t.Errorf("parseName = %q %v %v", ev, got, ok)
	}
	long := FileName(strings.Repeat("Konferensi Tingkat Tinggi ", 20), at)
	if _, _, ok := parseName(long); !ok || len(long) > 120 {
		t.Errorf("long event name gives %q (%d bytes)", long, len(long))
	}
	for _, bad := range []string{"x.lodesk", "Summit.lodesk-backup", "Summit 2026-13-01 00.00.00Z.lodesk-backup", "Summit2026-11-27 03.51.19Z.lodesk-backup"} {
		if _, _, ok := parseName(bad); ok {
			t.Errorf("parseName(%q) accepted", bad)
		}
	}
}

func TestListKeepsEventsApart(t *testing.T) {
	dir := t.TempDir()
	at := time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)
	for i, ev := range []string{"Summit", "Summit 2", "Summit", "Other"} {
		if err := os.WriteFile(filepath.Join(dir, FileName(ev, at.Add(time.Duration(i)*time.Minute))), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "Summit notes.txt"), nil, 0o600)
	list, err := List(dir, "Summit")
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || !list[0].Time.After(list[1].Time) {
		t.Fatalf("List = %+v, want Summit's two, newest first", list)
	}
	if l, err := List(filepath.Join(dir, "none"), "Summit"); err != nil || l != nil {
		t.Errorf("missing folder: %v %v", l, err)
	}
}

func TestPolicyKeepsLastTenAndOneADay(t *testing.T) {
	var list []Info
	start := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	for d := 6; d >= 0; d-- { // seven days, four backups a day, newest first
		for h := 3; h >= 0; h-- {
			list = append(list, Info{Time: start.AddDate(0, 0, d).Add(time.Duration(h) * time.Hour)})
		}
	}
	keep := Policy{Location: time.UTC}.Keep(list)
	n := 0
	days := map[string]bool{}
	for i, k := range keep {
		if k {
			n++
			days[list[i].Time.Format(time.DateOnly)] = true
		}
		if i < 10 && !k {
			t.Errorf("backup %d of the newest ten dropped", i)
		}
	}
	// Ten newest cover days 26 (4), 25 (4), 24 (2); then one for each of 23..20.
	if n != 14 || len(days) != 7 {
		t.Errorf("kept %d over %d days, want 14 over 7", n, len(days))
	}
}

func TestPruneRemovesOldAndStalePartials(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	for i := range 15 {
		os.WriteFile(filepath.Join(dir, FileName("Summit", now.Add(-time.Duration(i)*time.Minute))), nil, 0o600)
	}
	other := filepath.Join(dir, FileName("Other", now.Add(-time.Hour)))
	os.WriteFile(other, nil, 0o600)
	stale := filepath.Join(dir, FileName("Summit", now.Add(-3*time.Hour))+".123.partial")
	fresh := filepath.Join(dir, FileName("Summit", now)+".456.partial")
	os.WriteFile(stale, nil, 0o600)
	os.WriteFile(fresh, nil, 0o600)
	os.Chtimes(stale, now.Add(-3*time.Hour), now.Add(-3*time.Hour))
	os.Chtimes(fresh, now, now)
	removed, err := Prune(dir, "Summit", Policy{Location: time.UTC}, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) != 6 { // 15 on one day: keep 10, drop 5; and the stale partial
		t.Errorf("removed %d: %v", len(removed), removed)
	}
	for _, p := range []string{other, fresh} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed", p)
		}
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("stale partial kept")
	}
}

func TestBackupAndRestore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := newEvent(t, dir, "Summit", 100)
	bdir := filepath.Join(dir, "backups")
	info, err := Backup(ctx, s, bdir, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	again, err := Backup(ctx, s, bdir, info.Time)
	if err != nil || again.Path == info.Path {
		t.Fatalf("second backup in the same second: %v %v", again, err)
	}
	before, _ := os.ReadFile(info.Path)
	to := filepath.Join(dir, "restored.lodesk")
	if err := RestoreAs(ctx, info.Path, to, ""); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(info.Path)
	if !bytes.Equal(before, after) {
		t.Error("Restore changed the backup")
	}
	if err := RestoreAs(ctx, info.Path, to, ""); !errors.Is(err, data.ErrExists) {
		t.Errorf("restore over a file: %v, want ErrExists", err)
	}
	if err := RestoreAs(ctx, info.Path, s.Path(), ""); !errors.Is(err, data.ErrExists) {
		t.Errorf("restore over the live file: %v, want ErrExists", err)
	}
	r, err := data.Open(ctx, to, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.Replica() == s.Replica() {
		t.Error("the restored file writes under the original's replica id")
	}
	got, err := data.All[data.Contact](ctx, r)
	if err != nil || len(got) != 100 {
		t.Fatalf("restored %d contacts (%v), want 100", len(got), err)
	}
}

func TestRestoreRefusesBadBackup(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	junk := filepath.Join(dir, FileName("Summit", time.Now()))
	os.WriteFile(junk, []byte("SQLite format 3\x00 but not really"), 0o600)
	to := filepath.Join(dir, "new.lodesk")
	if err := RestoreAs(ctx, junk, to, ""); err == nil {
		t.Fatal("restored junk")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "new.lodesk*")); len(left) != 0 {
		t.Errorf("restore of junk left %v", left)
	}
}

// TestRestoreDrill is the drill of issue 9: back up, damage the live file,
// find the damage on open, restore the newest good backup into a new file.
func TestRestoreDrill(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	bdir := filepath.Join(dir, "backups")
	s := newEvent(t, dir, "Summit", 3000)
	path := s.Path()
	if _, err := Backup(ctx, s, bdir, time.Now().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	addContacts(t, s, 10)
	good, err := Backup(ctx, s, bdir, time.Now().Add(-time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	// A newer backup that went bad on disk must be passed over.
	bad := filepath.Join(bdir, FileName("Summit", time.Now()))
	os.WriteFile(bad, []byte("not a database"), 0o600)
	s.Close()

	damageMiddle(t, path)
	r, err := data.Open(ctx, path, data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	err = r.QuickCheck(ctx)
	r.Close()
	if !data.IsDamaged(err) {
		t.Fatalf("QuickCheck on the damaged file = %v, want damaged", err)
	}

	newest, skipped, err := NewestGood(ctx, bdir, "Summit", "")
	if err != nil {
		t.Fatal(err)
	}
	if newest.Path != good.Path || len(skipped) != 1 {
		t.Fatalf("NewestGood = %s (skipped %v), want %s", newest.Path, skipped, good.Path)
	}
	to := filepath.Join(dir, "Summit restored.lodesk")
	if err := RestoreAs(ctx, newest.Path, to, ""); err != nil {
		t.Fatal(err)
	}
	w, err := data.Open(ctx, to, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	rep, err := w.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("restored file: %v %v", rep.Problems, err)
	}
	if rep.Rows["contact"] != 3010 {
		t.Errorf("restored %d contacts, want 3010", rep.Rows["contact"])
	}
	addContacts(t, w, 1) // the restored file takes writes
}

// damageMiddle overwrites three pages in the middle of a closed file.
func damageMiddle(t testing.TB, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	junk := bytes.Repeat([]byte{0xA5, 0x00, 0x17}, page)
	if _, err := f.WriteAt(junk, fi.Size()/page/2*page); err != nil {
		t.Fatal(err)
	}
}
