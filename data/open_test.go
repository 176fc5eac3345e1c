package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func pragma(t *testing.T, path, name string) string {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v string
	if err := db.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestCreateSetsFileFormat(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "e.lodesk")
	s, err := Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var sync, fk, timeout int
	if err := s.rw.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync); err != nil {
		t.Fatal(err)
	}
	if err := s.rw.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
		t.Fatal(err)
	}
	if err := s.rw.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout); err != nil {
		t.Fatal(err)
	}
	if sync != 2 || fk != 1 || timeout < 1000 {
		t.Errorf("synchronous=%d foreign_keys=%d busy_timeout=%d, want 2, 1, >=1000", sync, fk, timeout)
	}
	if s.Replica() == "" {
		t.Error("no replica id")
	}
	s.Close()
	for name, want := range map[string]string{
		"journal_mode":   "wal",
		"user_version":   fmt.Sprint(SchemaVersion()),
		"application_id": fmt.Sprint(ApplicationID),
	} {
		if got := pragma(t, path, name); got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
}

func TestCreateRefusesExistingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "e.lodesk")
	if err := os.WriteFile(path, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Create(context.Background(), path); !errors.Is(err, ErrExists) {
		t.Fatalf("err = %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "keep me" {
		t.Error("existing file was changed")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("%d files in the folder after a refused create, want 1", len(entries))
	}
}

// TestCreateLeavesNoTemporaryFile: the file is built under a hidden name
// and linked into place; nothing of that stays, and the replica id is
// minted where the file lives, with no earlier one.
func TestCreateLeavesNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "e.lodesk")
	s, err := Create(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	var prev string
	_ = s.rw.QueryRow("SELECT value FROM meta WHERE key = 'previous_replica_id'").Scan(&prev)
	if s.Replica() == "" || prev != "" {
		t.Errorf("replica %q, previous %q: want one id, minted at its place", s.Replica(), prev)
	}
	s.Close()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	if s, err = Open(context.Background(), path, Options{}); err != nil {
		t.Fatalf("reopen: %v", err)
	}
	s.Close()
}

func TestReopenKeepsDataAndReplica(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "e.lodesk")
	s, err := Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := &Delegation{Code: "JP", Name: "Japan"}
	mustInsert(t, s, d)
	rep, last := s.Replica(), s.Clock().Last()
	s.Close()

	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Replica() != rep {
		t.Errorf("replica changed on reopen: %s -> %s", rep, s.Replica())
	}
	if s.Clock().Last() < last {
		t.Errorf("clock went back on reopen: %v < %v", s.Clock().Last(), last)
	}
	got, err := Get[Delegation](ctx, s, d.ID)
	if err != nil || got.Name != "Japan" {
		t.Fatalf("Get = %+v, %v", got, err)
	}
}

func TestCopiedFileGetsNewReplica(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := filepath.Join(dir, "a.lodesk")
	s, err := Create(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	rep := s.Replica()
	s.Close()
	b := filepath.Join(dir, "b.lodesk")
	raw, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.Replica() == rep || s2.Replica() == "" {
		t.Errorf("copy kept replica id %s", rep)
	}
}

func TestOpenRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	otherDB := filepath.Join(dir, "other.sqlite")
	db, err := sql.Open("sqlite", otherDB)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE notes(x TEXT)"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	newer := filepath.Join(dir, "newer.lodesk")
	s, err := Create(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.rw.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()

	text := filepath.Join(dir, "notes.lodesk")
	if err := os.WriteFile(text, []byte("delegation,name\nJP,Japan\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.lodesk")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		want error
	}{
		{"missing", filepath.Join(dir, "none.lodesk"), os.ErrNotExist},
		{"text file", text, ErrNotEventFile},
		{"empty file", empty, ErrNotEventFile},
		{"other sqlite database", otherDB, ErrNotEventFile},
		{"newer schema", newer, ErrNewerVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(tt.path)
			s, err := Open(ctx, tt.path, Options{})
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.path) {
				t.Errorf("error %q does not name the file", err)
			}
			after, _ := os.ReadFile(tt.path)
			if string(before) != string(after) {
				t.Error("refused file was changed")
			}
		})
	}
	var ve *VersionError
	if _, err := Open(ctx, newer, Options{}); !errors.As(err, &ve) || ve.File != SchemaVersion()+1 {
		t.Errorf("newer: %v", err)
	}
}

func TestMigrationsEachSetVersion(t *testing.T) {
	ms := migrations()
	if len(ms) == 0 {
		t.Fatal("no migrations")
	}
	s := newStore(t)
	var v int
	if err := s.ro.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	if v != len(ms) {
		t.Fatalf("user_version = %d after %d migrations", v, len(ms))
	}
	// Re-running is a no-op.
	if err := migrate(context.Background(), s.rw); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Check(context.Background())
	if err != nil || !rep.OK() {
		t.Fatalf("check: %+v %v", rep, err)
	}
}

