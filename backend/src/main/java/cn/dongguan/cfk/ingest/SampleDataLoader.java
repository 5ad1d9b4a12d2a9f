package cn.dongguan.cfk.ingest;

import static cn.dongguan.cfk.ingest.Json.bool;
import static cn.dongguan.cfk.ingest.Json.decimal;
import static cn.dongguan.cfk.ingest.Json.geometry;
import static cn.dongguan.cfk.ingest.Json.intValue;
import static cn.dongguan.cfk.ingest.Json.longValue;
import static cn.dongguan.cfk.ingest.Json.props;
import static cn.dongguan.cfk.ingest.Json.text;
import static cn.dongguan.cfk.ingest.Json.texts;

import cn.dongguan.cfk.security.DemoAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Loads the sample data set into an empty database, in one transaction, before the app serves
 * requests. Dates in the files are relative to the day of loading (see gis-data/README.md).
 * Several instances starting together load it once: an advisory lock serialises them.
 */
@Component
class SampleDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);
    private static final long LOCK_KEY = 0x0CF4_5A4D_0001L;
    private static final int BATCH = 2000;

    private final SampleDataProperties properties;
    private final ResourceLoader resources;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<DemoAccounts> demoAccounts;
    private final Clock clock;

    SampleDataLoader(
            SampleDataProperties properties,
            ResourceLoader resources,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            ObjectProvider<DemoAccounts> demoAccounts,
            Clock clock) {
        this.properties = properties;
        this.resources = resources;
        this.jdbc = jdbc;
        this.tx = tx;
        this.demoAccounts = demoAccounts;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.load()) {
            tx.executeWithoutResult(status -> loadIfEmpty(new SampleDataSet(resources, properties.location())));
        }
    }

    void loadIfEmpty(SampleDataSet data) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, LOCK_KEY);
        Integer parks = jdbc.queryForObject("SELECT count(*) FROM park", Integer.class);
        if (parks != null && parks > 0) {
            return;
        }
        long started = System.nanoTime();
        log.info("Loading the sample data set from {} (sample data, not official) …", data.describe());
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        SampleHistory history = new SampleHistory(data.optional("history.json"));
        Map<Long, LocalDate> buildingStarted = new HashMap<>();

        batch(
                "INSERT INTO town (code, name, name_en, geom) VALUES (?, ?, ?, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)))",
                data.items("towns.geojson"),
                f -> {
                    JsonNode p = props(f);
                    return new Object[] {text(p, "code"), text(p, "name"), text(p, "nameEn"), geometry(f)};
                });

        List<Object[]> parkTowns = new ArrayList<>();
        List<Object[]> parkIndustries = new ArrayList<>();
        batch("""
                INSERT INTO park (code, name, level, geom, planned_area_m2, managing_body, contact_name, contact_phone)
                VALUES (?, ?, ?, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)), ?, ?, ?, ?)""", data.items("parks.geojson"), f -> {
            JsonNode p = props(f);
            String code = text(p, "code");
            texts(p, "towns").forEach(t -> parkTowns.add(new Object[] {code, t}));
            texts(p, "industries").forEach(i -> parkIndustries.add(new Object[] {code, i}));
            return new Object[] {
                code,
                text(p, "name"),
                text(p, "level"),
                geometry(f),
                decimal(p, "plannedAreaM2"),
                text(p, "managingBody"),
                text(p, "contactName"),
                text(p, "contactPhone")
            };
        });
        jdbc.batchUpdate("INSERT INTO park_town (park_code, town_code) VALUES (?, ?)", parkTowns);
        jdbc.batchUpdate("INSERT INTO park_industry (park_code, industry_code) VALUES (?, ?)", parkIndustries);

        batch("""
                INSERT INTO enterprise (id, name, credit_code, industry_code, grade, contact_name, contact_phone, contact_email)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", data.items("enterprises.json"), e -> new Object[] {
            longValue(e, "id"),
            text(e, "name"),
            text(e, "creditCode"),
            text(e, "industryCode"),
            text(e, "grade"),
            text(e, "contactName"),
            text(e, "contactPhone"),
            text(e, "contactEmail")
        });

        JsonNode efficiency = data.optional("efficiency.json");
        if (efficiency != null) {
            batch("""
                    INSERT INTO efficiency_result (enterprise_id, year, grade, graded_by, tax_per_mu, revenue_per_mu,
                                                   energy_value_added, rd_share, land_area_mu)
                    VALUES (?, ?, ?, 'BUREAU', ?, ?, ?, ?, ?)""", efficiency, r -> new Object[] {
                longValue(r, "enterpriseId"),
                intValue(r, "year"),
                text(r, "grade"),
                decimal(r, "taxPerMu"),
                decimal(r, "revenuePerMu"),
                decimal(r, "energyValueAdded"),
                decimal(r, "rdShare"),
                decimal(r, "landAreaMu")
            });
        }

        batch("""
                INSERT INTO building (id, park_code, town_code, name, address, type, floors, floor_area_m2, structure,
                                      year_built, land_tenure, title_certificate, cargo_lift_count, cargo_lift_tonnes,
                                      fire_hazard_class, started_on, geom)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326))""", data.items("buildings.geojson"), f -> {
            JsonNode p = props(f);
            long id = longValue(p, "id");
            LocalDate startedOn = history.buildingStarted(id, today);
            buildingStarted.put(id, startedOn);
            return new Object[] {
                id,
                text(p, "parkCode"),
                text(p, "townCode"),
                text(p, "name"),
                text(p, "address"),
                text(p, "type"),
                intValue(p, "floors"),
                decimal(p, "floorAreaM2"),
                text(p, "structure"),
                intValue(p, "yearBuilt"),
                text(p, "landTenure"),
                bool(p, "titleCertificate"),
                intValue(p, "cargoLiftCount"),
                decimal(p, "cargoLiftTonnes"),
                text(p, "fireHazardClass"),
                startedOn,
                geometry(f)
            };
        });

        batch("""
                INSERT INTO space_unit (id, building_id, floor_from, floor_to, area_m2, vacant_area_m2, ceiling_height_m,
                                        floor_load_kg_m2, power_kva, rent_yuan_m2_month, status, available_from,
                                        occupant_enterprise_id, last_confirmed_at, started_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", data.items("units.json"), u -> {
            long id = longValue(u, "id");
            SampleHistory.UnitState first = history.firstState(id);
            return new Object[] {
                id,
                longValue(u, "buildingId"),
                intValue(u, "floorFrom"),
                intValue(u, "floorTo"),
                decimal(u, "areaM2"),
                first == null ? decimal(u, "vacantAreaM2") : first.vacantAreaM2(),
                decimal(u, "ceilingHeightM"),
                decimal(u, "floorLoadKgM2"),
                decimal(u, "powerKva"),
                first == null ? decimal(u, "rentYuanM2Month") : first.rentYuanM2Month(),
                first == null ? text(u, "status") : first.status(),
                first == null ? daysFrom(today, intValue(u, "availableInDays")) : null,
                first == null ? longValue(u, "occupantEnterpriseId") : first.occupant(),
                now.minusDays(orZero(intValue(u, "lastConfirmedDaysAgo"))),
                buildingStarted.get(longValue(u, "buildingId"))
            };
        });
        Map<Long, LocalDate> availableFrom = new HashMap<>();
        for (JsonNode u : data.items("units.json")) {
            LocalDate from = daysFrom(today, intValue(u, "availableInDays"));
            if (from != null && history.firstState(longValue(u, "id")) != null) {
                availableFrom.put(longValue(u, "id"), from);
            }
        }

        SampleHistoryReplay replay = new SampleHistoryReplay(jdbc, clock);
        replay.changedOn(today.minusDays(SampleHistory.PARCELS_RECORDED_DAYS_AGO));

        batch("""
                INSERT INTO parcel (id, parcel_no, park_code, town_code, geom, area_m2, planning_use, plot_ratio_min,
                                    plot_ratio_max, building_density, green_ratio, height_limit_m, development_state,
                                    status, reference_price_wan_yuan, earliest_supply_date, min_investment_wan_yuan_mu,
                                    min_tax_wan_yuan_mu, min_output_wan_yuan_mu, max_energy_tce_wan_yuan)
                SELECT ?, ?, ?, ?, g, round(ST_Area(g::geography)::numeric, 2), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                FROM (SELECT ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)) AS g) AS input""", data.items("parcels.geojson"), f -> {
            JsonNode p = props(f);
            return new Object[] {
                longValue(p, "id"),
                text(p, "parcelNo"),
                text(p, "parkCode"),
                text(p, "townCode"),
                text(p, "planningUse"),
                decimal(p, "plotRatioMin"),
                decimal(p, "plotRatioMax"),
                decimal(p, "buildingDensity"),
                decimal(p, "greenRatio"),
                decimal(p, "heightLimitM"),
                text(p, "developmentState"),
                history.firstStatus(longValue(p, "id"), text(p, "status")),
                decimal(p, "referencePriceWanYuan"),
                daysFrom(today, intValue(p, "earliestSupplyInDays")),
                decimal(p, "minInvestmentWanYuanMu"),
                decimal(p, "minTaxWanYuanMu"),
                decimal(p, "minOutputWanYuanMu"),
                decimal(p, "maxEnergyTceWanYuan"),
                geometry(f)
            };
        });
        replay.replay(history, today, availableFrom);
        SampleFutureSupply.load(jdbc, today);

        demoAccounts.ifAvailable(DemoAccounts::ensure);
        loadProjects(data, today);

        for (String table : List.of("enterprise", "building", "space_unit", "parcel", "expansion_project")) {
            jdbc.queryForObject(
                    "SELECT setval(pg_get_serial_sequence(?, 'id'), greatest(1, (SELECT max(id) FROM " + table
                            + ")))::text",
                    String.class,
                    table);
        }
        // Fresh statistics, so the planner uses the spatial indexes from the first query on.
        jdbc.execute("ANALYZE");
        log.info(
                "Sample data loaded in {} ms: {}",
                (System.nanoTime() - started) / 1_000_000,
                data.manifest().get("counts"));
    }

    private void loadProjects(SampleDataSet data, LocalDate today) {
        List<Object[]> towns = new ArrayList<>();
        List<Object[]> parks = new ArrayList<>();
        batch("""
                INSERT INTO expansion_project (id, name, enterprise_id, industry_code, investment_wan_yuan, site_kind,
                        min_area_m2, max_area_m2, min_area_mu, max_area_mu, min_ceiling_height_m, min_floor_load_kg_m2,
                        min_power_kva, fire_class, pollution_class, location_hard, max_rent_yuan_m2_month,
                        budget_wan_yuan, needed_by, planned_start, status, assigned_staff, planned_tax_wan_yuan_year,
                        planned_output_wan_yuan_year, planned_energy_tce_year)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        (SELECT username FROM app_user WHERE username = ?), ?, ?, ?)""", data.items("projects.json"), p -> {
            Long id = longValue(p, "id");
            texts(p, "preferredTowns").forEach(t -> towns.add(new Object[] {id, t}));
            texts(p, "preferredParks").forEach(k -> parks.add(new Object[] {id, k}));
            return new Object[] {
                id,
                text(p, "name"),
                longValue(p, "enterpriseId"),
                text(p, "industryCode"),
                decimal(p, "investmentWanYuan"),
                text(p, "siteKind"),
                decimal(p, "minAreaM2"),
                decimal(p, "maxAreaM2"),
                decimal(p, "minAreaMu"),
                decimal(p, "maxAreaMu"),
                decimal(p, "minCeilingHeightM"),
                decimal(p, "minFloorLoadKgM2"),
                decimal(p, "minPowerKva"),
                text(p, "fireClass"),
                intValue(p, "pollutionClass"),
                Boolean.TRUE.equals(bool(p, "locationHard")),
                decimal(p, "maxRentYuanM2Month"),
                decimal(p, "budgetWanYuan"),
                daysFrom(today, intValue(p, "neededByInDays")),
                daysFrom(today, intValue(p, "plannedStartInDays")),
                text(p, "status"),
                text(p, "assignedStaff"),
                decimal(p, "plannedTaxWanYuanYear"),
                decimal(p, "plannedOutputWanYuanYear"),
                decimal(p, "plannedEnergyTceYear")
            };
        });
        jdbc.batchUpdate("INSERT INTO project_town (project_id, town_code) VALUES (?, ?)", towns);
        jdbc.batchUpdate("INSERT INTO project_park (project_id, park_code) VALUES (?, ?)", parks);
    }

    private void batch(String sql, Iterable<JsonNode> items, Function<JsonNode, Object[]> row) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (JsonNode item : items) {
            rows.add(row.apply(item));
            if (rows.size() == BATCH) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private static LocalDate daysFrom(LocalDate today, Integer days) {
        return days == null ? null : today.plusDays(days);
    }

    private static int orZero(Integer days) {
        return days == null ? 0 : days;
    }
}
