package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.XlsxAnswers;
import cn.dongguan.cfk.space.Freshness;
import cn.dongguan.cfk.space.SpaceListings;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Exports of a layer (issue 11), streamed: rows are read from PostgreSQL through a cursor and written
 * one at a time (SXSSF for .xlsx), so a city's units never sit in memory. Columns and headers are the
 * catalogue's, {@code id} and the import's keys included, so an export imports back unchanged.
 * Personal data (occupants, contacts) is written only for viewers who may see it (CurrentViewer),
 * row by row; for those who may see none, its columns are left out.
 */
@Component
record Exports(DataSource dataSource, CurrentViewer viewer, SpaceListings spaces, Clock clock, Ogr2ogr ogr2ogr) {

    /** The formats, by the file name's ending, with their media types. */
    enum Format {
        XLSX("xlsx", XlsxAnswers.MEDIA_TYPE),
        CSV("csv", "text/csv;charset=UTF-8"),
        GEOJSON("geojson", "application/geo+json"),
        GPKG("gpkg", "application/geopackage+sqlite3"),
        SHAPEFILE("shp.zip", "application/zip");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** Whether the format holds each row's geometry. */
        boolean spatial() {
            return this == GEOJSON || this == GPKG || this == SHAPEFILE;
        }
    }

    /** {@code park=} and {@code town=} of the inventories' exports: lists of codes, checked. */
    record Scope(List<String> parks, List<String> towns) {}

    private static final String BUILDINGS = """
            SELECT b.id, b.park_code AS "parkCode", b.town_code AS "townCode", b.name, b.address, b.type, b.floors,
                   b.floor_area_m2 AS "floorAreaM2", b.structure, b.year_built AS "yearBuilt",
                   b.land_tenure AS "landTenure", b.title_certificate AS "titleCertificate",
                   b.cargo_lift_count AS "cargoLiftCount", b.cargo_lift_tonnes AS "cargoLiftTonnes",
                   b.fire_hazard_class AS "fireHazardClass",
                   round(ST_X(ST_PointOnSurface(b.geom))::numeric, 7) AS lon,
                   round(ST_Y(ST_PointOnSurface(b.geom))::numeric, 7) AS lat,
                   ST_AsText(b.geom) AS "geometryWkt"
            FROM building b
            WHERE (? OR b.park_code = ANY (?)) AND (? OR b.town_code = ANY (?))
            ORDER BY b.id""";

    private static final String UNITS = """
            SELECT u.id, b.park_code AS "parkCode", u.building_id AS "buildingId", b.name AS "buildingName",
                   u.floor_from AS "floorFrom", u.floor_to AS "floorTo",
                   row_number() OVER (PARTITION BY u.building_id, u.floor_from, u.floor_to ORDER BY u.id) AS position,
                   u.area_m2 AS "areaM2", u.vacant_area_m2 AS "vacantAreaM2", u.ceiling_height_m AS "ceilingHeightM",
                   u.floor_load_kg_m2 AS "floorLoadKgM2", u.power_kva AS "powerKva",
                   u.rent_yuan_m2_month AS "rentYuanM2Month", u.status, u.available_from AS "availableFrom",
                   e.credit_code AS "occupantCreditCode", e.name AS "occupantName",
                   b.type AS "buildingType", b.address, b.fire_hazard_class AS "fireHazardClass",
                   p.name AS "parkName", b.town_code AS "townCode", t.name AS "townName",
                   u.last_confirmed_at AS "lastConfirmedAt", u.last_confirmed_at < ? AS stale,
                   CASE WHEN ? THEN ST_AsText(ST_PointOnSurface(b.geom)) END AS "geometryWkt"
            FROM space_unit u
            JOIN building b ON b.id = u.building_id
            JOIN town t ON t.code = b.town_code
            LEFT JOIN park p ON p.code = b.park_code
            LEFT JOIN enterprise e ON e.id = u.occupant_enterprise_id
            WHERE (? OR b.park_code = ANY (?)) AND (? OR b.town_code = ANY (?))
            ORDER BY u.id""";

