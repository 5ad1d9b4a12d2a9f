-- The audit (issue 12): every write to the audited tables lands in audit_event in the same
-- transaction as the change (a rolled-back change leaves no row), with the actor and client address
-- the app sets for the transaction (set_config('cfk.actor' / 'cfk.client', …, true), see
-- audit.AuditContext). Writes from outside the app are recorded as 'db:<database user>'.
-- Sign-ins and failed sign-ins are written by the app. Never updated or deleted.
CREATE TABLE audit_event (
    id             bigserial    PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    actor          varchar(64)  NOT NULL,
    action         varchar(24)  NOT NULL,
    entity         varchar(64)  NOT NULL,
    entity_id      varchar(200),
    before         jsonb,
    after          jsonb,
    client_address varchar(64),
    transaction_id bigint       NOT NULL DEFAULT txid_current()
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id, occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- A geometry in the audit is kept small: its type, vertex count, area and a hash of its binary form.
CREATE FUNCTION audit_geometry(g geometry) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN g IS NULL THEN NULL ELSE jsonb_build_object(
        'type', GeometryType(g),
        'vertices', ST_NPoints(g),
        'areaM2', round(ST_Area(g::geography)::numeric, 1),
        'md5', md5(ST_AsEWKB(g))) END
$$;

-- One row per changed row: an insert's new row, a delete's old row, an update's changed columns
-- before and after (an update that changes nothing is not recorded). The trigger's arguments name
-- the key columns; a password hash never enters the audit, only that it was set or changed.
CREATE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    old_row  jsonb;
    new_row  jsonb;
    before_j jsonb;
    after_j  jsonb;
    key_text text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
        IF old_row ? 'geom' THEN
            old_row := old_row || jsonb_build_object('geom', audit_geometry(OLD.geom));
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
        IF new_row ? 'geom' THEN
            new_row := new_row || jsonb_build_object('geom', audit_geometry(NEW.geom));
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'app_user' THEN
        IF TG_OP = 'UPDATE' AND OLD.password_hash IS DISTINCT FROM NEW.password_hash THEN
            old_row := old_row || '{"password": "previous"}';
            new_row := new_row || '{"password": "changed"}';
        ELSIF TG_OP = 'INSERT' THEN
            new_row := new_row || '{"password": "set"}';
        END IF;
        old_row := old_row - 'password_hash';
        new_row := new_row - 'password_hash';
    END IF;

    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(n.key, n.value) INTO after_j
        FROM jsonb_each(new_row) n WHERE n.value IS DISTINCT FROM old_row -> n.key;
        IF after_j IS NULL THEN
            RETURN NULL;
        END IF;
        SELECT jsonb_object_agg(o.key, o.value) INTO before_j
        FROM jsonb_each(old_row) o WHERE o.value IS DISTINCT FROM new_row -> o.key;
    ELSE
        before_j := old_row;
        after_j := new_row;
    END IF;

    SELECT string_agg(coalesce(new_row, old_row) ->> k, '/' ORDER BY ord) INTO key_text
    FROM unnest(TG_ARGV) WITH ORDINALITY AS keys (k, ord);

    INSERT INTO audit_event (actor, action, entity, entity_id, before, after, client_address)
    VALUES (coalesce(nullif(current_setting('cfk.actor', true), ''), 'db:' || session_user),
            TG_OP, TG_TABLE_NAME, key_text, before_j, after_j,
            nullif(current_setting('cfk.client', true), ''));
    RETURN NULL;
END;
$$;

CREATE FUNCTION audit_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_event (actor, action, entity, client_address)
    VALUES (coalesce(nullif(current_setting('cfk.actor', true), ''), 'db:' || session_user),
            'TRUNCATE', TG_TABLE_NAME, nullif(current_setting('cfk.client', true), ''));
    RETURN NULL;
END;
$$;

-- The audited tables and their keys. New tables that take writes (imports) add their own pair.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('town', ARRAY['code']),
        ('industry', ARRAY['code']),
        ('park', ARRAY['code']),
        ('park_town', ARRAY['park_code', 'town_code']),
        ('park_industry', ARRAY['park_code', 'industry_code']),
        ('enterprise', ARRAY['id']),
        ('building', ARRAY['id']),
        ('space_unit', ARRAY['id']),
        ('parcel', ARRAY['id']),
        ('expansion_project', ARRAY['id']),
        ('project_town', ARRAY['project_id', 'town_code']),
        ('project_park', ARRAY['project_id', 'park_code']),
        ('app_user', ARRAY['username']),
        ('user_park', ARRAY['username', 'park_code'])) AS audited (name, keys)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION audit_row_change(%s)',
                       t.name || '_audit', t.name,
                       (SELECT string_agg(quote_literal(k), ', ') FROM unnest(t.keys) k));
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION audit_truncate()', t.name || '_audit_truncate', t.name);
    END LOOP;
END;
$$;
