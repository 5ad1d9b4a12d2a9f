-- Issue 14: open projects are standing searches too. A unit that starts or stops fitting an open
-- project's requirement tells the project's assigned staff member (and, for an enterprise's own
-- requirement, the enterprise's accounts).

-- Which projects stand as searches: the open ones (意向, 选址). The one definition, for SQL and Java
-- (project.ProjectService#openRequirements reads it).
CREATE FUNCTION project_open(status text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT status IN ('INTENT', 'SITING')
$$;

-- The reverse match reads the open projects that look for floor space (matching.StandingProjects).
CREATE INDEX expansion_project_open_space_idx ON expansion_project (min_area_m2)
    WHERE project_open(status) AND site_kind <> 'LAND';

-- One outbox row per subject and transaction: its state before the transaction (from the first
-- change) and after it (from the last).
CREATE FUNCTION alert_record(kind text, subject bigint, before jsonb, after jsonb) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO alert_change (subject_kind, subject_id, before, after)
    VALUES (kind, subject, before, after)
    ON CONFLICT (tx, subject_kind, subject_id) DO UPDATE SET after = EXCLUDED.after
$$;

-- The outbox also records listing changes when an open project looks for floor space.
CREATE OR REPLACE FUNCTION alert_space_listing_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM saved_search WHERE kind = 'spaces')
       AND NOT EXISTS (SELECT 1 FROM expansion_project WHERE project_open(status) AND site_kind <> 'LAND') THEN
        RETURN NULL;
    END IF;
    PERFORM alert_record('unit',
        CASE WHEN TG_OP = 'INSERT' THEN NEW.unit_id ELSE OLD.unit_id END,
        CASE WHEN TG_OP <> 'INSERT' THEN alert_listing_json(OLD) END,
        CASE WHEN TG_OP <> 'DELETE' THEN alert_listing_json(NEW) END);
    RETURN NULL;
END;
$$;

-- A project's notification: once per change, project and recipient.
ALTER TABLE notification
    ADD CONSTRAINT notification_project_once UNIQUE (change_id, project_id, username);
