-- 0010: programme kinds and seating rules.
--
-- Kinds become plenary, meal, gala, reception, photo, bilateral, visit and
-- other; the old gala_dinner, group_photo, site_visit and spouse_programme
-- are renamed, and an item of kind other (or none) gets the kind its
-- title or photo flag shows (catering goes by kind from now on, so a
-- "Working Lunch" must become a meal once, here).
--
-- attendance is the rule of who is seated or lined up: heads, heads+1,
-- delegations or chosen (then chosen lists the people's ids). It replaces
-- hod_only, which stays as a mirror for laptops on an older LO Desk.
-- seats_locked marks a session whose seating was communicated: its seats
-- never move again; seat.review flags a newcomer placed into a locked
-- session for the coordinator to check.
ALTER TABLE programme_item ADD COLUMN attendance TEXT NOT NULL DEFAULT '';
ALTER TABLE programme_item ADD COLUMN chosen TEXT NOT NULL DEFAULT '';
ALTER TABLE programme_item ADD COLUMN seats_locked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE seat ADD COLUMN review INTEGER NOT NULL DEFAULT 0;

UPDATE programme_item SET kind = CASE kind
    WHEN 'gala_dinner' THEN 'gala'
    WHEN 'group_photo' THEN 'photo'
    WHEN 'site_visit' THEN 'visit'
    WHEN 'spouse_programme' THEN 'visit'
    ELSE kind END;

UPDATE programme_item SET kind = CASE
    WHEN lower(title) LIKE '%gala%' THEN 'gala'
    WHEN lower(title) LIKE '%reception%' OR lower(title) LIKE '%resepsi%'
      OR lower(title) LIKE '%cocktail%' OR lower(title) LIKE '%ramah tamah%' THEN 'reception'
    WHEN lower(title) LIKE '%lunch%' OR lower(title) LIKE '%dinner%' OR lower(title) LIKE '%breakfast%'
      OR lower(title) LIKE '%banquet%' OR lower(title) LIKE '%luncheon%' OR lower(title) LIKE '%jamuan%'
      OR lower(title) LIKE '%makan%' OR lower(title) LIKE '%santap%' THEN 'meal'
    WHEN photo = 1 OR lower(title) LIKE '%photo%' OR lower(title) LIKE '%foto%' THEN 'photo'
    WHEN lower(title) LIKE '%bilateral%' THEN 'bilateral'
    WHEN lower(title) LIKE '%plenary%' OR lower(title) LIKE '%pleno%' THEN 'plenary'
    WHEN lower(title) LIKE '%visit%' OR lower(title) LIKE '%kunjungan%' OR lower(title) LIKE '%tour%' THEN 'visit'
    ELSE 'other' END
WHERE kind IN ('', 'other')
   OR kind NOT IN ('plenary', 'meal', 'gala', 'reception', 'photo', 'bilateral', 'visit');

UPDATE programme_item SET attendance = CASE WHEN hod_only = 1 THEN 'heads' ELSE 'delegations' END;