// TestUpgradeKeepsData opens a file written by each earlier schema: the
// missing migrations run, the data is kept, and the new columns work.
func TestUpgradeKeepsData(t *testing.T) {
	ctx := context.Background()
	for from := 1; from < SchemaVersion(); from++ {
		t.Run(fmt.Sprintf("from %d", from), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "old.lodesk")
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(fmt.Sprintf("PRAGMA journal_mode=WAL; PRAGMA application_id=%d", ApplicationID)); err != nil {
				t.Fatal(err)
			}
			for _, m := range migrations()[:from] {
				if err := applyMigration(ctx, db, m); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := db.Exec(`INSERT INTO event (id, name, hlc, replica) VALUES ('e1', 'Old summit', 1, 'r1')`); err != nil {
				t.Fatal(err)
			}
			db.Close()

			s, err := Open(ctx, path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if v := pragma(t, path, "user_version"); v != fmt.Sprint(SchemaVersion()) {
				t.Errorf("user_version %s after the upgrade, want %d", v, SchemaVersion())
			}
			ev, err := s.Event(ctx)
			if err != nil || ev.Name != "Old summit" {
				t.Fatalf("event after the upgrade: %+v %v", ev, err)
			}
			ev.Holidays = Codes{"2026-12-25"}
			ev.Zones = Codes{"apron", "vip"}
			if err := s.Update(ctx, ev); err != nil {
				t.Fatal(err)
			}
			if ev, _ = s.Event(ctx); len(ev.Holidays) != 1 || ev.Holidays[0] != "2026-12-25" {
				t.Errorf("holidays after the upgrade: %v", ev.Holidays)
			}
			lo := &LO{FullName: "Sari"}
			mustInsert(t, s, lo)
			mustInsert(t, s, &LOEvaluation{LOID: lo.ID, Overall: 4})
			mustInsert(t, s, &LONote{LOID: lo.ID, Day: "2026-12-02", Text: "ok"})
			mustInsert(t, s, &Lesson{What: "late buses"})
			if evs, err := All[LOEvaluation](ctx, s); err != nil || len(evs) != 1 || evs[0].Overall != 4 {
				t.Errorf("evaluations after the upgrade: %+v %v", evs, err)
			}
			if len(ev.Zones) != 2 {
				t.Errorf("zones after the upgrade: %v", ev.Zones)
			}
			// The tables and columns of 0007 (accreditation, movements,
			// delegation contacts, Notes Verbales) take rows.
			d := &Delegation{Code: "JP", Name: "Japan"}
			mustInsert(t, s, d)
			mustInsert(t, s, &Person{DelegationID: d.ID, FullName: "Sato", Badge: Badge{BadgeNo: "D-1", Zones: Codes{"apron"}}})
			mustInsert(t, s, &Contact{DelegationID: d.ID, Role: ContactEmbassy, Name: "Embassy of Japan"})
			mv := &Movement{DelegationID: d.ID, Kind: MoveArrival}
			mustInsert(t, s, mv)
			mustInsert(t, s, &ConvoyCar{MovementID: mv.ID, Position: 1, Role: CarPatwalLead})
			mustInsert(t, s, &NoteVerbale{DelegationID: d.ID, Reference: "NV-1"})
			var idx int
			if err := s.ro.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'checklist_item_progress'`).Scan(&idx); err != nil || idx != 1 {
				t.Errorf("checklist progress index after the upgrade: %d %v", idx, err)
			}
			if err := s.ro.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('person_role', 'convoy_car_vehicle_movement')`).Scan(&idx); err != nil || idx != 2 {
				t.Errorf("the dashboard's indexes (0011) after the upgrade: %d %v", idx, err)
			}
			// What sync records of packs (0009) works on an upgraded file.
			rec := &PackRecord{Trailer: "sha256 00", Replica: "r2", Number: 1, Format: 2, Stamps: StampSet{"r2": {7}}}
			if err := s.RecordPack(ctx, rec); err != nil {
				t.Fatal(err)
			}
			if recs, err := s.PackRecords(ctx); err != nil || recs["sha256 00"] == nil || !recs["sha256 00"].Stamps.Has("r2", 7) {
				t.Errorf("pack records after the upgrade: %v %v", recs, err)
			}
		})
	}
}

// TestSecondWriter opens the file from a child process while this one
// holds it for writing: the child must get ErrInUse, and a read-only open
// must still work.
func TestSecondWriter(t *testing.T) {
	if path := os.Getenv("LODESK_SECOND_WRITER"); path != "" {
		_, err := Open(context.Background(), path, Options{})
		if errors.Is(err, ErrInUse) {
			os.Exit(3)
		}
		fmt.Fprintln(os.Stderr, err)
		os.Exit(4)
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "e.lodesk")
	s, err := Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	mustInsert(t, s, &Delegation{Code: "FR", Name: "France"})

	cmd := exec.Command(os.Args[0], "-test.run=^TestSecondWriter$")
	cmd.Env = append(os.Environ(), "LODESK_SECOND_WRITER="+path)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Fatalf("second writer: %v\n%s", err, out)
	}

	ro, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open while in use: %v", err)
	}
	ds, err := ro.FindDelegations(ctx, DelegationFilter{})
	if err != nil || len(ds) != 1 {
		t.Fatalf("read-only read: %v %v", ds, err)
	}
	if err := ro.Insert(ctx, &Delegation{Code: "X"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only insert: %v", err)
	}
	ro.Close()

	// Once the first writer closes, a second one may open.
	s.Close()
	s2, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	s2.Close()
}

// What a killed Create or restore left beside an event file is removed the
// next time the event is opened; a file in use is left alone.
func TestOpenRemovesLeftovers(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "Summit.lodesk")
	s, err := Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	left := []string{".Summit.lodesk.new-123", ".Summit.lodesk.new-123-wal", "Summit.lodesk.456.partial"}
	for _, n := range left {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	busy := filepath.Join(dir, ".Summit.lodesk.new-789")
	if err := os.WriteFile(busy, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	lock, err := acquireLock(busy)
	if err != nil {
		t.Fatal(err)
	}
	defer releaseLock(lock)
	other := filepath.Join(dir, "Other.lodesk.1.partial")
	if err := os.WriteFile(other, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, n := range left {
		if _, err := os.Stat(filepath.Join(dir, n)); !os.IsNotExist(err) {
			t.Errorf("%s left behind (%v)", n, err)
		}
	}
	for _, keep := range []string{busy, other} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("%s removed: %v", keep, err)
		}
	}
}
