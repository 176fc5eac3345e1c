package backup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"lodesk/data"
)

// RestoreAs copies the backup at from into the new event file to: a plain
// backup after checking it with data.VerifyFile, an encrypted one by
// decrypting it with the event passphrase (as it was when the backup was
// taken). It never overwrites a file, never writes to the backup, and
// refuses a target on a network share. The copy is checked and synced
// before it takes its name, so to is whole or absent. The caller then
// opens it with data.Open, which gives the restored file its own replica
// id.
func RestoreAs(ctx context.Context, from, to, passphrase string) error {
	for _, p := range []string{to, to + "-wal", to + "-shm", to + "-journal"} {
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("restore %s to %s: %s: %w", from, to, p, data.ErrExists)
		}
	}
	if err := CheckLive(to); err != nil {
		return fmt.Errorf("restore %s: %w", from, err)
	}
	enc, err := Encrypted(from)
	if err != nil {
		return fmt.Errorf("restore %s: %w", from, err)
	}
	if !enc {
		if err := data.VerifyFile(ctx, from); err != nil {
			return fmt.Errorf("restore %s: %w", from, err)
		}
	}
	dir, base := filepath.Split(to)
	if dir == "" {
		dir = "."
	}
	data.RemoveLeftovers(to) // of a restore into the same name that was killed
	tmp, err := os.CreateTemp(dir, base+".*.partial")
	if err != nil {
		return fmt.Errorf("restore %s to %s: %w", from, to, err)
	}
	tmpName := tmp.Name()
	done := false
	defer func() {
		if !done {
			tmp.Close()
			_ = os.Remove(tmpName)
		}
	}()
	if enc {
		err = decryptTo(from, tmp, passphrase)
	} else {
		err = copyFrom(tmp, from)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("restore %s to %s: %w", from, to, err)
	}
	if err := data.VerifyFile(ctx, tmpName); err != nil {
		if enc {
			return fmt.Errorf("restore %s: %w", from, &data.DamageError{Path: from, Problems: []string{err.Error()}})
		}
		return fmt.Errorf("restore %s to %s: the copy: %w", from, to, err)
	}
	if err := placeNew(tmpName, to); err != nil {
		return fmt.Errorf("restore %s to %s: %w", from, to, err)
	}
	done = true
	if err := data.SyncDir(dir); err != nil {
		return fmt.Errorf("restore %s to %s: %w", from, to, err)
	}
	return nil
}

func copyFrom(w io.Writer, path string) error {
	in, err := os.Open(path)
	if err != nil {
		return err
	}
	defer in.Close()
	_, err = io.Copy(w, in)
	return err
}

// placeNew gives tmp the name to, refusing to replace a file: a hard link
// fails if to exists; where links are not supported (FAT on a USB stick)
// it checks, then renames.
func placeNew(tmp, to string) error {
	err := os.Link(tmp, to)
	if err == nil {
		return os.Remove(tmp)
	}
	if errors.Is(err, os.ErrExist) {
		return data.ErrExists
	}
	if _, serr := os.Lstat(to); serr == nil {
		return data.ErrExists
	}
	return os.Rename(tmp, to)
}
