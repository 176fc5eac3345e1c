-- 0004: travel time between two venues, for the itinerary's transfer check.
CREATE TABLE transfer (
    id TEXT PRIMARY KEY NOT NULL,
    from_venue TEXT NOT NULL DEFAULT '',
    to_venue TEXT NOT NULL DEFAULT '',
    minutes INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
