-- 工改工 / 留改拆 (issue 16): village industrial parks as areas with their renewal class, and the
-- redevelopment projects on them with the history of their stage moves.
CREATE TABLE village_area (
    id            bigserial    PRIMARY KEY,
    name          varchar(128) NOT NULL UNIQUE,
    town_code     varchar(32)  NOT NULL REFERENCES town (code),
    renewal_class varchar(1)   NOT NULL CHECK (renewal_class IN ('留', '改', '拆')),
    geom          geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    version       bigint       NOT NULL DEFAULT 0
);
CREATE INDEX village_area_geom_idx ON village_area USING gist (geom);

CREATE TABLE redevelopment_project (
    id                     bigserial    PRIMARY KEY,
    area_id                bigint       NOT NULL REFERENCES village_area (id),
    name                   varchar(128) NOT NULL,
    stage                  varchar(16)  NOT NULL
                           CHECK (stage IN ('APPROVED', 'DEMOLITION', 'CONSTRUCTION', 'COMPLETED')),
    expected_floor_area_m2 numeric(12, 2) NOT NULL CHECK (expected_floor_area_m2 > 0),
    expected_completion    date         NOT NULL,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    version                bigint       NOT NULL DEFAULT 0
);
CREATE INDEX redevelopment_project_area_idx ON redevelopment_project (area_id);

CREATE TABLE redevelopment_stage_event (
    id          bigserial   PRIMARY KEY,
    project_id  bigint      NOT NULL REFERENCES redevelopment_project (id) ON DELETE CASCADE,
    from_stage  varchar(16),
    to_stage    varchar(16) NOT NULL,
    actor       varchar(64) NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX redevelopment_stage_event_project_idx ON redevelopment_stage_event (project_id, id);
