-- 0002: the event's data key, wrapped by a key derived from the event
-- passphrase. One field, so that a passphrase change (salt, parameters and
-- wrapped key together) merges as a whole.
ALTER TABLE event ADD COLUMN data_key TEXT NOT NULL DEFAULT '';
