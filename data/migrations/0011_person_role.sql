-- 0011: people by role. The assignment board and the dashboard's alerts
-- read the heads of delegation (1,000 of the xlarge demo's 30,000 people)
-- on every load: without it, SQLite scanned the whole person table.
CREATE INDEX person_role ON person(role) WHERE deleted = 0;
