-- 0005: the public holidays (and collective leave days) of the event's
-- country, as YYYY-MM-DD joined with "; ". Deadlines counted in working
-- days, such as reporting a gift within 30 working days, skip them.
ALTER TABLE event ADD COLUMN holidays TEXT NOT NULL DEFAULT '';
