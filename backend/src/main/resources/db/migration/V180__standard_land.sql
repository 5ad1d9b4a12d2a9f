-- Issue 16, 标准地 (standard land): the indicator set published for a parcel's supply, a project's
-- planned figures at full production, and the 达产 checks after supply (actual figures by year).

-- The parcel's indicators (plot ratio, building density and green ratio are V1's columns).
ALTER TABLE parcel
    ADD COLUMN min_investment_wan_yuan_mu numeric(10, 2) CHECK (min_investment_wan_yuan_mu > 0),
    ADD COLUMN min_tax_wan_yuan_mu        numeric(10, 2) CHECK (min_tax_wan_yuan_mu > 0),
    ADD COLUMN min_output_wan_yuan_mu     numeric(10, 2) CHECK (min_output_wan_yuan_mu > 0),
    ADD COLUMN max_energy_tce_wan_yuan    numeric(8, 4)  CHECK (max_energy_tce_wan_yuan > 0);

-- The project's planned figures beside its investment (investment_wan_yuan, V1).
ALTER TABLE expansion_project
    ADD COLUMN planned_tax_wan_yuan_year    numeric(12, 2) CHECK (planned_tax_wan_yuan_year >= 0),
    ADD COLUMN planned_output_wan_yuan_year numeric(12, 2) CHECK (planned_output_wan_yuan_year >= 0),
    ADD COLUMN planned_energy_tce_year      numeric(12, 2) CHECK (planned_energy_tce_year >= 0);

-- One year's actual figures of a supplied parcel, recorded by staff against its indicators.
CREATE TABLE standard_land_check (
    id                  bigserial      PRIMARY KEY,
    parcel_id           bigint         NOT NULL REFERENCES parcel (id) ON DELETE CASCADE,
    year                smallint       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    enterprise_id       bigint         REFERENCES enterprise (id),
    investment_wan_yuan numeric(12, 2) CHECK (investment_wan_yuan >= 0),
    tax_wan_yuan        numeric(12, 2) CHECK (tax_wan_yuan >= 0),
    output_wan_yuan     numeric(12, 2) CHECK (output_wan_yuan >= 0),
    energy_tce          numeric(12, 2) CHECK (energy_tce >= 0),
    recorded_by         varchar(64)    NOT NULL,
    recorded_at         timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT standard_land_check_year_uq UNIQUE (parcel_id, year)
);

CREATE TRIGGER standard_land_check_audit AFTER INSERT OR UPDATE OR DELETE ON standard_land_check
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER standard_land_check_audit_truncate AFTER TRUNCATE ON standard_land_check
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
