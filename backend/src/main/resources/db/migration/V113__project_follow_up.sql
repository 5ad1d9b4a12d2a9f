-- Issue 14, the 招商 follow-up: a project's next action with its due date, and its log of notes,
-- calls and visits.
ALTER TABLE expansion_project
    ADD COLUMN next_action     varchar(500),
    ADD COLUMN next_action_due date;

CREATE TABLE project_activity (
    id          bigserial     PRIMARY KEY,
    project_id  bigint        NOT NULL REFERENCES expansion_project (id) ON DELETE CASCADE,
    kind        varchar(8)    NOT NULL CHECK (kind IN ('NOTE', 'CALL', 'VISIT')),
    text        varchar(2000) NOT NULL,
    occurred_on date          NOT NULL,
    actor       varchar(64)   NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX project_activity_project_idx ON project_activity (project_id, occurred_on DESC, id DESC);

CREATE TRIGGER project_activity_audit AFTER INSERT OR UPDATE OR DELETE ON project_activity
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER project_activity_audit_truncate AFTER TRUNCATE ON project_activity
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();

-- The reminder of a next action that is due: a notification for the assigned staff member, once per
-- project and due date.
ALTER TABLE notification
    ALTER COLUMN change_id DROP NOT NULL,
    ADD COLUMN project_id   bigint REFERENCES expansion_project (id) ON DELETE CASCADE,
    ADD COLUMN reminder_due date,
    ADD CONSTRAINT notification_reminder_once UNIQUE (project_id, reminder_due, username);
