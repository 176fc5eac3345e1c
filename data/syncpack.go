package data

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PackRecord is what this file knows of one pack file: one it has read and
// verified, or one it wrote (Mine: the ledger). Packs are named by their
// trailer, the checksum or MAC of their content.
type PackRecord struct {
	Trailer   string
	Replica   string // the writer, whose subfolder holds it
	Number    int
	Mine      bool // written by this file
	Snapshot  bool // replaces every lower-numbered pack of its subfolder
	Format    int
	KeyID     string // the event key it is authenticated with ("" for a plain pack)
	EraseMark int64  // own packs: EraseMark when it was written
	Merged    bool   // every change applied or already here: not read again
	Removed   bool   // own packs: replaced by a snapshot and removed
	Stamps    StampSet
}

// PackRecords lists what this file knows of packs, by trailer.
func (s *Store) PackRecords(ctx context.Context) (map[string]*PackRecord, error) {
	rows, err := s.ro.QueryContext(ctx, `SELECT trailer, replica, number, mine, snapshot, format, key_id, erase_mark, merged, removed, stamps FROM sync_pack`)
	if err != nil {
		return nil, fmt.Errorf("sync packs: %w", err)
	}
	defer rows.Close()
	out := map[string]*PackRecord{}
	for rows.Next() {
		r := &PackRecord{}
		var blob []byte
		if err := rows.Scan(&r.Trailer, &r.Replica, &r.Number, &r.Mine, &r.Snapshot, &r.Format, &r.KeyID, &r.EraseMark, &r.Merged, &r.Removed, &blob); err != nil {
			return nil, fmt.Errorf("sync packs: %w", err)
		}
		if err := r.Stamps.UnmarshalBinary(blob); err != nil {
			return nil, fmt.Errorf("sync pack %s: %w", r.Trailer, err)
		}
		out[r.Trailer] = r
	}
	return out, rows.Err()
}

// RecordPack records a pack (replacing what was known of it).
func (s *Store) RecordPack(ctx context.Context, r *PackRecord) error {
	return s.Write(ctx, func(tx *Tx) error { return tx.recordPack(r) })
}

func (tx *Tx) recordPack(r *PackRecord) error {
	blob, _ := r.Stamps.MarshalBinary()
	_, err := tx.exec(`INSERT INTO sync_pack(trailer, replica, number, mine, snapshot, format, key_id, erase_mark, merged, removed, stamps, seen)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(trailer) DO UPDATE SET replica = excluded.replica, number = excluded.number, mine = excluded.mine,
		snapshot = excluded.snapshot, format = excluded.format, key_id = excluded.key_id, erase_mark = excluded.erase_mark,
		merged = excluded.merged, removed = excluded.removed, stamps = excluded.stamps, seen = excluded.seen`,
		r.Trailer, r.Replica, r.Number, r.Mine, r.Snapshot, r.Format, r.KeyID, r.EraseMark, r.Merged, r.Removed, blob, tx.s.clock.now().Unix())
	if err != nil {
		return fmt.Errorf("record pack: %w", err)
	}
	return nil
}

// RemovedPacks notes that this file removed its own packs with these
// trailers from a folder (a snapshot replaced them): it keeps knowing them
// as its own, without their stamps.
func (s *Store) RemovedPacks(ctx context.Context, trailers []string) error {
	if len(trailers) == 0 {
		return nil
	}
	return s.Write(ctx, func(tx *Tx) error {
		for _, t := range trailers {
			if _, err := tx.exec("UPDATE sync_pack SET removed = 1, stamps = x'' WHERE trailer = ? AND mine = 1", t); err != nil {
				return fmt.Errorf("removed pack: %w", err)
			}
		}
		return nil
	})
}

// packMemory is how long a pack no folder has shown is remembered: a
// laptop may use a second folder now and then.
const packMemory = 60 * 24 * time.Hour

// SeenPacks notes that a folder showed these packs now, and forgets the
// packs of others no folder has shown for two months.
func (s *Store) SeenPacks(ctx context.Context, trailers []string) error {
	now := s.clock.now()
	return s.Write(ctx, func(tx *Tx) error {
		for _, t := range trailers {
			if _, err := tx.exec("UPDATE sync_pack SET seen = ? WHERE trailer = ?", now.Unix(), t); err != nil {
				return err
			}
		}
		_, err := tx.exec("DELETE FROM sync_pack WHERE mine = 0 AND seen < ?", now.Add(-packMemory).Unix())
		return err
	})
}

// LogStamps lists the stamps of every change this file holds, or only of
// the changes of the given origins.
func (s *Store) LogStamps(ctx context.Context, origins ...string) (StampSet, error) {
	q, args := "SELECT replica, hlc FROM change_log GROUP BY replica, hlc ORDER BY replica, hlc", []any(nil)
	if len(origins) > 0 {
		q = "SELECT replica, hlc FROM change_log WHERE replica IN (?" + strings.Repeat(", ?", len(origins)-1) +
			") GROUP BY replica, hlc ORDER BY replica, hlc"
		for _, o := range origins {
			args = append(args, o)
		}
	}
	rows, err := s.ro.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("change log stamps: %w", err)
	}
	defer rows.Close()
	out := StampSet{}
	var o sql.RawBytes // rows come by origin: one string per origin, not per row
	var origin string
	var hs []HLC
	for rows.Next() {
		var h HLC
		if err := rows.Scan(&o, &h); err != nil {
			return nil, err
		}
		if string(o) != origin || hs == nil {
			if hs != nil {
				out[origin] = hs
			}
			origin, hs = string(o), out[string(o)]
		}
		hs = append(hs, h)
	}
	if hs != nil {
		out[origin] = hs
	}
	return out, rows.Err()
}

const metaEraseMark = "erase_mark"

// EraseMark counts the deletions this file has applied (made here or
// merged): packs written before the last one may hold personal data it
// erased.
func (s *Store) EraseMark(ctx context.Context) (int64, error) {
	var v string
	err := s.ro.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", metaEraseMark).Scan(&v)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("erase mark: %w", err)
	}
	n, _ := strconv.ParseInt(v, 10, 64)
	return n, nil
}

// bumpEraseMark notes a deletion.
func (tx *Tx) bumpEraseMark() error {
	_, err := tx.exec(`INSERT INTO meta(key, value) VALUES (?, '1')
		ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`, metaEraseMark)
	return err
}
