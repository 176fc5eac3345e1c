// Package backup keeps copies of event files and brings them back: named,
// rotated backups in a folder on the user's own disk (paths.Dirs.Backups,
// not beside the event file), restore into a new file, the schedule the
// window runs (on open, every 30 minutes while the event changes, on
// close), and the refusal of a live event file on a network share. Copies
// are made and checked by the data package; this package decides where,
// when and which to keep.
package backup

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"lodesk/app/fsname"
	"lodesk/data"
)

// Ext ends every backup's name. It is not .lodesk, so that a double click
// never opens a backup as a live event file: a backup is restored into a
// new file.
const Ext = ".lodesk-backup"

// stampLayout is the time in a backup's name: UTC, so names sort in time
// order on a laptop that crosses time zones, and no colons (Windows).
const stampLayout = "2006-01-02 15.04.05Z"

// ErrNoBackup means no good backup of the event was found.
var ErrNoBackup = errors.New("no good backup found")

// Source is what a backup is taken from; *data.Store is one.
type Source interface {
	Name() string // the event file's name without extension
	BackupTo(ctx context.Context, dest string) error
	DataVersion(ctx context.Context) (int64, error)
	// BackupKey is nil for an event without a passphrase; backups of a
	// protected event are encrypted to it.
	BackupKey(ctx context.Context) (*data.BackupKey, error)
}

// Info is one backup in the folder.
type Info struct {
	Path      string
	Event     string    // the event key the backup belongs to
	Time      time.Time // when it was taken, UTC
	Size      int64
	Encrypted bool // restoring it takes the event passphrase
}

// maxKey bounds an event key, in characters, so that a backup's path stays
// well inside Windows' 260 characters from the backup folder.
const maxKey = 80

// EventKey is the name under which an event's backups are filed: the event
// file's name, shortened and made safe for every file system.
func EventKey(name string) string {
	if r := []rune(name); len(r) > maxKey {
		name = string(r[:maxKey])
	}
	return fsname.Safe(name)
}

// FileName is the name of the backup of event taken at t:
// "Jakarta Summit 2026-11-27 03.51.19Z.lodesk-backup".
func FileName(event string, t time.Time) string {
	return EventKey(event) + " " + t.UTC().Format(stampLayout) + Ext
}

// parseName reads a backup's file name back; ok is false for any other file.
func parseName(name string) (event string, t time.Time, ok bool) {
	rest, found := strings.CutSuffix(name, Ext)
	if !found || len(rest) < len(stampLayout)+2 {
		return "", time.Time{}, false
	}
	cut := len(rest) - len(stampLayout)
	if rest[cut-1] != ' ' {
		return "", time.Time{}, false
	}
	t, err := time.Parse(stampLayout, rest[cut:])
	if err != nil {
		return "", time.Time{}, false
	}
	return rest[:cut-1], t.UTC(), true
}

// Backup takes a backup of src into dir (made if missing, readable by the
// user only) and returns it; a protected event's backup is encrypted. Two
// backups in the same second get names a second apart.
func Backup(ctx context.Context, src Source, dir string, now time.Time) (Info, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Info{}, fmt.Errorf("backup %s: %w", src.Name(), err)
	}
	key, err := src.BackupKey(ctx)
	if err != nil {
		return Info{}, fmt.Errorf("backup %s: %w", src.Name(), err)
	}
	t := now.UTC().Truncate(time.Second)
	for range 5 {
		path := filepath.Join(dir, FileName(src.Name(), t))
		err := backupOne(ctx, src, path, key)
		if errors.Is(err, data.ErrExists) {
			t = t.Add(time.Second)
			continue
		}
		if err != nil {
			return Info{}, err
		}
		fi, err := os.Stat(path)
		if err != nil {
			return Info{}, fmt.Errorf("backup %s: %w", src.Name(), err)
		}
		return Info{Path: path, Event: EventKey(src.Name()), Time: t, Size: fi.Size(), Encrypted: key != nil}, nil
	}
	return Info{}, fmt.Errorf("backup %s into %s: %w", src.Name(), dir, data.ErrExists)
}

// backupOne writes one backup to path: the checked copy itself, or, with a
// key, the checked copy encrypted (the plain copy is removed).
func backupOne(ctx context.Context, src Source, path string, key *data.BackupKey) error {
	if key == nil {
		return src.BackupTo(ctx, path)
	}
	if _, err := os.Lstat(path); err == nil {
		return data.ErrExists
	}
	plain := path + ".plain.partial"
	_ = os.Remove(plain) // left by a backup killed in this very second
	if err := src.BackupTo(ctx, plain); err != nil {
		return err
	}
	defer os.Remove(plain)
	if err := encryptFile(plain, path, key); err != nil {
		return fmt.Errorf("backup %s: encrypt: %w", src.Name(), err)
	}
	return nil
}

