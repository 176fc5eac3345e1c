package sync

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// scan inspects every pack in the replica subfolders of dir: its first and
// last lines, not its body. Packs that fail, and files
// that are not regular or too large to be packs, come back as *PackError:
// they are skipped and reported, and the sync goes on.
func scan(dir string) ([]*packFile, []error, error) {
	subs, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("sync folder: %w", err)
	}
	var good []*packFile
	var bad []error
	for _, sd := range subs {
		if strings.HasPrefix(sd.Name(), ".") {
			continue
		}
		sub := filepath.Join(dir, sd.Name())
		if !sd.IsDir() {
			if sd.Type()&fs.ModeSymlink != 0 { // a linked subfolder is not followed
				bad = append(bad, &PackError{File: sub, Err: ErrNotRegular})
			}
			continue
		}
		files, err := os.ReadDir(sub)
		if err != nil {
			bad = append(bad, &PackError{File: sub, Err: err})
			continue
		}
		for _, f := range files {
			if strings.HasPrefix(f.Name(), ".") || !strings.HasSuffix(f.Name(), Ext) {
				continue
			}
			p := filepath.Join(sub, f.Name())
			if !f.Type().IsRegular() {
				bad = append(bad, &PackError{File: p, Err: ErrNotRegular})
				continue
			}
			pf, err := inspect(p, sd.Name())
			if err != nil {
				bad = append(bad, &PackError{File: p, Err: err})
				continue
			}
			good = append(good, pf)
		}
	}
	sort.Slice(good, func(i, j int) bool { return good[i].path < good[j].path })
	return good, bad, nil
}

// readPack decodes a pack found by scan, reading its file again.
func readPack(p *packFile, passphrase string, k *packKey) (*Pack, error) {
	f, fi, err := openRegular(p.path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi.Size() != p.size {
		return nil, fmt.Errorf("%w: the file changed while it was read", ErrAltered)
	}
	return p.decode(f, passphrase, k)
}

// nextNumber is one more than the highest pack number in sub and than
// floor (the numbers this laptop has recorded in its ledger).
func nextNumber(sub string, floor int) (int, error) {
	files, err := os.ReadDir(sub)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return 0, err
	}
	n := floor
	for _, f := range files {
		if k, ok := packNumber(f.Name()); ok {
			n = max(n, k)
		}
	}
	return n + 1, nil
}

// packNumber reads the number a pack's file name gives it.
func packNumber(name string) (int, bool) {
	k, err := strconv.Atoi(strings.TrimSuffix(name, Ext))
	return k, err == nil && strings.HasSuffix(name, Ext) && k > 0
}

// tmpPrefix starts the name of every file sync writes before it is whole;
// tools that mirror the folder can ignore such names.
const tmpPrefix = ".tmp-"

// placeNew gives the finished file tmp the name path unless something has
// that name.
func placeNew(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		return os.Remove(tmp)
	case errors.Is(err, os.ErrExist):
		return err
	}
	if _, serr := os.Lstat(path); serr == nil {
		return os.ErrExist
	}
	return os.Rename(tmp, path)
}

// syncDir makes new names in dir durable (not possible on Windows).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// removeLeftovers removes what a sync killed while writing left in a
// subfolder this laptop writes: temporary files.
func removeLeftovers(sub string) {
	files, err := os.ReadDir(sub)
	if err != nil {
		return
	}
	for _, f := range files {
		if strings.HasPrefix(f.Name(), tmpPrefix) && f.Type().IsRegular() {
			_ = os.Remove(filepath.Join(sub, f.Name()))
		}
	}
}