    private static final String PARCELS = """
            SELECT l.id, l.parcel_no AS "parcelNo", l.park_code AS "parkCode", l.town_code AS "townCode",
                   l.area_m2 AS "areaM2", m2_to_mu(l.area_m2) AS "areaMu", l.planning_use AS "planningUse",
                   l.plot_ratio_min AS "plotRatioMin", l.plot_ratio_max AS "plotRatioMax",
                   l.building_density AS "buildingDensity", l.green_ratio AS "greenRatio",
                   l.height_limit_m AS "heightLimitM", l.development_state AS "developmentState", l.status,
                   l.reference_price_wan_yuan AS "referencePriceWanYuan",
                   l.earliest_supply_date AS "earliestSupplyDate",
                   l.min_investment_wan_yuan_mu AS "minInvestmentWanYuanMu", l.min_tax_wan_yuan_mu AS "minTaxWanYuanMu",
                   l.min_output_wan_yuan_mu AS "minOutputWanYuanMu", l.max_energy_tce_wan_yuan AS "maxEnergyTceWanYuan",
                   ST_AsText(l.geom) AS "geometryWkt"
            FROM parcel l
            WHERE (? OR l.park_code = ANY (?)) AND (? OR l.town_code = ANY (?))
            ORDER BY l.id""";

    private static final String ENTERPRISES = """
            SELECT id, credit_code AS "creditCode", name, industry_code AS "industryCode", grade,
                   contact_name AS "contactName", contact_phone AS "contactPhone", contact_email AS "contactEmail"
            FROM enterprise ORDER BY id""";

    private static final String EFFICIENCY = """
            SELECT e.credit_code AS "creditCode", r.year, e.name AS "enterpriseName", r.grade,
                   r.tax_per_mu AS "taxPerMu", r.revenue_per_mu AS "revenuePerMu",
                   r.energy_value_added AS "energyValueAdded", r.rd_share AS "rdShare",
                   r.land_area_mu AS "landAreaMu", r.graded_by AS "gradedBy"
            FROM efficiency_result r JOIN enterprise e ON e.id = r.enterprise_id
            ORDER BY r.year DESC, e.credit_code""";

    private static final String TOWNS = """
            SELECT code, name, name_en AS "nameEn", CASE WHEN ? THEN ST_AsText(geom) END AS "geometryWkt"
            FROM town ORDER BY code""";

    private static final String PARKS = """
            SELECT p.code, p.name, p.level,
                   (SELECT string_agg(town_code, ',' ORDER BY town_code) FROM park_town WHERE park_code = p.code) AS towns,
                   (SELECT string_agg(industry_code, ',' ORDER BY industry_code) FROM park_industry WHERE park_code = p.code) AS industries,
                   p.planned_area_m2 AS "plannedAreaM2", p.managing_body AS "managingBody",
                   p.contact_name AS "contactName", p.contact_phone AS "contactPhone",
                   f.floor_area_m2 AS "floorAreaM2", f.vacant_area_m2 AS "vacantAreaM2", f.vacancy_rate AS "vacancyRate",
                   f.available_land_mu AS "availableLandMu",
                   CASE WHEN ? THEN ST_AsText(p.geom) END AS "geometryWkt"
            FROM park p JOIN park_figures f ON f.park_code = p.code
            WHERE (? OR p.code = ANY (?))
            ORDER BY p.code""";

    static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The columns a viewer gets of a layer: personal ones only when they may see some personal data,
     * evaluation results (grades) only for staff and administrators;
     * the geometry only in GIS formats (units and spaces: a point of their building).
     */
    List<Column> columns(TransferLayer layer, Format format) {
        boolean personal = viewer.isStaffOrAdmin() || !viewer.managedParks().isEmpty();
        List<Column> columns = new ArrayList<>(layer.columns.stream()
                .filter(c -> layer != TransferLayer.SPACES || !c.personal())
                .filter(c -> layer != TransferLayer.SPACES || !c.name().equals("position"))
                .filter(c -> personal || !c.personal())
                .filter(c -> viewer.isStaffOrAdmin() || !c.evaluation())
                .filter(c -> format.spatial()
                        || !c.name().equals(GisRows.GEOMETRY)
                        || layer == TransferLayer.BUILDINGS
                        || layer == TransferLayer.PARCELS)
                .toList());
        if (format.spatial() && (layer == TransferLayer.UNITS || layer == TransferLayer.SPACES)) {
            columns.add(Catalogue.LOCATION);
        }
        return columns;
    }

