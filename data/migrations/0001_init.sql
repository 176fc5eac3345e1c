-- 0001: the whole domain model, the field stamps and the change log.
-- Every synced table has: id (UUIDv7), the domain columns, search (folded
-- names for search, derived locally, never synced), hlc and replica (the
-- stamp of the insert; later field writes are stamped in "stamp"), and
-- deleted (tombstone). Rows are never removed: a delete is a tombstone with
-- its personal fields erased, so references stay valid for sync.
-- Foreign keys are deferred so a merge can apply rows in any order inside
-- one transaction.

PRAGMA application_id = 1280263243;

CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Per-field stamps of writes after the insert.
CREATE TABLE stamp (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id, field)
) WITHOUT ROWID;

-- Every write, in the order it was made or merged here. op: insert (value is
-- a JSON object of all fields), update (value is the field's JSON value) or
-- delete (field is empty).
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY,
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    value TEXT
);
CREATE INDEX change_log_row ON change_log(tbl, row_id);
CREATE INDEX change_log_origin ON change_log(replica, hlc);

CREATE TABLE event (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    venues TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT '',
    host_country TEXT NOT NULL DEFAULT '',
    chair_delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    coordinator TEXT NOT NULL DEFAULT '',
    coordinator_phone TEXT NOT NULL DEFAULT '',
    default_lang TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0,
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);


