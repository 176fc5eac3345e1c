package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"
)

// Re-stamping moves some of this file's own changes to a new replica id,
// each with a fresh stamp from the clock, in their order. Two things need
// it (docs/design.md, "Clocks" and "Copies"):
//
//   - A clock that ran more than a day fast stamped changes that every
//     laptop with a right clock holds back. Once the clock is right again
//     (at open), those changes are re-stamped now, under a new id, and the
//     clock goes on from the newest stamp that is not too far ahead. The
//     old id stays this file's (OwnIDs): its packs are this file's to
//     compact away, and its changes are never merged back.
//   - Another copy of this file (a cloned disk) wrote under the same id.
//     The changes this copy has not sent yet are re-stamped under a new id;
//     the other copy keeps the old one.
//
// Every place a stamp is kept moves with it: the change log, field stamps,
// the rows' insert stamps, reviewed-field history and kept conflicts.

const metaOwnIDs = "own_ids" // earlier ids of this file itself, space-separated

// Restamped says what a re-stamping did.
type Restamped struct {
	Old, New string // replica ids
	Changes  int    // changes re-stamped
}

// Recovered is what the clock recovery did when the file was opened (zero
// if nothing was needed).
func (s *Store) Recovered() Restamped { return s.recovered }

// OwnIDs lists the ids this file writes or wrote under: its own, then
// earlier ones left by a clock recovery.
func (s *Store) OwnIDs() []string { return append([]string{s.replica}, s.earlier...) }

func (s *Store) isOwn(id string) bool { return id == s.replica || slices.Contains(s.earlier, id) }

// loadOwnIDs reads the earlier own ids.
func (s *Store) loadOwnIDs(ctx context.Context) error {
	var v string
	err := s.rw.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", metaOwnIDs).Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("read own ids: %w", err)
	}
	s.earlier = strings.Fields(v)
	return nil
}

// recoverClock re-stamps this file's changes stamped more than
// MaxClockAhead after the clock (see above).
func (s *Store) recoverClock(ctx context.Context) error {
	limit := MakeHLC(s.clock.now().Add(MaxClockAhead), 1<<hlcLogicalBits-1)
	rows, err := s.rw.QueryContext(ctx, "SELECT DISTINCT hlc FROM change_log WHERE replica = ? AND hlc > ? ORDER BY hlc", s.replica, int64(limit))
	if err != nil {
		return fmt.Errorf("clock: %w", err)
	}
	var olds []HLC
	for rows.Next() {
		var h HLC
		if err := rows.Scan(&h); err != nil {
			rows.Close()
			return err
		}
		olds = append(olds, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(olds) == 0 {
		return err
	}
	// Is the clock right now, or behind (a laptop whose clock battery
	// died)? Behind, every other laptop's changes would look far ahead too:
	// then nothing is re-stamped (re-stamping into the past would make this
	// laptop's changes lose to older ones).
	own := "'" + strings.Join(s.OwnIDs(), "', '") + "'"
	var others, near int
	err = s.rw.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(hlc <= ?), 0) FROM
		(SELECT max(hlc) AS hlc FROM change_log WHERE replica NOT IN (`+own+`) GROUP BY replica)`, int64(limit)).Scan(&others, &near)
	if err != nil {
		return fmt.Errorf("clock: %w", err)
	}
	if others > 0 && near == 0 {
		return nil
	}
	var base sql.NullInt64
	if err := s.rw.QueryRowContext(ctx, "SELECT max(hlc) FROM change_log WHERE hlc <= ?", int64(limit)).Scan(&base); err != nil {
		return fmt.Errorf("clock: %w", err)
	}
	s.clock.Reset(HLC(base.Int64))
	res, err := s.restamp(ctx, olds, true)
	if err != nil {
		return fmt.Errorf("clock recovery: %w", err)
	}
	s.recovered = res
	return nil
}

// Fork gives this file a new replica id because another copy writes under
// the current one, and re-stamps under the new id its own changes with the
// given stamps (those the other copy's packs do not hold). The packs this
// file wrote under the old id become the other copy's.
func (s *Store) Fork(ctx context.Context, unsent []HLC) (Restamped, error) {
	res, err := s.restamp(ctx, unsent, false)
	if err != nil {
		return res, fmt.Errorf("new identity: %w", err)
	}
	return res, nil
}

func (s *Store) restamp(ctx context.Context, olds []HLC, keepOld bool) (Restamped, error) {
	nid, err := uuid.NewV7()
	if err != nil {
		return Restamped{}, err
	}
	res := Restamped{Old: s.replica, New: nid.String()}
	earlier := s.earlier
	if keepOld {
		earlier = append([]string{res.Old}, earlier...)
	}
	err = s.Write(ctx, func(tx *Tx) error {
		if _, err := tx.exec("CREATE TEMP TABLE IF NOT EXISTS restamp(old INTEGER PRIMARY KEY, new INTEGER NOT NULL)"); err != nil {
			return err
		}
		if _, err := tx.exec("DELETE FROM restamp"); err != nil {
			return err
		}
		slices.Sort(olds)
		for _, h := range slices.Compact(olds) {
			if _, err := tx.exec("INSERT INTO restamp(old, new) VALUES (?, ?)", int64(h), int64(s.clock.Next())); err != nil {
				return err
			}
		}
		// Each place holding a (stamp, replica) pair of a change.
		type pair struct{ table, hlc, replica string }
		places := []pair{
			{"change_log", "hlc", "replica"},
			{"stamp", "hlc", "replica"},
			{"sync_seen", "hlc", "replica"},
			{"sync_seen", "seen_hlc", "seen_replica"},
			{"sync_conflict", "hlc", "replica"},
			{"sync_conflict", "winner_hlc", "winner_replica"},
		}
		for _, r := range AllRecords() {
			places = append(places, pair{infoOf(r).name, "hlc", "replica"})
		}
		for _, p := range places {
			q := fmt.Sprintf(`UPDATE %[1]s SET %[2]s = (SELECT new FROM restamp WHERE old = %[1]s.%[2]s), %[3]s = ?
				WHERE %[3]s = ? AND %[2]s IN (SELECT old FROM restamp)`, p.table, p.hlc, p.replica)
			r, err := tx.exec(q, res.New, res.Old)
			if err != nil {
				return fmt.Errorf("%s: %w", p.table, err)
			}
			if p.table == "change_log" {
				n, _ := r.RowsAffected()
				res.Changes = int(n)
			}
		}
		if !keepOld {
			if _, err := tx.exec("UPDATE sync_pack SET mine = 0, merged = 1 WHERE mine = 1 AND replica = ?", res.Old); err != nil {
				return err
			}
		}
		const up = "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
		if _, err := tx.exec(up, "replica_id", res.New); err != nil {
			return err
		}
		if _, err := tx.exec(up, metaOwnIDs, strings.Join(earlier, " ")); err != nil {
			return err
		}
		_, err := tx.exec("DROP TABLE restamp")
		return err
	})
	if err != nil {
		return Restamped{}, err
	}
	s.replica, s.earlier = res.New, earlier
	return res, nil
}