    void inventory(TransferLayer layer, Format format, Scope scope, OutputStream out) {
        if (layer == TransferLayer.EFFICIENCY) {
            viewer.requireStaffOrAdmin();
        }
        List<Column> columns = columns(layer, format);
        boolean spatial = format.spatial();
        try (RowWriter writer = writer(format, layer, out)) {
            writer.header(columns);
            Consumer<Map<String, Object>> row = values -> writer.row(values(columns, values));
            switch (layer) {
                case BUILDINGS -> query(BUILDINGS, row, scope.parks(), scope.towns());
                case UNITS ->
                    query(
                            UNITS,
                            row,
                            Timestamp.from(Freshness.staleBefore(clock)),
                            spatial,
                            scope.parks(),
                            scope.towns());
                case PARCELS -> query(PARCELS, row, scope.parks(), scope.towns());
                case ENTERPRISES -> query(ENTERPRISES, row);
                case EFFICIENCY -> query(EFFICIENCY, row);
                case TOWNS -> query(TOWNS, row, spatial);
                case PARKS -> query(PARKS, row, spatial, scope.parks());
                case SPACES -> throw new IllegalArgumentException("spaces are exported with the search's filters");
            }
        }
    }

    void spaces(Format format, SpaceListings.Filters filters, OutputStream out) {
        List<Column> columns = columns(TransferLayer.SPACES, format);
        Map<Long, String> points = format.spatial() ? buildingPoints() : Map.of();
        // The writer starts at the first hit: a filter the search refuses is still answered as a problem.
        RowWriter[] writer = {null};
        try {
            spaces.each(filters, hit -> {
                if (writer[0] == null) {
                    writer[0] = writer(format, TransferLayer.SPACES, out);
                    writer[0].header(columns);
                }
                if (!points.isEmpty()) {
                    hit.put(GisRows.GEOMETRY, points.get(((Number) hit.get("buildingId")).longValue()));
                }
                writer[0].row(values(columns, hit));
            });
            if (writer[0] == null) {
                writer[0] = writer(format, TransferLayer.SPACES, out);
                writer[0].header(columns);
            }
        } finally {
            if (writer[0] != null) {
                writer[0].close();
            }
        }
    }

    /** A point inside each building's footprint, for the space search's GIS exports. */
    private Map<Long, String> buildingPoints() {
        Map<Long, String> points = new HashMap<>();
        query(
                "SELECT id, ST_AsText(ST_PointOnSurface(geom)) AS p FROM building",
                r -> points.put(((Number) r.get("id")).longValue(), (String) r.get("p")));
        return points;
    }

    private RowWriter writer(Format format, TransferLayer layer, OutputStream out) {
        ZoneId zone = clock.getZone();
        return switch (format) {
            case XLSX -> new XlsxRowWriter(out, layer.zh + " " + layer.path, zone);
            case CSV -> new CsvRowWriter(out, zone);
            case GEOJSON -> new GeoJsonRowWriter(out, layer.path, zone);
            case GPKG -> new GpkgRowWriter(out, layer.path, zone);
            case SHAPEFILE -> {
                ogr2ogr.require();
                yield new ShapefileRowWriter(out, layer.path, zone, ogr2ogr);
            }
        };
    }

    /** The row's values by column; personal ones blank unless the viewer may see the row's park's. */
    private List<Object> values(List<Column> columns, Map<String, Object> row) {
        Object park = row.containsKey("parkCode") ? row.get("parkCode") : row.get("code");
        boolean personal = viewer.maySeePersonalDataOf(park instanceof String s ? s : null);
        List<Object> values = new ArrayList<>(columns.size());
        for (Column c : columns) {
            values.add(c.personal() && !personal ? null : row.get(c.name()));
        }
        return values;
    }

    /**
     * Runs a statement through a cursor; each list parameter binds as "(absent) OR column = ANY (list)":
     * the flag first, then the array.
     */
    private void query(String sql, Consumer<Map<String, Object>> row, Object... params) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(2000);
                int i = 1;
                for (Object p : params) {
                    if (p instanceof List<?> list) {
                        statement.setBoolean(i++, list.isEmpty());
                        statement.setArray(i++, connection.createArrayOf("text", list.toArray()));
                    } else {
                        statement.setObject(i++, p);
                    }
                }
                try (ResultSet rs = statement.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    Map<String, Object> values = new HashMap<>();
                    while (rs.next()) {
                        values.clear();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            values.put(meta.getColumnLabel(c), value(rs.getObject(c)));
                        }
                        row.accept(values);
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Export failed: " + e.getMessage(), e);
        }
    }

    private static Object value(Object v) {
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return v;
    }
}
