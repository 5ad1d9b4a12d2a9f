-- Issue 14: saved searches, the alert outbox and the notifications it delivers.

-- A user's standing search: a query of /api/spaces (or /api/parcels) as text.
CREATE TABLE saved_search (
    id         bigserial    PRIMARY KEY,
    username   varchar(64)  NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    kind       varchar(8)   NOT NULL CHECK (kind IN ('spaces', 'parcels')),
    query      varchar(2000) NOT NULL,
    name       varchar(128),
    -- where alerts go by e-mail (null: the enterprise's contact address, for an enterprise account),
    -- and when: at once, in a daily digest, or not by e-mail
    email      varchar(128),
    email_mode varchar(10)  NOT NULL DEFAULT 'IMMEDIATE' CHECK (email_mode IN ('IMMEDIATE', 'DAILY', 'NONE')),
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX saved_search_user_idx ON saved_search (username, id);
CREATE INDEX saved_search_kind_idx ON saved_search (kind);

CREATE TRIGGER saved_search_audit AFTER INSERT OR UPDATE OR DELETE ON saved_search
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER saved_search_audit_truncate AFTER TRUNCATE ON saved_search
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();

-- The outbox: one row per listed thing and writing transaction, with its listing before and after
-- the transaction (null: not listed), written by triggers in that same transaction, so that every
-- write (the API, imports, a building's change that moves its units' listings) is seen once, and
-- only once it is committed. The delivery takes rows with FOR UPDATE SKIP LOCKED and deletes them
-- as it writes their notifications, in one transaction, on whichever app instance gets there first.
CREATE TABLE alert_change (
    id           bigserial   PRIMARY KEY,
    tx           bigint      NOT NULL DEFAULT txid_current(),
    subject_kind varchar(8)  NOT NULL CHECK (subject_kind IN ('unit', 'parcel')),
    subject_id   bigint      NOT NULL,
    before       jsonb,
    after        jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT alert_change_once_per_tx UNIQUE (tx, subject_kind, subject_id)
);

-- A listing row as JSON that jsonb_populate_record(NULL::space_listing, …) reads back (the point as EWKT).
CREATE FUNCTION alert_listing_json(l space_listing) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_jsonb(l) || jsonb_build_object('point', ST_AsEWKT(l.point))
$$;

-- Nothing to tell when nobody watches: bulk loads with no saved searches write no outbox rows.
CREATE FUNCTION alert_space_listing_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM saved_search WHERE kind = 'spaces') THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO alert_change (subject_kind, subject_id, before, after)
        VALUES ('unit', OLD.unit_id, alert_listing_json(OLD),
                CASE WHEN TG_OP = 'UPDATE' THEN alert_listing_json(NEW) END)
        ON CONFLICT (tx, subject_kind, subject_id) DO UPDATE SET after = EXCLUDED.after;
    ELSE
        INSERT INTO alert_change (subject_kind, subject_id, after)
        VALUES ('unit', NEW.unit_id, alert_listing_json(NEW))
        ON CONFLICT (tx, subject_kind, subject_id) DO UPDATE SET after = EXCLUDED.after;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER space_listing_alert AFTER INSERT OR UPDATE OR DELETE ON space_listing
    FOR EACH ROW EXECUTE FUNCTION alert_space_listing_changed();

-- What a user is told: a unit (or parcel) that starts or stops fitting one of their standing searches.
-- One per change and subscription (the unique key), however many instances deliver.
CREATE TABLE notification (
    id              bigserial    PRIMARY KEY,
    username        varchar(64)  NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    change_id       bigint       NOT NULL,
    saved_search_id bigint       REFERENCES saved_search (id) ON DELETE SET NULL,
    subject_kind    varchar(8)   NOT NULL,
    subject_id      bigint       NOT NULL,
    subject_name    varchar(200),
    fits            boolean      NOT NULL,
    what            varchar(500) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    read_at         timestamptz,
    mail_to         varchar(128),
    mail_mode       varchar(10)  NOT NULL DEFAULT 'NONE',
    mailed_at       timestamptz,
    CONSTRAINT notification_once UNIQUE (change_id, saved_search_id)
);
CREATE INDEX notification_unmailed_idx ON notification (mail_mode, id) WHERE mailed_at IS NULL AND mail_to IS NOT NULL;
CREATE INDEX notification_user_idx ON notification (username, id DESC);
CREATE INDEX notification_unread_idx ON notification (username) WHERE read_at IS NULL;
