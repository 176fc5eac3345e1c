-- 0007: accreditation and access, motorcades, embassy focal points and
-- Notes Verbales (issue #21).
-- The event's access zones ("apron; vip; plenary"); a badge (number,
-- category, zones) for people and LOs; a car pass and zones for vehicles.
ALTER TABLE event ADD COLUMN zones TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN badge_no TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN badge_category TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN zones TEXT NOT NULL DEFAULT '';
ALTER TABLE lo ADD COLUMN badge_no TEXT NOT NULL DEFAULT '';
ALTER TABLE lo ADD COLUMN badge_category TEXT NOT NULL DEFAULT '';
ALTER TABLE lo ADD COLUMN zones TEXT NOT NULL DEFAULT '';
ALTER TABLE vehicle ADD COLUMN car_pass TEXT NOT NULL DEFAULT '';
ALTER TABLE vehicle ADD COLUMN zones TEXT NOT NULL DEFAULT '';

-- A contact is a department's (department set) or a delegation's
-- (delegation_id set: its embassy, protecting power, protocol officer).
ALTER TABLE contact ADD COLUMN delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE contact ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN email TEXT NOT NULL DEFAULT '';
CREATE INDEX contact_delegation_id ON contact(delegation_id);

-- A movement of a delegation (arrival, departure, transfer to a
-- programme item) and its convoy, car by car in driving order.
CREATE TABLE movement (
    id TEXT PRIMARY KEY NOT NULL,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL DEFAULT '',
    travel_leg_id TEXT REFERENCES travel_leg(id) DEFERRABLE INITIALLY DEFERRED,
    item_id TEXT REFERENCES programme_item(id) DEFERRABLE INITIALLY DEFERRED,
    starts TEXT,
    ends TEXT,
    from_place TEXT NOT NULL DEFAULT '',
    to_place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX movement_delegation_id ON movement(delegation_id);
CREATE INDEX movement_starts ON movement(starts);

CREATE TABLE convoy_car (
    id TEXT PRIMARY KEY NOT NULL,
    movement_id TEXT REFERENCES movement(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    role TEXT NOT NULL DEFAULT '',
    vehicle_id TEXT REFERENCES vehicle(id) DEFERRABLE INITIALLY DEFERRED,
    driver TEXT NOT NULL DEFAULT '',
    driver_phone TEXT NOT NULL DEFAULT '',
    riders TEXT NOT NULL DEFAULT '',
    flags TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX convoy_car_movement_id ON convoy_car(movement_id);
CREATE INDEX convoy_car_vehicle_id ON convoy_car(vehicle_id);

-- The Notes Verbales exchanged with a delegation's embassy.
CREATE TABLE note_verbale (
    id TEXT PRIMARY KEY NOT NULL,
    delegation_id TEXT REFERENCES delegation(id) DEFERRABLE INITIALLY DEFERRED,
    reference TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    follow_up_due TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search TEXT NOT NULL DEFAULT '',
    hlc INTEGER NOT NULL,
    replica TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX note_verbale_delegation_id ON note_verbale(delegation_id);
CREATE INDEX note_verbale_follow_up ON note_verbale(follow_up_due);