CREATE TABLE delegation (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    precedence INTEGER NOT NULL DEFAULT 0,
    relations TEXT NOT NULL DEFAULT '',
    relations_notes TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE person (
    id TEXT PRIMARY KEY NOT NULL,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL DEFAULT '',
    honorific TEXT NOT NULL DEFAULT '',
    full_name TEXT NOT NULL DEFAULT '',
    native_name TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    nationality TEXT NOT NULL DEFAULT '',
    passport_no TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    dietary TEXT NOT NULL DEFAULT '',
    allergies TEXT NOT NULL DEFAULT '',
    medical TEXT NOT NULL DEFAULT '',
    mobility TEXT NOT NULL DEFAULT '',
    handling_notes TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    photo BLOB,
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX person_delegation_id ON person(delegation_id);

CREATE TABLE vehicle (
    id TEXT PRIMARY KEY NOT NULL,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    plate TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT '',
    capacity INTEGER NOT NULL DEFAULT 0,
    driver TEXT NOT NULL DEFAULT '',
    driver_phone TEXT NOT NULL DEFAULT '',
    patwal INTEGER NOT NULL DEFAULT 0,
    patwal_unit TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX vehicle_delegation_id ON vehicle(delegation_id);

CREATE TABLE travel_leg (
    id TEXT PRIMARY KEY NOT NULL,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    direction TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '',
    flight_no TEXT NOT NULL DEFAULT '',
    airport TEXT NOT NULL DEFAULT '',
    terminal TEXT NOT NULL DEFAULT '',
    scheduled TEXT,
    time_zone TEXT NOT NULL DEFAULT '',
    vip_lounge INTEGER NOT NULL DEFAULT 0,
    meeting_point TEXT NOT NULL DEFAULT '',
    vehicle_id TEXT REFERENCES vehicle(id) DEFERRABLE INITIALLY DEFERRED,
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX travel_leg_delegation_id ON travel_leg(delegation_id);
CREATE INDEX travel_leg_person_id ON travel_leg(person_id);
CREATE INDEX travel_leg_vehicle_id ON travel_leg(vehicle_id);

CREATE TABLE accommodation (
    id TEXT PRIMARY KEY NOT NULL,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    hotel TEXT NOT NULL DEFAULT '',
    rooms TEXT NOT NULL DEFAULT '',
    check_in TEXT,
    check_out TEXT,
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX accommodation_delegation_id ON accommodation(delegation_id);
CREATE INDEX accommodation_person_id ON accommodation(person_id);

CREATE TABLE lo (
    id TEXT PRIMARY KEY NOT NULL,
    full_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    experience INTEGER NOT NULL DEFAULT 0,
    skills TEXT NOT NULL DEFAULT '',
    available_from TEXT NOT NULL DEFAULT '',
    available_to TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    photo BLOB,
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sop_template (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0,
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sop_item (
    id TEXT PRIMARY KEY NOT NULL,
    template_id TEXT REFERENCES sop_template(id) DEFERRABLE INITIALLY DEFERRED,
    phase TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    text_en TEXT NOT NULL DEFAULT '',
    text_id TEXT NOT NULL DEFAULT '',
    needs_recheck INTEGER NOT NULL DEFAULT 0,
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sop_item_template_id ON sop_item(template_id);

CREATE TABLE assignment (
    id TEXT PRIMARY KEY NOT NULL,
    lo_id TEXT REFERENCES lo(id) DEFERRABLE INITIALLY DEFERRED,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL DEFAULT '',
    from_date TEXT NOT NULL DEFAULT '',
    to_date TEXT NOT NULL DEFAULT '',
    template_id TEXT REFERENCES sop_template(id) DEFERRABLE INITIALLY DEFERRED,
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX assignment_lo_id ON assignment(lo_id);
CREATE INDEX assignment_delegation_id ON assignment(delegation_id);
CREATE INDEX assignment_person_id ON assignment(person_id);
CREATE INDEX assignment_template_id ON assignment(template_id);

CREATE TABLE programme_item (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    starts TEXT,
    ends TEXT,
    venue TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    dress_code TEXT NOT NULL DEFAULT '',
    attendees TEXT NOT NULL DEFAULT '',
    hod_only INTEGER NOT NULL DEFAULT 0,
    photo INTEGER NOT NULL DEFAULT 0,
    seating INTEGER NOT NULL DEFAULT 0,
    row_sizes TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE seat (
    id TEXT PRIMARY KEY NOT NULL,
    item_id TEXT REFERENCES programme_item(id) DEFERRABLE INITIALLY DEFERRED,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    seat TEXT NOT NULL DEFAULT '',
    photo_row INTEGER NOT NULL DEFAULT 0,
    photo_place INTEGER NOT NULL DEFAULT 0,
    fixed INTEGER NOT NULL DEFAULT 0,
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX seat_item_id ON seat(item_id);
CREATE INDEX seat_delegation_id ON seat(delegation_id);
CREATE INDEX seat_person_id ON seat(person_id);

CREATE TABLE checklist_item (
    id TEXT PRIMARY KEY NOT NULL,
    assignment_id TEXT REFERENCES assignment(id) DEFERRABLE INITIALLY DEFERRED,
    sop_item_id TEXT REFERENCES sop_item(id) DEFERRABLE INITIALLY DEFERRED,
    phase TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    text_en TEXT NOT NULL DEFAULT '',
    text_id TEXT NOT NULL DEFAULT '',
    needs_recheck INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT '',
    checked_by TEXT NOT NULL DEFAULT '',
    checked_at TEXT,
    rechecked_by TEXT NOT NULL DEFAULT '',
    rechecked_at TEXT,
    na_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checklist_item_assignment_id ON checklist_item(assignment_id);
CREATE INDEX checklist_item_sop_item_id ON checklist_item(sop_item_id);

CREATE TABLE request (
    id TEXT PRIMARY KEY NOT NULL,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
    category TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    received_at TEXT,
    department TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    response TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX request_delegation_id ON request(delegation_id);
CREATE INDEX request_person_id ON request(person_id);

CREATE TABLE incident (
    id TEXT PRIMARY KEY NOT NULL,
    occurred_at TEXT,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    severity TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    resolved INTEGER NOT NULL DEFAULT 0,
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX incident_delegation_id ON incident(delegation_id);

CREATE TABLE gift (
    id TEXT PRIMARY KEY NOT NULL,
    lo_id TEXT REFERENCES lo(id) DEFERRABLE INITIALLY DEFERRED,
    from_whom TEXT NOT NULL DEFAULT '',
    received_at TEXT,
    item TEXT NOT NULL DEFAULT '',
    amount REAL NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT '',
    value_idr INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX gift_lo_id ON gift(lo_id);

CREATE TABLE contact (
    id TEXT PRIMARY KEY NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    radio_channel TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE country_brief (
    id TEXT PRIMARY KEY NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    relations TEXT NOT NULL DEFAULT '',
    etiquette TEXT NOT NULL DEFAULT '',
    phrases TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE print_log (
    id TEXT PRIMARY KEY NOT NULL,
    printed_at TEXT,
    printed_by TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL DEFAULT '',
    for_whom TEXT NOT NULL DEFAULT '',
    redacted INTEGER NOT NULL DEFAULT 0,
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX delegation_code ON delegation(code);
CREATE INDEX travel_leg_scheduled ON travel_leg(scheduled);
CREATE INDEX programme_item_starts ON programme_item(starts);
CREATE INDEX country_brief_country ON country_brief(country);
