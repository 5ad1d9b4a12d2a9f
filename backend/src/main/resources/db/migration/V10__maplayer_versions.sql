-- Map layers (issue 3): one data version per map layer, bumped by every statement that changes what
-- the layer shows, so a tile's ETag changes with its data, across any number of app instances.
CREATE TABLE layer_version (
    layer      varchar(16) PRIMARY KEY CHECK (layer IN ('towns', 'parks', 'buildings', 'parcels')),
    version    bigint      NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO layer_version (layer) VALUES ('towns'), ('parks'), ('buildings'), ('parcels');

-- The layers to bump are the trigger's arguments. Rows are locked in name order, and the lock is
-- held to the end of the transaction, so versions grow in commit order. The notification reaches the
-- listening app instances at commit (and never on rollback), so they need not ask on every request.
CREATE FUNCTION bump_layer_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM layer_version WHERE layer = ANY (TG_ARGV) ORDER BY layer FOR UPDATE;
    UPDATE layer_version SET version = version + 1, changed_at = now() WHERE layer = ANY (TG_ARGV);
    PERFORM pg_notify('cfk_layer_version', array_to_string(TG_ARGV, ','));
    RETURN NULL;
END;
$$;

-- towns: code, name, boundary
CREATE TRIGGER town_layer_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON town
    FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('towns');
-- parks: their own columns, their towns, and figures derived from buildings, units and parcels
CREATE TRIGGER park_layer_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON park
    FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('parks');
CREATE TRIGGER park_town_layer_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON park_town
    FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('parks');
CREATE TRIGGER park_industry_layer_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON park_industry
    FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('parks');
-- buildings: their own columns and the vacancy and freshness of their units
CREATE TRIGGER building_layer_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON building
    FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('buildings', 'parks');
CREATE TRIGGER space_unit_layer_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON space_unit
    FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('buildings', 'parks');
-- parcels, and the available land of the parks
CREATE TRIGGER parcel_layer_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON parcel
    FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version('parcels', 'parks');
