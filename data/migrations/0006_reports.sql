-- 0006: what the daily and end-of-event reports need: an assignment split
-- into shifts, the hand-over between two LOs, the LO's own daily notes,
-- the coordinator's evaluation of each LO, and lessons recorded during
-- the event.
CREATE TABLE shift (
    id TEXT PRIMARY KEY NOT NULL,
    assignment_id TEXT REFERENCES assignment(id) DEFERRABLE INITIALLY DEFERRED,
    starts TEXT,
    ends TEXT,
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX shift_assignment_id ON shift(assignment_id);

CREATE TABLE handover (
    id TEXT PRIMARY KEY NOT NULL,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    from_lo_id TEXT REFERENCES lo(id) DEFERRABLE INITIALLY DEFERRED,
    to_lo_id TEXT REFERENCES lo(id) DEFERRABLE INITIALLY DEFERRED,
    handed_at TEXT,
    note TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX handover_delegation_id ON handover(delegation_id);

CREATE TABLE lo_note (
    id TEXT PRIMARY KEY NOT NULL,
    lo_id TEXT REFERENCES lo(id) DEFERRABLE INITIALLY DEFERRED,
    day TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lo_note_lo_id ON lo_note(lo_id);

CREATE TABLE lo_evaluation (
    id TEXT PRIMARY KEY NOT NULL,
    lo_id TEXT REFERENCES lo(id) DEFERRABLE INITIALLY DEFERRED,
    punctuality INTEGER NOT NULL DEFAULT 0,
    protocol INTEGER NOT NULL DEFAULT 0,
    communication INTEGER NOT NULL DEFAULT 0,
    initiative INTEGER NOT NULL DEFAULT 0,
    overall INTEGER NOT NULL DEFAULT 0,
    engage_again INTEGER NOT NULL DEFAULT 0,
    comments TEXT NOT NULL DEFAULT '',
    evaluated_by TEXT NOT NULL DEFAULT '',
    evaluated_at TEXT,
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lo_evaluation_lo_id ON lo_evaluation(lo_id);

CREATE TABLE lesson (
    id TEXT PRIMARY KEY NOT NULL,
    recorded_at TEXT,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    department TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
