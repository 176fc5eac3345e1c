package sync

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// packFile is a pack found in the folder whose header checked out.
type packFile struct {
	path   string
	raw    []byte
	header Header
}

// scan reads every pack in the replica subfolders of dir. Packs that fail
// the header and checksum checks come back as *PackError.
func scan(dir string) ([]*packFile, []error, error) {
	subs, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("sync folder: %w", err)
	}
	var good []*packFile
	var bad []error
	for _, sd := range subs {
		if !sd.IsDir() || strings.HasPrefix(sd.Name(), ".") {
			continue
		}
		files, err := os.ReadDir(filepath.Join(dir, sd.Name()))
		if err != nil {
			return nil, nil, fmt.Errorf("sync folder: %w", err)
		}
		for _, f := range files {
			if f.IsDir() || strings.HasPrefix(f.Name(), ".") || !strings.HasSuffix(f.Name(), Ext) {
				continue
			}
			p := filepath.Join(dir, sd.Name(), f.Name())
			raw, err := os.ReadFile(p)
			if err != nil {
				bad = append(bad, &PackError{File: p, Err: err})
				continue
			}
			h, _, _, err := ReadHeader(raw)
			if err != nil {
				bad = append(bad, &PackError{File: p, Err: err})
				continue
			}
			good = append(good, &packFile{path: p, raw: raw, header: h})
		}
	}
	sort.Slice(good, func(i, j int) bool { return good[i].path < good[j].path })
	return good, bad, nil
}

// nextNumber is one more than the highest pack number in sub.
func nextNumber(sub string) (int, error) {
	files, err := os.ReadDir(sub)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return 0, err
	}
	n := 0
	for _, f := range files {
		if k, err := strconv.Atoi(strings.TrimSuffix(f.Name(), Ext)); err == nil && strings.HasSuffix(f.Name(), Ext) {
			n = max(n, k)
		}
	}
	return n + 1, nil
}

// writeAtomic writes b as path: a temporary file in the same folder, synced
// to disk, then renamed, so the pack appears whole or not at all.
func writeAtomic(path string, b []byte) (err error) {
	dir := filepath.Dir(path)
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("write %s: %w", path, os.ErrExist)
	}
	f, err := os.CreateTemp(dir, ".tmp-*"+Ext)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(b); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil { // make the rename durable (not possible on Windows)
		_ = d.Sync()
		d.Close()
	}
	return nil
}
