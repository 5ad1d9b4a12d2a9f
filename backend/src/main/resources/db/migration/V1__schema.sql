-- 厂房库 GIS schema: SPEC §3. Geometries are WGS84 (EPSG:4326) with explicit types;
-- areas and distances are computed in metres through geography.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE town (
    code      varchar(32)  PRIMARY KEY CHECK (code ~ '^[A-Z]+$'),
    name      varchar(32)  NOT NULL UNIQUE,
    name_en   varchar(64)  NOT NULL,
    geom      geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom))
);
CREATE INDEX town_geom_idx ON town USING gist (geom);

CREATE TABLE industry (
    code       varchar(32) PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]+$'),
    name       varchar(64) NOT NULL UNIQUE,
    name_en    varchar(128) NOT NULL,
    group_code varchar(16) NOT NULL CHECK (group_code IN ('STRATEGIC', 'FUTURE', 'PILLAR')),
    sort_order int NOT NULL
);

CREATE TABLE park (
    code             varchar(6)   PRIMARY KEY CHECK (code ~ '^DG-P[0-9]{2}$'),
    name             varchar(128) NOT NULL UNIQUE,
    level            varchar(16)  NOT NULL CHECK (level IN ('国家级', '省级', '省特色', '市级', '镇村工业园')),
    geom             geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    planned_area_m2  numeric(14, 2) CHECK (planned_area_m2 > 0),
    managing_body    varchar(128),
    contact_name     varchar(64),
    contact_phone    varchar(32)
);
CREATE INDEX park_geom_idx ON park USING gist (geom);

CREATE TABLE park_town (
    park_code varchar(6)  NOT NULL REFERENCES park (code) ON DELETE CASCADE,
    town_code varchar(32) NOT NULL REFERENCES town (code),
    PRIMARY KEY (park_code, town_code)
);
CREATE INDEX park_town_town_idx ON park_town (town_code);

CREATE TABLE park_industry (
    park_code     varchar(6)  NOT NULL REFERENCES park (code) ON DELETE CASCADE,
    industry_code varchar(32) NOT NULL REFERENCES industry (code),
    PRIMARY KEY (park_code, industry_code)
);
CREATE INDEX park_industry_industry_idx ON park_industry (industry_code);

CREATE TABLE enterprise (
    id            bigserial    PRIMARY KEY,
    name          varchar(128) NOT NULL,
    credit_code   char(18)     NOT NULL UNIQUE
                  CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    industry_code varchar(32)  REFERENCES industry (code),
    grade         varchar(1)     CHECK (grade IN ('A', 'B', 'C', 'D')),
    contact_name  varchar(64),
    contact_phone varchar(32),
    contact_email varchar(128)
);
CREATE INDEX enterprise_industry_idx ON enterprise (industry_code);

