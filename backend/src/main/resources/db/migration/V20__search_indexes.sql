-- Indexes for the public space and land searches (GET /api/spaces, GET /api/parcels).
-- The space search reads vacant units only, so its indexes are partial: small, and kept current by
-- the rare writes of park managers. The sort keys carry the id, the tie-break of every page.
CREATE INDEX space_unit_search_updated_idx ON space_unit (last_confirmed_at, id) WHERE status = 'VACANT';
CREATE INDEX space_unit_search_area_idx    ON space_unit (vacant_area_m2, id)    WHERE status = 'VACANT';
CREATE INDEX space_unit_search_rent_idx    ON space_unit (rent_yuan_m2_month, id) WHERE status = 'VACANT';
CREATE INDEX space_unit_search_load_idx    ON space_unit (floor_load_kg_m2)     WHERE status = 'VACANT';
CREATE INDEX space_unit_search_height_idx  ON space_unit (ceiling_height_m)     WHERE status = 'VACANT';
CREATE INDEX space_unit_search_power_idx   ON space_unit (power_kva)            WHERE status = 'VACANT';

-- The land search compares areas in 亩 as shown (rounded to 0.01), and filters by status and use.
CREATE INDEX parcel_search_area_mu_idx ON parcel ((round(area_m2 * 0.0015, 2)));
CREATE INDEX parcel_search_status_idx  ON parcel (status, planning_use);
CREATE INDEX parcel_search_no_idx      ON parcel (parcel_no, id);
