package backupview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

func TestProtectThenUnlock(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	path := f.store.Path()
	plain := backupCount(t, f, false)
	if _, err := backupNow(ctx, f.env.Env); err != nil { // a plain backup from before
		t.Fatal(err)
	}
	if backupCount(t, f, false) != plain+1 {
		t.Fatal("no plain backup")
	}

	p := newProtectForm(f.env.Env)
	f.env.Wait()
	test.Type(p.pass, "short")
	test.Type(p.again, "short")
	test.Tap(p.ok)
	if !p.problem.Visible() || p.problem.Text != "The passphrase must have at least 8 characters." {
		t.Fatalf("short passphrase: %q", p.problem.Text)
	}
	p.pass.SetText("kopi tubruk pagi")
	p.again.SetText("kopi tubruk siang")
	p.again.OnSubmitted(p.again.Text) // Enter submits
	if !strings.Contains(p.problem.Text, "differ") {
		t.Fatalf("different passphrases: %q", p.problem.Text)
	}
	p.again.SetText("kopi tubruk pagi")
	test.Tap(p.ok)
	f.env.Wait()
	f.env.Wait() // afterProtect
	if ok, _ := f.store.Protected(ctx); !ok {
		t.Fatalf("not protected; problem %q", p.problem.Text)
	}
	if f.env.Changes == 0 {
		t.Error("Changed not called after protecting")
	}
	// An encrypted backup was taken, and the plain ones are offered for removal.
	if backupCount(t, f, true) != 1 {
		t.Errorf("%d encrypted backups after protecting, want 1", backupCount(t, f, true))
	}
	if confirmPlain == nil || !strings.Contains(kittest.OverlayText(f.win), "plain text") {
		t.Fatalf("no offer to remove plain backups:\n%s", kittest.OverlayText(f.win))
	}
	confirmPlain.Confirm()
	if n := backupCount(t, f, false); n != 0 {
		t.Errorf("%d plain backups left after removing them", n)
	}

	// Open it again: locked.
	f.store.Close()
	f.open(t, path)
	people, err := data.All[data.Person](ctx, f.store)
	if err != nil {
		t.Fatal(err)
	}
	locked := 0
	for _, pr := range people {
		if data.IsLocked(pr.PassportNo) {
			locked++
		}
	}
	if locked == 0 {
		t.Fatal("no passport number reads as locked after reopening")
	}
	b := newBanner(f.env.Env)
	f.env.Wait()
	if !b.box.Visible() || !strings.Contains(b.text.Text, "locked") {
		t.Fatal("the lock banner is hidden on a locked event")
	}

	done := 0
	u := newUnlockForm(f.env.Env, func() { done++ })
	f.env.Wait()
	test.Type(u.pass, "kopi tubruk siang")
	u.pass.OnSubmitted(u.pass.Text) // Enter
	f.env.Wait()
	if !u.problem.Visible() || !strings.HasPrefix(u.problem.Text, "Wrong passphrase") {
		t.Fatalf("wrong passphrase: %q", u.problem.Text)
	}
	if f.store.Unlocked() || done != 0 || !strings.Contains(kittest.OverlayText(f.win), "Unlock protected fields") {
		t.Fatal("the dialog did not stay after a wrong passphrase")
	}
	changes := f.env.Changes
	test.Type(u.pass, "kopi tubruk pagi")
	test.Tap(u.ok)
	f.env.Wait()
	if !f.store.Unlocked() || done != 1 || f.env.Changes != changes+1 {
		t.Fatalf("unlocked %v, done %d, changes %d: %q", f.store.Unlocked(), done, f.env.Changes-changes, u.problem.Text)
	}
	if b.box.Visible() {
		t.Error("the lock banner still shows after unlocking")
	}
	people, _ = data.All[data.Person](ctx, f.store)
	for _, pr := range people {
		if data.IsLocked(pr.PassportNo) || data.IsLocked(pr.Medical) {
			t.Fatalf("%s still locked", pr.FullName)
		}
	}
}

func TestBannerHiddenOnUnprotectedEvent(t *testing.T) {
	f := newFixture(t)
	b := newBanner(f.env.Env)
	f.env.Wait()
	if b.box.Visible() {
		t.Error("the lock banner shows on an event without a passphrase")
	}
	// Unlock on an unprotected event says so.
	newUnlockForm(f.env.Env, nil)
	f.env.Wait()
	if !strings.Contains(kittest.OverlayText(f.win), "This event has no passphrase") {
		t.Errorf("unlock on an unprotected event:\n%s", kittest.OverlayText(f.win))
	}
}

func backupCount(t *testing.T, f *fixture, encrypted bool) int {
	t.Helper()
	n := 0
	list, err := listBackups(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if b.Encrypted == encrypted {
			n++
		}
	}
	return n
}
