-- Issue 14: a saved search is checked against a changed unit or parcel in one statement over all saved
-- searches, not one statement per search. For that each keeps its query's filters as typed values, one
-- row per search, written when it is saved (alert.SavedSearches) and, for the searches saved before
-- this migration, by V241 (alert.V241__SavedSearchCriteria, a Java migration: the query is parsed by
-- the search's own parser). The columns are the stored form of the searches' filters, declared once
-- beside the search's conditions (space.SpaceSearch FILTERS, land.ParcelCriteria#filters; see
-- shared.SearchFilters): null is a filter the query does not set.

-- A saved /api/spaces query's filters.
CREATE TABLE saved_search_space (
    id                 bigint   PRIMARY KEY REFERENCES saved_search (id) ON DELETE CASCADE,
    towns              text[],
    parks              text[],
    industries         text[],
    min_area           numeric,
    max_area           numeric,
    min_ceiling_height numeric,
    min_floor_load     numeric,
    min_power_kva      numeric,
    max_rent           numeric,
    fire_rank          int,
    available_by       date,
    ground_floor       boolean,
    future_supply      text     CHECK (future_supply IN ('EXCLUDE', 'ONLY')),
    bbox_min_lon       double precision,
    bbox_min_lat       double precision,
    bbox_max_lon       double precision,
    bbox_max_lat       double precision,
    q_terms            text[]
);

-- A saved /api/parcels query's filters.
CREATE TABLE saved_search_parcel (
    id            bigint   PRIMARY KEY REFERENCES saved_search (id) ON DELETE CASCADE,
    towns         text[],
    parks         text[],
    min_area_mu   numeric,
    max_area_mu   numeric,
    planning_uses text[],
    statuses      text[],
    available_by  date,
    bbox_min_lon  double precision,
    bbox_min_lat  double precision,
    bbox_max_lon  double precision,
    bbox_max_lat  double precision
);
