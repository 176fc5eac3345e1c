// Package backupview gives the main window what it needs to keep an event
// safe: the dialogs that set and enter the event passphrase, the bar that
// says protected fields are locked, the list of backups with "Back up now"
// and restore into a new file, the backup schedule of the open event, and
// the explanation of a file that cannot be opened because it is damaged or
// on a network share (with the newest good backup offered). It is not a
// screen: package ui mounts its pieces (MenuItems, LockBanner,
// StartScheduler, ExplainOpenError). The work is done by data (Protect,
// Unlock) and app/backup; this package only shows it.
package backupview

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"lodesk/app/backup"
	"lodesk/app/event"
	"lodesk/app/paths"
	"lodesk/data"
	"lodesk/ui/kit"
)

// MenuItems are the File menu's items of this package: Protect event…,
// Unlock… and Backups…. open opens an event file (a restored one).
func MenuItems(env kit.Env, open func(string)) []*fyne.MenuItem {
	return []*fyne.MenuItem{
		{Label: lang.L("Protect event…"), Icon: theme.VisibilityOffIcon(), Action: func() { ProtectDialog(env) }},
		{Label: lang.L("Unlock…"), Icon: theme.VisibilityIcon(), Action: func() { UnlockDialog(env, nil) }},
		{Label: lang.L("Backups…"), Icon: theme.HistoryIcon(), Action: func() { BackupsDialog(env, open) }},
	}
}

// Message explains an error of protection, backup or restore in the
// user's language.
func Message(err error) string {
	if m := known(err); m != "" {
		return m
	}
	return lang.L("Something went wrong: {{.Err}}", map[string]any{"Err": err.Error()})
}

// message explains err, falling back to the window's own explanations.
func message(env kit.Env, err error) string {
	if m := known(err); m != "" {
		return m
	}
	if env.Message != nil {
		return env.ErrorText(err)
	}
	return Message(err)
}

// known explains the errors this package's work can end with, or "".
func known(err error) string {
	switch {
	case errors.Is(err, data.ErrWrongPassphrase):
		return lang.L("Wrong passphrase. Check it and try again: capital letters and spaces count.")
	case errors.Is(err, data.ErrWeakPassphrase):
		return lang.L("The passphrase must have at least 8 characters.")
	case errors.Is(err, data.ErrProtected):
		return lang.L("This event is already protected with a passphrase.")
	case errors.Is(err, data.ErrLocked):
		return lang.L("Passport numbers and medical notes are locked. Enter the event passphrase first (File > Unlock…).")
	case errors.Is(err, backup.ErrPassphrase):
		return lang.L("This backup is encrypted. Enter the event passphrase as it was when the backup was taken.")
	case errors.Is(err, backup.ErrNoBackup):
		return lang.L("No good backup of this event was found.")
	case errors.Is(err, backup.ErrNetworkShare):
		return lang.L("LO Desk keeps a live event file only on this computer's own disk, not on a network share. Choose a folder on this computer.")
	case data.IsDamaged(err):
		return lang.L("The file is damaged: SQLite found errors in it.")
	case errors.Is(err, data.ErrExists):
		return lang.L("A file with this name already exists. Choose another name or folder.")
	case errors.Is(err, paths.ErrNoHome):
		return lang.L("LO Desk cannot tell where your own files go: the home folder is not set.")
	}
	return ""
}

// backupDir is the user's backup folder, made if missing.
func backupDir() (string, error) {
	d, err := paths.Default()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(d.Backups, 0o700); err != nil {
		return "", fmt.Errorf("backup folder: %w", err)
	}
	return d.Backups, nil
}

// eventName is the name an event file's backups are filed under.
func eventName(path string) string {
	b := filepath.Base(path)
	return b[:len(b)-len(filepath.Ext(b))]
}

// restoredPath is a new file next to the event file at path for a restored
// backup: "NAME (restored DATE).lodesk", numbered if that is taken.
func restoredPath(path string, now time.Time) string {
	dir, name := filepath.Dir(path), eventName(path)
	day := now.Format(time.DateOnly)
	p := filepath.Join(dir, fmt.Sprintf("%s (restored %s)%s", name, day, event.Ext))
	for i := 2; exists(p) && i < 100; i++ {
		p = filepath.Join(dir, fmt.Sprintf("%s (restored %s, %d)%s", name, day, i, event.Ext))
	}
	return p
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

// stampLayout shows when a backup was taken.
const stampLayout = "2006-01-02 15:04 MST"

// sizeText is a file size for people.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+1023)/1024)
	}
	return fmt.Sprintf("%d B", n)
}

// session is what this package keeps about one open event: its backup
// schedule, whether backups wait for the passphrase, and the lock banners
// and backup lists to refresh.
type session struct {
	sched      *backup.Scheduler
	needUnlock bool // a scheduled backup failed with data.ErrLocked
	banners    []*banner
	lists      []*backupsView
}

var sessions = struct {
	sync.Mutex
	m map[*data.Store]*session
}{m: map[*data.Store]*session{}}

// withSession runs fn with the session of s, under the lock.
func withSession(s *data.Store, fn func(*session)) {
	sessions.Lock()
	defer sessions.Unlock()
	ss := sessions.m[s]
	if ss == nil {
		ss = &session{}
		sessions.m[s] = ss
	}
	fn(ss)
}

// refreshAll redraws the lock banners and backup lists of s.
func refreshAll(s *data.Store) {
	var bs []*banner
	var ls []*backupsView
	withSession(s, func(ss *session) {
		bs = append(bs, ss.banners...)
		ls = append(ls, ss.lists...)
	})
	for _, b := range bs {
		b.load()
	}
	for _, l := range ls {
		l.load()
	}
}