// List returns the backups of event in dir, newest first. A missing folder
// holds none. Files of other events, and anything not named like a backup,
// are left out.
func List(dir, event string) ([]Info, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups in %s: %w", dir, err)
	}
	key := EventKey(event)
	var out []Info
	for _, e := range entries {
		ev, t, ok := parseName(e.Name())
		if !ok || ev != key || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue // removed while we looked
		}
		p := filepath.Join(dir, e.Name())
		enc, _ := Encrypted(p)
		out = append(out, Info{Path: p, Event: ev, Time: t, Size: fi.Size(), Encrypted: enc})
	}
	slices.SortFunc(out, func(a, b Info) int { return b.Time.Compare(a.Time) })
	return out, nil
}

// Policy says which backups rotation keeps.
type Policy struct {
	Last     int            // the newest Last backups (10 if 0)
	Location *time.Location // days for "one a day" (time.Local if nil)
}

// Keep returns which of list (newest first) the policy keeps: the newest
// p.Last, and the newest of every day.
func (p Policy) Keep(list []Info) []bool {
	last, loc := p.Last, p.Location
	if last <= 0 {
		last = 10
	}
	if loc == nil {
		loc = time.Local
	}
	keep := make([]bool, len(list))
	days := map[string]bool{}
	for i, b := range list {
		day := b.Time.In(loc).Format(time.DateOnly)
		if i < last || !days[day] {
			keep[i] = true
		}
		days[day] = true
	}
	return keep
}

// Prune removes the backups of event that p does not keep, and partial
// copies left by an interrupted backup more than an hour ago. It returns
// what it removed.
func Prune(dir, event string, p Policy, now time.Time) ([]string, error) {
	list, err := List(dir, event)
	if err != nil {
		return nil, err
	}
	var removed []string
	var errs []error
	for i, k := range p.Keep(list) {
		if k {
			continue
		}
		if err := os.Remove(list[i].Path); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, list[i].Path)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !isPartialOf(e.Name(), EventKey(event)) {
			continue
		}
		f := filepath.Join(dir, e.Name())
		if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > time.Hour {
			if os.Remove(f) == nil {
				removed = append(removed, f)
			}
		}
	}
	if len(errs) > 0 {
		return removed, fmt.Errorf("prune backups in %s: %w", dir, errors.Join(errs...))
	}
	return removed, nil
}

// isPartialOf says whether name is an interrupted copy of one of key's
// backups: "NAME.*.partial" (see data.Store.BackupTo) or the plain copy of
// an encrypted one, "NAME.plain.partial".
func isPartialOf(name, key string) bool {
	if !strings.HasSuffix(name, ".partial") {
		return false
	}
	i := strings.Index(name, Ext+".")
	if i < 0 {
		return false
	}
	ev, _, ok := parseName(name[:i+len(Ext)])
	return ok && ev == key
}

// NewestGood returns the newest backup of event in dir that passes Verify,
// and the backups newer than it that did not. Encrypted backups take the
// event passphrase: without it (or with a wrong one) NewestGood stops at
// the first encrypted backup with ErrPassphrase (data.ErrWrongPassphrase).
func NewestGood(ctx context.Context, dir, event, passphrase string) (Info, []error, error) {
	list, err := List(dir, event)
	if err != nil {
		return Info{}, nil, err
	}
	var bad []error
	for _, b := range list {
		err := Verify(ctx, b.Path, passphrase)
		switch {
		case err == nil:
			return b, bad, nil
		case ctx.Err() != nil:
			return Info{}, bad, ctx.Err()
		case errors.Is(err, ErrPassphrase), errors.Is(err, data.ErrWrongPassphrase):
			return Info{}, bad, err
		}
		bad = append(bad, err)
	}
	return Info{}, bad, fmt.Errorf("backups of %s in %s: %w", event, dir, ErrNoBackup)
}

// Verify checks a backup without changing it: data.VerifyFile, after
// decrypting an encrypted one into a temporary file beside it.
func Verify(ctx context.Context, path, passphrase string) error {
	enc, err := Encrypted(path)
	if err != nil {
		return fmt.Errorf("verify %s: %w", path, err)
	}
	if !enc {
		return data.VerifyFile(ctx, path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.partial")
	if err != nil {
		return fmt.Errorf("verify %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	err = decryptTo(path, tmp, passphrase)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := data.VerifyFile(ctx, tmp.Name()); err != nil {
		return &data.DamageError{Path: path, Problems: []string{err.Error()}}
	}
	return nil
}
