-- Issue 14: a requirement registered by the enterprise itself (需求登记) is a lead for staff;
-- staff keep their own notes on a project, which the enterprise never sees.
ALTER TABLE expansion_project
    ADD COLUMN source varchar(16) NOT NULL DEFAULT 'STAFF' CHECK (source IN ('STAFF', 'ENTERPRISE')),
    ADD COLUMN staff_notes text CHECK (length(staff_notes) <= 2000);
CREATE INDEX expansion_project_source_idx ON expansion_project (source, created_at);
