package backupview

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/backup"
	"lodesk/app/event"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

func TestBackUpNowAppearsInTheList(t *testing.T) {
	f := newFixture(t)
	v := newBackupsView(f.env.Env, nil)
	f.env.Wait()
	if n := len(v.table.Rows()); n != 0 {
		t.Fatalf("%d backups listed before any was taken", n)
	}
	if v.status.Text != "No backups of this event yet." || v.folder.Text != f.backups {
		t.Errorf("status %q, folder %q", v.status.Text, v.folder.Text)
	}
	if !v.restore.Disabled() {
		t.Error("restore is possible without a backup chosen")
	}
	test.Tap(v.now)
	f.env.Wait()
	if n := len(v.table.Rows()); n != 1 {
		t.Fatalf("%d backups listed after Back up now, want 1 (status %q)", n, v.status.Text)
	}
	when := v.table.Cell(0, 0)
	if !strings.HasSuffix(when, " WIB") || !strings.HasPrefix(when, time.Now().In(jakarta(t)).Format("2006-01-02")) {
		t.Errorf("time %q, want today in the event's zone (WIB)", when)
	}
	if !strings.HasSuffix(v.table.Cell(0, 1), "KB") && !strings.HasSuffix(v.table.Cell(0, 1), "MB") {
		t.Errorf("size %q", v.table.Cell(0, 1))
	}
	if v.table.Cell(0, 2) != "Not encrypted" || !strings.HasPrefix(v.status.Text, "Backed up at ") {
		t.Errorf("protection %q, status %q", v.table.Cell(0, 2), v.status.Text)
	}
}

// TestBackupsRowMarkedWhole: the table's columns reach its right edge, so
// that the selected backup is marked across the dialog, not to the end of
// the Protection column.
func TestBackupsRowMarkedWhole(t *testing.T) {
	f := newFixture(t)
	v := newBackupsView(f.env.Env, nil)
	f.env.Wait()
	test.Tap(v.now)
	f.env.Wait()
	v.table.SelectRow(0)
	cols := 2 * theme.Padding() // the gaps between the three columns
	for i := range 3 {
		cols += v.table.ColumnWidth(i)
	}
	if w := v.table.Size().Width; w < 400 || cols < w-1 || cols > w {
		t.Errorf("the columns span %.0f of the table's %.0f", cols, w)
	}
}

