-- Imports (issue 11): a job per uploaded file, its rows staged, checked and compared in PostgreSQL, so
-- that any app instance can answer a job's status and commit it (SPEC §8: stateless instances).

CREATE TABLE import_job (
    id              bigserial    PRIMARY KEY,
    layer           varchar(16)  NOT NULL,
    format          varchar(8)   NOT NULL,
    file_name       varchar(256),
    file_bytes      bigint       NOT NULL,
    encoding        varchar(16),
    crs             varchar(16),
    status          varchar(12)  NOT NULL DEFAULT 'VALIDATING'
                    CHECK (status IN ('VALIDATING', 'PREVIEW', 'COMMITTING', 'COMMITTED', 'REJECTED', 'FAILED')),
    progress        numeric(5, 4) NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
    rows_read       int          NOT NULL DEFAULT 0,
    empty_rows      int          NOT NULL DEFAULT 0,
    count_new       int          NOT NULL DEFAULT 0,
    count_changed   int          NOT NULL DEFAULT 0,
    count_unchanged int          NOT NULL DEFAULT 0,
    count_rejected  int          NOT NULL DEFAULT 0,
    columns         jsonb,
    failure         text,
    created_by      varchar(64)  NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    valid_only      boolean,
    committed_by    varchar(64),
    committed_at    timestamptz
);
CREATE INDEX import_job_created_idx ON import_job (created_by, created_at DESC);
CREATE INDEX import_job_time_idx ON import_job (created_at DESC);

-- The rows as read from the file (typed values by the columns' JSON names), and what checking them
-- found. Unlogged: they are working data, written fast; a job whose rows a crash lost cannot be
-- committed (the commit counts them) and is imported again.
CREATE UNLOGGED TABLE import_row (
    job_id  bigint NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_no  int    NOT NULL,
    given   jsonb  NOT NULL,
    PRIMARY KEY (job_id, row_no)
);

CREATE UNLOGGED TABLE import_outcome (
    job_id         bigint      NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_no         int         NOT NULL,
    action         varchar(10) NOT NULL CHECK (action IN ('NEW', 'CHANGED', 'UNCHANGED', 'REJECTED')),
    target_id      bigint,
    target_version bigint,
    -- the record as the commit writes it, canonical (the API's field names), and before it
    checked        jsonb,
    stored         jsonb,
    diff           jsonb,
    -- whether the commit must place a geometry (a new feature, a new footprint, another park)
    placement      boolean     NOT NULL DEFAULT false,
    new_id         bigint,
    PRIMARY KEY (job_id, row_no)
);
CREATE INDEX import_outcome_action_idx ON import_outcome (job_id, action);

-- Row 0 is the file itself (unknown columns, merged cells, not the format it claims, …).
CREATE UNLOGGED TABLE import_error (
    job_id    bigint       NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq       int          NOT NULL,
    row_no    int          NOT NULL,
    field     varchar(64),
    value     text,
    reason_zh text         NOT NULL,
    reason_en text         NOT NULL,
    PRIMARY KEY (job_id, seq)
);
CREATE INDEX import_error_row_idx ON import_error (job_id, row_no);
