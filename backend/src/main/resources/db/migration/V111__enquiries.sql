-- Issue 14: enquiries (咨询 / 预约看厂) about one unit, building or parcel, from anyone; routed to
-- the owning park's managers and to staff. The contacts are personal data.
CREATE TABLE enquiry (
    id              bigserial     PRIMARY KEY,
    unit_id         bigint        REFERENCES space_unit (id) ON DELETE CASCADE,
    building_id     bigint        REFERENCES building (id) ON DELETE CASCADE,
    parcel_id       bigint        REFERENCES parcel (id) ON DELETE CASCADE,
    park_code       varchar(6)    REFERENCES park (code),
    message         varchar(2000) NOT NULL,
    preferred_dates varchar(200),
    contact_name    varchar(64)   NOT NULL,
    contact_phone   varchar(32),
    contact_email   varchar(128),
    enterprise_id   bigint        REFERENCES enterprise (id),
    asker           varchar(64)   REFERENCES app_user (username) ON DELETE SET NULL,
    routed_staff    varchar(64)   REFERENCES app_user (username) ON DELETE SET NULL,
    status          varchar(16)   NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'CONTACTED', 'VIEWING', 'CLOSED')),
    notes           varchar(2000),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT enquiry_one_subject_ck CHECK (num_nonnulls(unit_id, building_id, parcel_id) = 1),
    CONSTRAINT enquiry_reachable_ck CHECK (contact_phone IS NOT NULL OR contact_email IS NOT NULL)
);
CREATE INDEX enquiry_park_idx ON enquiry (park_code, status, created_at DESC);
CREATE INDEX enquiry_asker_idx ON enquiry (asker, created_at DESC);

CREATE TRIGGER enquiry_audit AFTER INSERT OR UPDATE OR DELETE ON enquiry
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER enquiry_audit_truncate AFTER TRUNCATE ON enquiry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();

-- Enquiries are rate-limited per client address and per contact, in the same counts as sign-ups.
ALTER TABLE throttle DROP CONSTRAINT throttle_scope_check;
ALTER TABLE throttle ADD CONSTRAINT throttle_scope_check
    CHECK (scope IN ('ACCOUNT', 'ADDRESS', 'SIGNUP', 'ENQUIRY_CLIENT', 'ENQUIRY_CONTACT'));