func jakarta(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestSchedulerBacksUpOnOpenAndClose(t *testing.T) {
	f := newFixture(t)
	got := make(chan error, 4)
	stop := StartScheduler(f.env.Env, func(err error) { got <- err })
	select {
	case err := <-got:
		if err != nil {
			t.Fatalf("backup on open: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no backup on open")
	}
	list, _ := listBackups(f)
	if len(list) != 1 {
		t.Fatalf("%d backups after opening, want 1", len(list))
	}
	// A change, then closing takes one more.
	ev, err := f.store.Event(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ev.City = "Bandung"
	if err := f.store.Write(context.Background(), func(tx *data.Tx) error { return tx.Update(ev) }); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // backups are named to the second
	stop()
	f.env.Wait()
	if list, _ = listBackups(f); len(list) != 2 {
		t.Errorf("%d backups after closing, want 2", len(list))
	}
	select {
	case err := <-got:
		t.Errorf("the closing backup was reported (%v)", err)
	default:
	}
}

func TestRestoreFromTheList(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if _, err := backupNow(ctx, f.env.Env); err != nil {
		t.Fatal(err)
	}
	var opened string
	v := newBackupsView(f.env.Env, func(p string) { opened = p })
	f.env.Wait()
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if v.restore.Disabled() {
		t.Fatal("restore stays disabled with a backup chosen")
	}
	test.Tap(v.restore)
	r := v.restoreForm
	want := time.Now().Format(time.DateOnly)
	if r.name.Text != "small (restored "+want+").lodesk" || r.folder.Text != filepath.Dir(f.store.Path()) {
		t.Errorf("proposed %q in %q", r.name.Text, r.folder.Text)
	}
	// An existing file is never replaced.
	taken := filepath.Join(t.TempDir(), "taken.lodesk")
	os.WriteFile(taken, []byte("mine"), 0o600)
	r.folder.SetText(filepath.Dir(taken))
	r.name.SetText("taken")
	test.Tap(r.ok)
	f.env.Wait()
	if !strings.Contains(r.problem.Text, "already exists") || string(fileBytes(t, taken)) != "mine" {
		t.Fatalf("restore onto an existing file: %q", r.problem.Text)
	}
	r.name.SetText("Summit copy")
	test.Tap(r.ok)
	f.env.Wait()
	to := filepath.Join(filepath.Dir(taken), "Summit copy.lodesk")
	if r.opened == nil {
		t.Fatalf("no offer to open the restored file (%q)", r.problem.Text)
	}
	r.opened.Confirm()
	if opened != to {
		t.Fatalf("opened %q, want %q", opened, to)
	}
	s, err := event.Open(ctx, to)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rep, err := s.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("restored file: %v %v", rep.Problems, err)
	}
}

// TestRestoreDrill is issue 9's drill in the window: back up, damage the
// live file, fail to open it, restore the newest good backup and open it.
func TestRestoreDrill(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if _, err := backupNow(ctx, f.env.Env); err != nil {
		t.Fatal(err)
	}
	path := f.store.Path()
	f.store.Close()
	damageMiddle(t, path)
	before := fileBytes(t, path)

	_, err := event.Open(ctx, path)
	if !data.IsDamaged(err) {
		t.Fatalf("opening the damaged file: %v", err)
	}
	var opened string
	ok, v := explainOpenError(f.win, path, err, func(p string) { opened = p })
	if !ok {
		t.Fatal("ExplainOpenError did not handle a damaged file")
	}
	v.bg.Wait()
	shown := kittest.OverlayText(f.win)
	for _, want := range []string{"The event file is damaged", "has not changed the file", "newest good backup was taken", "Restore and open"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the dialog lacks %q:\n%s", want, shown)
		}
	}
	if v.restore.Disabled() {
		t.Fatalf("restore disabled: %q", v.status.Text)
	}
	test.Tap(v.restore)
	v.bg.Wait()
	want := filepath.Join(filepath.Dir(path), "small (restored "+time.Now().Format(time.DateOnly)+").lodesk")
	if opened != want {
		t.Fatalf("opened %q, want %q (status %q)", opened, want, v.status.Text)
	}
	if !bytes.Equal(before, fileBytes(t, path)) {
		t.Error("the damaged file was written to")
	}
	s, err := event.Open(ctx, opened)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := data.All[data.Person](ctx, s); err != nil || len(n) == 0 {
		t.Fatalf("restored file: %d people, %v", len(n), err)
	}
}

func TestDamagedWithoutBackup(t *testing.T) {
	f := newFixture(t)
	path := f.store.Path()
	err := &data.DamageError{Path: path, Problems: []string{"Tree 7 page 12: btreeInitPage() returns error code 11"}}
	ok, v := explainOpenError(f.win, path, err, nil)
	if !ok {
		t.Fatal("not handled")
	}
	v.bg.Wait()
	if !strings.Contains(v.status.Text, "No good backup") || !v.restore.Disabled() {
		t.Errorf("status %q", v.status.Text)
	}
}

func TestExplainNetworkShare(t *testing.T) {
	f := newFixture(t)
	err := &backup.NetworkError{Path: "/mnt/share/Summit.lodesk", FS: "cifs"}
	if !ExplainOpenError(f.win, err.Path, err, nil) {
		t.Fatal("a network share is not explained")
	}
	if s := kittest.OverlayText(f.win); !strings.Contains(s, "network share") || !strings.Contains(s, "Copy the file to this computer") {
		t.Errorf("explanation:\n%s", s)
	}
	if ExplainOpenError(f.win, "x.lodesk", errors.New("disk full"), nil) {
		t.Error("an unrelated error was handled")
	}
}

// TestRestoreDrillEncrypted: the backups of a protected event take its
// passphrase; a wrong one is said, the right one restores.
func TestRestoreDrillEncrypted(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	const pass = "kopi tubruk pagi"
	if err := f.store.Protect(ctx, pass); err != nil {
		t.Fatal(err)
	}
	if b, err := backupNow(ctx, f.env.Env); err != nil || !b.Encrypted {
		t.Fatalf("backup of the protected event: %+v %v", b, err)
	}
	path := f.store.Path()
	f.store.Close()
	damageMiddle(t, path)
	_, err := event.Open(ctx, path)
	var opened string
	ok, v := explainOpenError(f.win, path, err, func(p string) { opened = p })
	if !ok {
		t.Fatalf("not handled: %v", err)
	}
	v.bg.Wait()
	if !v.pass.Visible() || !strings.Contains(v.status.Text, "encrypted") || !v.restore.Disabled() {
		t.Fatalf("encrypted backups: %q", v.status.Text)
	}
	test.Type(v.pass, "teh manis")
	test.Tap(v.check)
	v.bg.Wait()
	if !strings.HasPrefix(v.status.Text, "Wrong passphrase") || !v.restore.Disabled() {
		t.Fatalf("wrong passphrase: %q", v.status.Text)
	}
	v.pass.SetText(pass)
	v.pass.OnSubmitted(pass)
	v.bg.Wait()
	if v.restore.Disabled() {
		t.Fatalf("right passphrase: %q", v.status.Text)
	}
	test.Tap(v.restore)
	v.bg.Wait()
	if opened == "" {
		t.Fatalf("nothing opened: %q", v.status.Text)
	}
	s, err := event.Open(ctx, opened)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Unlock(ctx, pass); err != nil {
		t.Fatalf("unlock the restored file: %v", err)
	}
}
