package backup

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzRestore feeds arbitrary bytes to Restore as a backup: it must never
// panic, never change the backup, and leave the target whole or absent
// (nothing else beside it).
func FuzzRestore(f *testing.F) {
	ctx := context.Background()
	dir := f.TempDir()
	s := newEvent(f, dir, "Seed", 20)
	info, err := Backup(ctx, s, dir, time.Now())
	if err != nil {
		f.Fatal(err)
	}
	good, err := os.ReadFile(info.Path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:100])
	f.Add(good[:len(good)/2])
	flipped := bytes.Clone(good)
	for i := 4096; i < len(flipped); i += 4096 {
		flipped[i+100] ^= 0x5a
	}
	f.Add(flipped)
	f.Add([]byte("SQLite format 3\x00"))
	f.Add([]byte(ageMagic + ageKeyPrefix + "lodesk-backup-key:1 argon2id:1$1$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA lodesk-enc:1:AAAA\nage-encryption.org/v1\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, blob []byte) {
		dir := t.TempDir()
		from := filepath.Join(dir, "in"+Ext)
		if err := os.WriteFile(from, blob, 0o600); err != nil {
			t.Fatal(err)
		}
		to := filepath.Join(dir, "out.lodesk")
		err := RestoreAs(ctx, from, to, "a passphrase")
		after, rerr := os.ReadFile(from)
		if rerr != nil || !bytes.Equal(after, blob) {
			t.Fatal("Restore changed the backup")
		}
		entries, _ := os.ReadDir(dir)
		want := 1
		if err == nil {
			want = 2
		} else if _, serr := os.Stat(to); serr == nil {
			t.Fatalf("Restore failed (%v) but left %s", err, to)
		}
		if len(entries) != want {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Fatalf("Restore (err %v) left %v", err, names)
		}
	})
}
