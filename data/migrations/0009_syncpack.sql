-- 0009: what this file knows of sync packs, and the keys it has met.

-- Every pack this file has read and verified, or written (mine = 1: the
-- ledger), by its trailer (its checksum or MAC, which names its content).
-- stamps: the stamps of the changes the pack actually held (data.StampSet),
-- the only knowledge a sync has of what the folder holds. merged: every
-- change was applied or already here (none held back), so the pack is not
-- read again. removed: one of this file's own packs that it has replaced
-- with a snapshot and removed (its stamps are dropped; if a folder shows it
-- again, it is removed again). seen: when a folder last showed it (Unix
-- seconds); the packs of others no folder has shown for long are forgotten.
CREATE TABLE sync_pack (
    trailer TEXT PRIMARY KEY NOT NULL,
    replica TEXT NOT NULL,
    number INTEGER NOT NULL,
    mine INTEGER NOT NULL DEFAULT 0,
    snapshot INTEGER NOT NULL DEFAULT 0,
    format INTEGER NOT NULL,
    key_id TEXT NOT NULL DEFAULT '',
    erase_mark INTEGER NOT NULL DEFAULT 0,
    merged INTEGER NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL,
    seen INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_pack_replica ON sync_pack(replica, number);

-- The event keys this file has met (a laptop that protected the event on
-- its own made another), wrapped with the passphrase, by key id.
CREATE TABLE sync_key (
    id TEXT PRIMARY KEY NOT NULL,
    wrapped TEXT NOT NULL
) WITHOUT ROWID;

-- Knowledge now comes from verified packs (sync_pack), never from the
-- ranges a pack's header claimed.
DROP TABLE sync_range;
