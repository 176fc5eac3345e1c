-- 0011: indexes for the dashboard's alerts, read on every load.
--
-- person_role: the assignment board reads the heads of delegation (1,000
-- of the xlarge demo's 30,000 people); without it SQLite scanned the
-- whole person table.
-- convoy_car_vehicle_movement: the vehicle clashes join convoy cars on
-- their vehicle; with the movement in the index the join reads no car's
-- row (SCAN convoy_car became SEARCH ... USING INDEX).
CREATE INDEX person_role ON person(role) WHERE deleted = 0;
CREATE INDEX convoy_car_vehicle_movement ON convoy_car(vehicle_id, movement_id) WHERE deleted = 0;
