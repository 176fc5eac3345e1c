-- 0003: what sync needs beyond the change log.

-- Per origin replica, the stamps [lo, hi] of which this file holds every
-- change (merged from packs, or written here under an earlier replica id).
-- This replica's own changes are always complete and are not listed.
CREATE TABLE sync_range (
    replica TEXT NOT NULL,
    lo INTEGER NOT NULL,
    hi INTEGER NOT NULL,
    PRIMARY KEY (replica, lo)
) WITHOUT ROWID;

-- For merged writes of fields kept as multi-value registers (person.medical,
-- person.allergies): the writes of the same field the writer had seen when
-- it wrote. A row with seen_hlc = 0 marks a merged write that had seen none.
-- Local writes are not listed: the change log's order tells what they saw.
CREATE TABLE sync_seen (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    seen_hlc INTEGER NOT NULL,
    seen_replica TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id, field, hlc, replica, seen_hlc, seen_replica)
) WITHOUT ROWID;

-- Concurrent versions of a reviewed field that lost to the stored value
-- (winner_hlc, winner_replica), kept until a coordinator chooses.
CREATE TABLE sync_conflict (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    value TEXT,
    winner_hlc INTEGER NOT NULL,
    winner_replica TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id, field, hlc, replica)
) WITHOUT ROWID;
