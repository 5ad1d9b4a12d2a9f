-- 亩均效益 results (issue 16): one row per enterprise and year, as the bureau's annual spreadsheet
-- gives them (graded_by BUREAU), graded by the app's configured method from the figures (METHOD), or
-- not evaluated (no grade, no figures to grade from). History is kept: a new year is a new row.
CREATE TABLE efficiency_result (
    id                 bigserial     PRIMARY KEY,
    enterprise_id      bigint        NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    year               integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    grade              varchar(1)    CHECK (grade IN ('A', 'B', 'C', 'D')),
    graded_by          varchar(8)    NOT NULL DEFAULT 'BUREAU' CHECK (graded_by IN ('BUREAU', 'METHOD', 'NONE')),
    -- 亩均税收, 万元 per 亩 of the land evaluated
    tax_per_mu         numeric(12, 2) CHECK (tax_per_mu >= 0),
    -- 亩均营业收入, 万元 per 亩
    revenue_per_mu     numeric(12, 2) CHECK (revenue_per_mu >= 0),
    -- 单位能耗增加值, 万元 of value added per tonne of standard coal
    energy_value_added numeric(12, 2) CHECK (energy_value_added >= 0),
    -- R&D spending as a share of revenue, 0–1
    rd_share           numeric(5, 4)  CHECK (rd_share BETWEEN 0 AND 1),
    land_area_mu       numeric(12, 2) CHECK (land_area_mu > 0),
    -- the method's weighted score (METHOD rows), 0–100
    score              numeric(7, 3),
    UNIQUE (enterprise_id, year),
    CHECK (graded_by <> 'BUREAU' OR grade IS NOT NULL)
);
CREATE INDEX efficiency_result_year_idx ON efficiency_result (year, grade);

-- The grade an enterprise holds now: its latest graded year (public surface for other features,
-- e.g. the occupants of village parks).
CREATE VIEW enterprise_latest_grade AS
SELECT DISTINCT ON (enterprise_id) enterprise_id, year, grade
FROM efficiency_result
WHERE grade IS NOT NULL
ORDER BY enterprise_id, year DESC;

CREATE TRIGGER efficiency_result_audit AFTER INSERT OR UPDATE OR DELETE ON efficiency_result
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id');
CREATE TRIGGER efficiency_result_audit_truncate AFTER TRUNCATE ON efficiency_result
    FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
