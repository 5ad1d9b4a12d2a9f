-- The stock as it stood on any day (issue 15, docs/statistics.md). Buildings and units carry the day
-- they entered the stock and, once removed, the day they left it; row triggers keep a ledger of every
-- change of the stock per day and group (park, town, building type), in the writing transaction, so
-- that the stock at the end of a day is the sum of the ledger up to that day, and the sum of the whole
-- ledger is the stock as the rows hold it now: exact by construction, whichever code path writes.

-- Today in Dongguan's calendar, and the day a change of the stock takes effect: the day set in the
-- transaction as cfk.changed_on (back-dated history: the sample data's 24 months, tests), else today.
CREATE FUNCTION dongguan_today() RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date
$$;

CREATE FUNCTION stock_change_day() RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(nullif(current_setting('cfk.changed_on', true), '')::date, dongguan_today())
$$;

-- The vacant area a unit counts with (V55: VACANT units only), the one definition of the views and the ledger.
CREATE FUNCTION unit_vacant_m2(status text, vacant_area_m2 numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN status = 'VACANT' THEN coalesce(vacant_area_m2, 0) ELSE 0 END
$$;

CREATE OR REPLACE VIEW building_vacancy AS
SELECT b.id AS building_id, b.park_code, b.town_code, b.floor_area_m2,
       round(coalesce(u.vacant_m2, 0), 2) AS vacant_area_m2,
       vacancy_rate(u.vacant_m2, b.floor_area_m2) AS vacancy_share,
       u.units, u.vacant_units, u.oldest_vacant_confirmed_at
FROM building b
CROSS JOIN LATERAL (
    SELECT count(*) AS units,
           count(*) FILTER (WHERE s.status = 'VACANT') AS vacant_units,
           sum(unit_vacant_m2(s.status, s.vacant_area_m2)) FILTER (WHERE s.status = 'VACANT') AS vacant_m2,
           min(s.last_confirmed_at) FILTER (WHERE s.status = 'VACANT') AS oldest_vacant_confirmed_at
    FROM space_unit s WHERE s.building_id = b.id
) u;

-- In the stock at the end of day d: started_on <= d and (ended_on is null or ended_on > d).
ALTER TABLE building
    ADD COLUMN started_on date,
    ADD COLUMN ended_on   date;
UPDATE building SET started_on = CASE WHEN year_built IS NOT NULL AND year_built <= extract(year FROM dongguan_today())
                                      THEN make_date(year_built, 1, 1) ELSE dongguan_today() END;
ALTER TABLE building
    ALTER COLUMN started_on SET DEFAULT stock_change_day(),
    ALTER COLUMN started_on SET NOT NULL,
    ADD CONSTRAINT building_stock_dates_ck CHECK (ended_on IS NULL OR ended_on >= started_on);

ALTER TABLE space_unit
    ADD COLUMN started_on date,
    ADD COLUMN ended_on   date;
UPDATE space_unit u SET started_on = b.started_on FROM building b WHERE b.id = u.building_id;
ALTER TABLE space_unit
    ALTER COLUMN started_on SET NOT NULL,
    ADD CONSTRAINT space_unit_stock_dates_ck CHECK (ended_on IS NULL OR ended_on >= started_on);

-- A unit without a start day starts with the change that adds it, not before its building.
CREATE FUNCTION space_unit_started_on() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.started_on IS NULL THEN
        SELECT greatest(b.started_on, stock_change_day()) INTO NEW.started_on FROM building b WHERE b.id = NEW.building_id;
        NEW.started_on := coalesce(NEW.started_on, stock_change_day());
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER space_unit_started_on BEFORE INSERT ON space_unit
    FOR EACH ROW EXECUTE FUNCTION space_unit_started_on();

-- The ledger: what changed in the stock on a day, per group. Stocks (buildings, floor area, vacant
-- area, listings, the asking-rent sums) are changes to add up; flows (new supply, removals, take-up,
-- released space) are the day's amounts.
CREATE TABLE stock_change (
    id                bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day               date          NOT NULL,
    park_code         varchar(6),
    town_code         varchar(32)   NOT NULL,
    building_type     varchar(16)   NOT NULL,
    buildings         int           NOT NULL DEFAULT 0,
    floor_area_m2     numeric(16, 2) NOT NULL DEFAULT 0,
    vacant_area_m2    numeric(16, 2) NOT NULL DEFAULT 0,
    listings          int           NOT NULL DEFAULT 0,
    rent_area_m2      numeric(16, 2) NOT NULL DEFAULT 0,  -- vacant area of the listings that ask a rent
    rent_yuan_month   numeric(22, 4) NOT NULL DEFAULT 0,  -- their rent × vacant area
    new_supply_m2     numeric(16, 2) NOT NULL DEFAULT 0,
    removed_m2        numeric(16, 2) NOT NULL DEFAULT 0,
    take_up_m2        numeric(16, 2) NOT NULL DEFAULT 0,
    released_m2       numeric(16, 2) NOT NULL DEFAULT 0,
    CONSTRAINT stock_change_key UNIQUE NULLS NOT DISTINCT (day, park_code, town_code, building_type)
);

-- What one building or unit adds to the stock: a row of the ledger's amounts.
CREATE TYPE stock_amount AS (
    buildings int, floor_area_m2 numeric, vacant_area_m2 numeric, listings int,
    rent_area_m2 numeric, rent_yuan_month numeric);

CREATE FUNCTION unit_stock_amount(status text, vacant_area_m2 numeric, rent numeric) RETURNS stock_amount
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ROW(0, 0, unit_vacant_m2(status, vacant_area_m2),
               CASE WHEN unit_vacant_m2(status, vacant_area_m2) > 0 THEN 1 ELSE 0 END,
               CASE WHEN rent IS NULL THEN 0 ELSE unit_vacant_m2(status, vacant_area_m2) END,
               coalesce(rent * unit_vacant_m2(status, vacant_area_m2), 0))::stock_amount
$$;

-- Adds sign × amount (and the flows) to the ledger row of the day and group.
CREATE FUNCTION add_stock_change(d date, park varchar, town varchar, btype varchar, sign int, a stock_amount,
                                 new_supply numeric DEFAULT 0, removed numeric DEFAULT 0,
                                 take_up numeric DEFAULT 0, released numeric DEFAULT 0) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO stock_change AS c (day, park_code, town_code, building_type, buildings, floor_area_m2, vacant_area_m2,
                                   listings, rent_area_m2, rent_yuan_month, new_supply_m2, removed_m2, take_up_m2, released_m2)
    VALUES (d, park, town, btype, sign * a.buildings, sign * a.floor_area_m2, sign * a.vacant_area_m2, sign * a.listings,
            sign * a.rent_area_m2, sign * a.rent_yuan_month, new_supply, removed, take_up, released)
    ON CONFLICT ON CONSTRAINT stock_change_key DO UPDATE SET
        buildings = c.buildings + EXCLUDED.buildings,
        floor_area_m2 = c.floor_area_m2 + EXCLUDED.floor_area_m2,
        vacant_area_m2 = c.vacant_area_m2 + EXCLUDED.vacant_area_m2,
        listings = c.listings + EXCLUDED.listings,
        rent_area_m2 = c.rent_area_m2 + EXCLUDED.rent_area_m2,
        rent_yuan_month = c.rent_yuan_month + EXCLUDED.rent_yuan_month,
        new_supply_m2 = c.new_supply_m2 + EXCLUDED.new_supply_m2,
        removed_m2 = c.removed_m2 + EXCLUDED.removed_m2,
        take_up_m2 = c.take_up_m2 + EXCLUDED.take_up_m2,
        released_m2 = c.released_m2 + EXCLUDED.released_m2
$$;

-- A building's own amount (1 building, its floor area) plus its units' in the stock.
CREATE FUNCTION building_stock_amount(b building) RETURNS stock_amount
LANGUAGE sql STABLE AS $$
    SELECT ROW(1, b.floor_area_m2, coalesce(sum((a).vacant_area_m2), 0), coalesce(sum((a).listings), 0)::int,
               coalesce(sum((a).rent_area_m2), 0), coalesce(sum((a).rent_yuan_month), 0))::stock_amount
    FROM (SELECT unit_stock_amount(u.status, u.vacant_area_m2, u.rent_yuan_m2_month) AS a
          FROM space_unit u WHERE u.building_id = b.id AND u.ended_on IS NULL) x
$$;

CREATE FUNCTION space_unit_stock_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ob building;
    nb building;
    oa stock_amount;
    na stock_amount;
    d date := stock_change_day();
    delta numeric;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT * INTO ob FROM building WHERE id = OLD.building_id AND ended_on IS NULL;
        IF ob.id IS NOT NULL AND OLD.ended_on IS NULL THEN
            oa := unit_stock_amount(OLD.status, OLD.vacant_area_m2, OLD.rent_yuan_m2_month);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT * INTO nb FROM building WHERE id = NEW.building_id AND ended_on IS NULL;
        IF nb.id IS NOT NULL AND NEW.ended_on IS NULL THEN
            na := unit_stock_amount(NEW.status, NEW.vacant_area_m2, NEW.rent_yuan_m2_month);
        END IF;
        IF TG_OP = 'INSERT' THEN
            d := NEW.started_on;
        ELSIF NEW.ended_on IS NOT NULL AND OLD.ended_on IS NULL THEN
            d := NEW.ended_on;
        END IF;
    END IF;
    IF oa IS NOT NULL AND na IS NOT NULL AND ob.id = nb.id THEN
        -- The same unit in the same building: a letting takes space up, a move-out releases it.
        delta := na.vacant_area_m2 - oa.vacant_area_m2;
        PERFORM add_stock_change(d, nb.park_code, nb.town_code, nb.type, 1, ROW(0, 0, delta,
                    na.listings - oa.listings, na.rent_area_m2 - oa.rent_area_m2,
                    na.rent_yuan_month - oa.rent_yuan_month)::stock_amount,
                take_up => greatest(-delta, 0), released => greatest(delta, 0));
        RETURN NULL;
    END IF;
    IF oa IS NOT NULL THEN
        PERFORM add_stock_change(d, ob.park_code, ob.town_code, ob.type, -1, oa);
    END IF;
    IF na IS NOT NULL THEN
        PERFORM add_stock_change(d, nb.park_code, nb.town_code, nb.type, 1, na);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER space_unit_stock_change AFTER INSERT OR UPDATE OR DELETE ON space_unit
    FOR EACH ROW EXECUTE FUNCTION space_unit_stock_change();

-- A building enters the stock on its start day and leaves it on its end day (or when deleted: the
-- app removes nothing, tests clean up), with its units; a change of its group or floor area moves its
-- amount on the day of the change. Before delete, while its units are still there.
CREATE FUNCTION building_stock_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    d date := stock_change_day();
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.ended_on IS NULL THEN
            PERFORM add_stock_change(NEW.started_on, NEW.park_code, NEW.town_code, NEW.type, 1,
                                     building_stock_amount(NEW), new_supply => NEW.floor_area_m2);
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.ended_on IS NULL THEN
            PERFORM add_stock_change(d, OLD.park_code, OLD.town_code, OLD.type, -1, building_stock_amount(OLD),
                                     removed => OLD.floor_area_m2);
        END IF;
        RETURN OLD;
    END IF;
    IF (OLD.park_code, OLD.town_code, OLD.type, OLD.floor_area_m2, OLD.ended_on)
       IS NOT DISTINCT FROM (NEW.park_code, NEW.town_code, NEW.type, NEW.floor_area_m2, NEW.ended_on) THEN
        RETURN NULL;
    END IF;
    IF NEW.ended_on IS NOT NULL AND OLD.ended_on IS NULL THEN
        d := NEW.ended_on;
    END IF;
    IF OLD.ended_on IS NULL THEN
        PERFORM add_stock_change(d, OLD.park_code, OLD.town_code, OLD.type, -1, building_stock_amount(OLD),
                                 removed => CASE WHEN NEW.ended_on IS NOT NULL THEN OLD.floor_area_m2 ELSE 0 END);
    END IF;
    IF NEW.ended_on IS NULL THEN
        PERFORM add_stock_change(d, NEW.park_code, NEW.town_code, NEW.type, 1, building_stock_amount(NEW),
                                 new_supply => CASE WHEN OLD.ended_on IS NOT NULL THEN NEW.floor_area_m2 ELSE 0 END);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER building_stock_change AFTER INSERT OR UPDATE ON building
    FOR EACH ROW EXECUTE FUNCTION building_stock_change();
CREATE TRIGGER building_stock_removed BEFORE DELETE ON building
    FOR EACH ROW EXECUTE FUNCTION building_stock_change();

-- The stock already there: each building on its start day (units with it).
SELECT add_stock_change(b.started_on, b.park_code, b.town_code, b.type, 1, building_stock_amount(b),
                        new_supply => b.floor_area_m2)
FROM building b WHERE b.ended_on IS NULL;

-- The stock at the end of day d per group: the ledger added up. One owner of every stock figure:
-- the current statistics (d = today), any asOf and every point of a trend read it.
CREATE FUNCTION stock_as_of(d date)
RETURNS TABLE (park_code varchar, town_code varchar, building_type varchar, buildings bigint, floor_area_m2 numeric,
               vacant_area_m2 numeric, listings bigint, rent_area_m2 numeric, rent_yuan_month numeric)
LANGUAGE sql STABLE AS $$
    SELECT c.park_code, c.town_code, c.building_type, sum(c.buildings), sum(c.floor_area_m2), sum(c.vacant_area_m2),
           sum(c.listings), sum(c.rent_area_m2), sum(c.rent_yuan_month)
    FROM stock_change c WHERE c.day <= d
    GROUP BY c.park_code, c.town_code, c.building_type
$$;

-- The average asking rent: area-weighted over the vacant units that ask one (null when none does).
CREATE FUNCTION average_rent(rent_yuan_month numeric, rent_area_m2 numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN coalesce(rent_area_m2, 0) = 0 THEN NULL ELSE round(rent_yuan_month / rent_area_m2, 2) END
$$;

-- Land: every change of a parcel's status, area, planning use or place, kept like occupancy events.
CREATE TABLE parcel_status_event (
    id            bigserial     PRIMARY KEY,
    parcel_id     bigint        NOT NULL,
    changed_on    date          NOT NULL,
    recorded_at   timestamptz   NOT NULL DEFAULT now(),
    status_before varchar(24),
    status        varchar(24),  -- null: the parcel was deleted
    area_m2       numeric(12, 2),
    planning_use  varchar(2),
    park_code     varchar(6),
    town_code     varchar(32)
);
CREATE INDEX parcel_status_event_parcel_idx ON parcel_status_event (parcel_id, changed_on, id);

CREATE FUNCTION parcel_status_event_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'parcel_status_event is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER parcel_status_event_no_update_delete BEFORE UPDATE OR DELETE ON parcel_status_event
    FOR EACH ROW EXECUTE FUNCTION parcel_status_event_is_append_only();

CREATE FUNCTION parcel_status_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO parcel_status_event (parcel_id, changed_on, status_before, status)
        VALUES (OLD.id, stock_change_day(), OLD.status, NULL);
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND (OLD.status, OLD.area_m2, OLD.planning_use, OLD.park_code, OLD.town_code)
       IS NOT DISTINCT FROM (NEW.status, NEW.area_m2, NEW.planning_use, NEW.park_code, NEW.town_code) THEN
        RETURN NULL;
    END IF;
    INSERT INTO parcel_status_event (parcel_id, changed_on, status_before, status, area_m2, planning_use, park_code, town_code)
    VALUES (NEW.id, stock_change_day(), CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status, NEW.area_m2,
            NEW.planning_use, NEW.park_code, NEW.town_code);
    RETURN NULL;
END;
$$;
CREATE TRIGGER parcel_status_changed AFTER INSERT OR UPDATE OR DELETE ON parcel
    FOR EACH ROW EXECUTE FUNCTION parcel_status_changed();

INSERT INTO parcel_status_event (parcel_id, changed_on, status, area_m2, planning_use, park_code, town_code)
SELECT id, dongguan_today(), status, area_m2, planning_use, park_code, town_code FROM parcel;
