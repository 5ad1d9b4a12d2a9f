-- Issue 13 item 5: a project's shortlist of candidate sites, saved with the project and shared by staff
-- (candidate ids as matching names them: U12-13 for units, P7-8 for parcels), in the order chosen.
CREATE TABLE project_shortlist (
    project_id bigint       PRIMARY KEY REFERENCES expansion_project (id) ON DELETE CASCADE,
    candidates text[]       NOT NULL,
    updated_by varchar(64)  NOT NULL,
    updated_at timestamptz  NOT NULL,
    version    bigint       NOT NULL DEFAULT 0
);

CREATE TRIGGER project_shortlist_audit AFTER INSERT OR UPDATE OR DELETE ON project_shortlist
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('project_id');
CREATE TRIGGER project_shortlist_audit_truncate AFTER TRUNCATE ON project_shortlist
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
