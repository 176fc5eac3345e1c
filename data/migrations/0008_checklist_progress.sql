-- 0008: checklist progress by assignment, phase and status, read from the
-- index alone. The dashboard counts every item of the event (48,660 in
-- the xlarge demo) and reads the overdue ones of a phase: without it,
-- SQLite sorted the whole table for each.
CREATE INDEX checklist_item_progress ON checklist_item(assignment_id, phase, status, needs_recheck) WHERE deleted = 0;
