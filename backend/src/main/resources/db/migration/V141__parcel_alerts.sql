-- Issue 14: saved land searches (kind 'parcels', queries of /api/parcels). A parcel's change that
-- the search reads (status, area, planning use, supply date, place, boundary) goes to the outbox in
-- the writing transaction, as a unit's listing does (V112): the row before and after (null: none),
-- its boundary as EWKT so that jsonb_populate_record(NULL::parcel, …) reads it back (alert_record, V140).
CREATE FUNCTION alert_parcel_json(p parcel) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_jsonb(p) || jsonb_build_object('geom', ST_AsEWKT(p.geom))
$$;

CREATE FUNCTION alert_parcel_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM saved_search WHERE kind = 'parcels') THEN
        RETURN NULL;
    END IF;
    PERFORM alert_record('parcel',
        CASE WHEN TG_OP = 'INSERT' THEN NEW.id ELSE OLD.id END,
        CASE WHEN TG_OP <> 'INSERT' THEN alert_parcel_json(OLD) END,
        CASE WHEN TG_OP <> 'DELETE' THEN alert_parcel_json(NEW) END);
    RETURN NULL;
END;
$$;
CREATE TRIGGER parcel_alert AFTER INSERT OR DELETE ON parcel
    FOR EACH ROW EXECUTE FUNCTION alert_parcel_changed();
CREATE TRIGGER parcel_alert_updated
    AFTER UPDATE OF status, area_m2, planning_use, earliest_supply_date, town_code, park_code, geom ON parcel
    FOR EACH ROW EXECUTE FUNCTION alert_parcel_changed();