CREATE TABLE building (
    id                  bigserial    PRIMARY KEY,
    park_code           varchar(6)   REFERENCES park (code),
    town_code           varchar(32)  NOT NULL REFERENCES town (code),
    name                varchar(128) NOT NULL,
    address             varchar(256),
    type                varchar(16)  NOT NULL CHECK (type IN ('标准厂房', '独立厂房', '多层厂房', '研发楼', '仓库')),
    floors              int          NOT NULL CHECK (floors > 0 AND floors <= 60),
    floor_area_m2       numeric(12, 2) NOT NULL CHECK (floor_area_m2 > 0),
    structure           varchar(32),
    year_built          int          CHECK (year_built BETWEEN 1950 AND 2100),
    land_tenure         varchar(8)   CHECK (land_tenure IN ('国有', '集体')),
    title_certificate   boolean,
    cargo_lift_count    int          CHECK (cargo_lift_count >= 0),
    cargo_lift_tonnes   numeric(6, 2) CHECK (cargo_lift_tonnes > 0),
    fire_hazard_class   varchar(1)     CHECK (fire_hazard_class IN ('甲', '乙', '丙', '丁', '戊')),
    geom                geometry(Polygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX building_geom_idx ON building USING gist (geom);
CREATE INDEX building_park_idx ON building (park_code);
CREATE INDEX building_town_idx ON building (town_code);

CREATE TABLE space_unit (
    id                     bigserial     PRIMARY KEY,
    building_id            bigint        NOT NULL REFERENCES building (id) ON DELETE CASCADE,
    floor_from             int           NOT NULL,
    floor_to               int           NOT NULL,
    area_m2                numeric(12, 2) NOT NULL CHECK (area_m2 > 0),
    vacant_area_m2         numeric(12, 2) NOT NULL DEFAULT 0 CHECK (vacant_area_m2 >= 0),
    ceiling_height_m       numeric(5, 2) CHECK (ceiling_height_m > 0),
    floor_load_kg_m2       numeric(8, 1) CHECK (floor_load_kg_m2 > 0),
    power_kva              numeric(9, 1) CHECK (power_kva > 0),
    rent_yuan_m2_month     numeric(8, 2) CHECK (rent_yuan_m2_month >= 0),
    sale_price_yuan_m2     numeric(10, 2) CHECK (sale_price_yuan_m2 >= 0),
    status                 varchar(16)   NOT NULL CHECK (status IN ('VACANT', 'RESERVED', 'OCCUPIED')),
    available_from         date,
    occupant_enterprise_id bigint        REFERENCES enterprise (id),
    last_confirmed_at      timestamptz   NOT NULL DEFAULT now(),
    version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT space_unit_floors_ck CHECK (floor_from <= floor_to),
    CONSTRAINT space_unit_vacant_le_area_ck CHECK (vacant_area_m2 <= area_m2),
    CONSTRAINT space_unit_status_vacancy_ck CHECK (
        (status = 'VACANT' AND vacant_area_m2 > 0) OR (status <> 'VACANT'))
);
CREATE INDEX space_unit_building_idx ON space_unit (building_id);
CREATE INDEX space_unit_occupant_idx ON space_unit (occupant_enterprise_id);
CREATE INDEX space_unit_vacant_idx ON space_unit (status) WHERE vacant_area_m2 > 0;

CREATE TABLE parcel (
    id                       bigserial    PRIMARY KEY,
    parcel_no                varchar(32)  NOT NULL UNIQUE,
    park_code                varchar(6)   REFERENCES park (code),
    town_code                varchar(32)  NOT NULL REFERENCES town (code),
    geom                     geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    area_m2                  numeric(12, 2) NOT NULL CHECK (area_m2 > 0),
    planning_use             varchar(2)   NOT NULL CHECK (planning_use IN ('M0', 'M1', 'M2', 'M3', 'W')),
    plot_ratio_min           numeric(4, 2) CHECK (plot_ratio_min > 0),
    plot_ratio_max           numeric(4, 2) CHECK (plot_ratio_max > 0),
    building_density         numeric(4, 3) CHECK (building_density > 0 AND building_density <= 1),
    green_ratio              numeric(4, 3) CHECK (green_ratio >= 0 AND green_ratio <= 1),
    height_limit_m           numeric(6, 1) CHECK (height_limit_m > 0),
    development_state        varchar(8)   CHECK (development_state IN ('RAW', 'READY')),
    status                   varchar(24)  NOT NULL
                             CHECK (status IN ('RESERVE', 'AVAILABLE', 'SUPPLIED', 'UNDER_CONSTRUCTION', 'BUILT')),
    reference_price_wan_yuan numeric(12, 2) CHECK (reference_price_wan_yuan >= 0),
    earliest_supply_date     date,
    version                  bigint       NOT NULL DEFAULT 0,
    CONSTRAINT parcel_plot_ratio_ck CHECK (plot_ratio_min <= plot_ratio_max)
);
CREATE INDEX parcel_geom_idx ON parcel USING gist (geom);
CREATE INDEX parcel_park_idx ON parcel (park_code);
CREATE INDEX parcel_town_idx ON parcel (town_code);

CREATE TABLE app_user (
    username      varchar(64)  PRIMARY KEY CHECK (username ~ '^[a-z0-9_.-]+$'),
    password_hash varchar(100) NOT NULL,
    role          varchar(16)  NOT NULL CHECK (role IN ('ADMIN', 'STAFF', 'PARK_MANAGER', 'ENTERPRISE')),
    enterprise_id bigint       REFERENCES enterprise (id),
    display_name  varchar(64),
    enabled       boolean      NOT NULL DEFAULT true
);

CREATE TABLE user_park (
    username  varchar(64) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    park_code varchar(6)  NOT NULL REFERENCES park (code),
    PRIMARY KEY (username, park_code)
);
CREATE INDEX user_park_park_idx ON user_park (park_code);

CREATE TABLE expansion_project (
    id                     bigserial    PRIMARY KEY,
    name                   varchar(128) NOT NULL,
    enterprise_id          bigint       REFERENCES enterprise (id),
    industry_code          varchar(32)  REFERENCES industry (code),
    investment_wan_yuan    numeric(12, 2) CHECK (investment_wan_yuan > 0),
    site_kind              varchar(8)   NOT NULL CHECK (site_kind IN ('SPACE', 'LAND', 'EITHER')),
    min_area_m2            numeric(12, 2) CHECK (min_area_m2 > 0),
    max_area_m2            numeric(12, 2) CHECK (max_area_m2 > 0),
    min_area_mu            numeric(10, 2) CHECK (min_area_mu > 0),
    max_area_mu            numeric(10, 2) CHECK (max_area_mu > 0),
    min_ceiling_height_m   numeric(5, 2) CHECK (min_ceiling_height_m > 0),
    min_floor_load_kg_m2   numeric(8, 1) CHECK (min_floor_load_kg_m2 > 0),
    min_power_kva          numeric(9, 1) CHECK (min_power_kva > 0),
    fire_class             varchar(1)     CHECK (fire_class IN ('甲', '乙', '丙', '丁', '戊')),
    pollution_class        smallint     CHECK (pollution_class BETWEEN 1 AND 3),
    location_hard          boolean      NOT NULL DEFAULT false,
    max_rent_yuan_m2_month numeric(8, 2) CHECK (max_rent_yuan_m2_month >= 0),
    budget_wan_yuan        numeric(12, 2) CHECK (budget_wan_yuan >= 0),
    needed_by              date,
    planned_start          date,
    status                 varchar(16)  NOT NULL DEFAULT 'INTENT'
                           CHECK (status IN ('INTENT', 'SITING', 'SIGNED', 'STARTED', 'PRODUCING', 'DROPPED')),
    assigned_staff         varchar(64)  REFERENCES app_user (username),
    created_at             timestamptz  NOT NULL DEFAULT now(),
    version                bigint       NOT NULL DEFAULT 0,
    CONSTRAINT project_area_m2_range_ck CHECK (min_area_m2 <= max_area_m2),
    CONSTRAINT project_area_mu_range_ck CHECK (min_area_mu <= max_area_mu),
    CONSTRAINT project_space_needs_area_ck CHECK (site_kind = 'LAND' OR (min_area_m2 IS NOT NULL AND max_area_m2 IS NOT NULL)),
    CONSTRAINT project_land_needs_mu_ck CHECK (site_kind = 'SPACE' OR (min_area_mu IS NOT NULL AND max_area_mu IS NOT NULL))
);
CREATE INDEX expansion_project_status_idx ON expansion_project (status, planned_start);

CREATE TABLE project_town (
    project_id bigint      NOT NULL REFERENCES expansion_project (id) ON DELETE CASCADE,
    town_code  varchar(32) NOT NULL REFERENCES town (code),
    PRIMARY KEY (project_id, town_code)
);

CREATE TABLE project_park (
    project_id bigint     NOT NULL REFERENCES expansion_project (id) ON DELETE CASCADE,
    park_code  varchar(6) NOT NULL REFERENCES park (code),
    PRIMARY KEY (project_id, park_code)
);

CREATE TABLE project_status_event (
    id          bigserial   PRIMARY KEY,
    project_id  bigint      NOT NULL REFERENCES expansion_project (id) ON DELETE CASCADE,
    from_status varchar(16),
    to_status   varchar(16) NOT NULL,
    actor       varchar(64) NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_status_event_project_idx ON project_status_event (project_id, occurred_at);

-- Every change of a unit's occupancy, kept forever: the city must know how the stock changed.
CREATE TABLE occupancy_event (
    id          bigserial   PRIMARY KEY,
    unit_id     bigint      NOT NULL REFERENCES space_unit (id),
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       varchar(64) NOT NULL,
    source      varchar(8)  NOT NULL CHECK (source IN ('FORM', 'IMPORT', 'API', 'SEED')),
    before      jsonb,
    after       jsonb       NOT NULL
);
CREATE INDEX occupancy_event_unit_idx ON occupancy_event (unit_id, occurred_at);
CREATE INDEX occupancy_event_time_idx ON occupancy_event (occurred_at);

CREATE FUNCTION occupancy_event_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'occupancy_event is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER occupancy_event_no_update_delete
    BEFORE UPDATE OR DELETE ON occupancy_event
    FOR EACH ROW EXECUTE FUNCTION occupancy_event_is_append_only();

CREATE TRIGGER occupancy_event_no_truncate
    BEFORE TRUNCATE ON occupancy_event
    FOR EACH STATEMENT EXECUTE FUNCTION occupancy_event_is_append_only();
