-- The audit of imports (issue 12): who started an import job and what became of it land in
-- audit_event like every other write (V72's row trigger, keyed by the job's id). A job's progress
-- and counters change many times while it is checked; only a change of its status is recorded (to
-- PREVIEW or REJECTED after the check, COMMITTING, COMMITTED or FAILED), with the other columns that
-- changed with it. The rows an import writes are audited by the triggers of their own tables.
CREATE TRIGGER import_job_audit_insert AFTER INSERT OR DELETE ON import_job
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER import_job_audit_status AFTER UPDATE OF status ON import_job
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER import_job_audit_truncate AFTER TRUNCATE ON import_job
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
