package sync

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// IgnoreFile is where Syncthing reads the patterns of the files it must not
// copy, at the top of a shared folder. It is not itself copied: each
// laptop's LO Desk writes its own.
const IgnoreFile = ".stignore"

// ignorePatterns are what LO Desk asks Syncthing to leave alone: its own
// files being written (every temporary name starts with tmpPrefix), and
// what operating systems drop into folders. (?d) lets Syncthing remove
// them when they are all that keeps a removed folder. Syncthing's own
// temporary files (.syncthing.*.tmp, ~syncthing~*.tmp) it ignores by
// itself; its conflict copies (*.sync-conflict-*) must be copied, as they
// are: a conflict copy of a pack is read like any pack (see docs/sync.md).
var ignorePatterns = []string{
	"(?d)" + tmpPrefix + "*",
	"(?d).DS_Store",
	"(?d)Thumbs.db",
	"(?d)desktop.ini",
}

// maxIgnoreFile bounds what is read of an existing .stignore.
const maxIgnoreFile = 64 << 10

// WriteIgnore makes folder's .stignore hold LO Desk's patterns, keeping
// whatever else it holds (a coordinator's own patterns), and writes it
// only when one is missing: a temporary file renamed over the old one, so
// that Syncthing never reads half of it. A .stignore that is not a regular
// file (a link, a folder) is left as it is.
func WriteIgnore(folder string) error {
	path := filepath.Join(folder, IgnoreFile)
	old, err := readIgnore(path)
	switch {
	case errors.Is(err, ErrNotRegular):
		return nil
	case err != nil:
		return fmt.Errorf("%s: %w", path, err)
	}
	have := map[string]bool{}
	for _, l := range strings.Split(string(old), "\n") {
		have[strings.TrimSpace(l)] = true
	}
	var add []string
	for _, p := range ignorePatterns {
		if !have[p] {
			add = append(add, p)
		}
	}
	if len(add) == 0 {
		return nil
	}
	var b bytes.Buffer
	b.Write(old)
	if len(old) > 0 && !bytes.HasSuffix(old, []byte("\n")) {
		b.WriteByte('\n')
	}
	b.WriteString("// LO Desk: its files being written, and the operating system's; never copied\n")
	for _, p := range add {
		b.WriteString(p + "\n")
	}
	if err := replaceFile(path, b.Bytes()); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readIgnore reads an existing .stignore (nothing if there is none), at
// most maxIgnoreFile bytes of it.
func readIgnore(path string) ([]byte, error) {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, err
	case !fi.Mode().IsRegular():
		return nil, ErrNotRegular
	}
	f, _, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxIgnoreFile+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxIgnoreFile {
		return nil, fmt.Errorf("larger than %d KiB", maxIgnoreFile>>10)
	}
	return b, nil
}

// replaceFile writes b as path through a temporary file renamed over it.
func replaceFile(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), tmpPrefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
	}
	return err
}
