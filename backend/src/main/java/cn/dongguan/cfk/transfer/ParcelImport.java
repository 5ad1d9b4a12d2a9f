package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.FootprintBatch.Candidate;
import cn.dongguan.cfk.geometry.Footprints.Existing;
import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.land.ParcelRules;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ForbiddenException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Land parcels (地块). A row names its parcel by {@code id} or by its parcel number; a row naming none
 * is a new parcel, whose boundary is its {@code geometryWkt}. Rows are checked by land's parcel rules,
 * boundaries by geometry's pipeline (the area follows the boundary), parcel numbers stay unique.
 */
@Component
class ParcelImport extends RowImport {

    private static final String RESOLVE = """
            WITH r AS (
                SELECT row_no, given,
                       CASE WHEN jsonb_typeof(given->'id') = 'number' THEN (given->>'id')::numeric::bigint END AS id,
                       given->>'parcelNo' AS parcel_no,
                       CASE WHEN jsonb_typeof(given->'geometry') = 'object' THEN given->'geometry' END AS geometry
                FROM import_row WHERE job_id = ?
            ), matched AS (
                SELECT r.*, byid.id AS by_id, byno.id AS by_no,
                       CASE WHEN r.id IS NOT NULL THEN byid.id ELSE byno.id END AS target
                FROM r
                LEFT JOIN parcel byid ON byid.id = r.id
                LEFT JOIN parcel byno ON byno.parcel_no = r.parcel_no
            )
            SELECT m.row_no, m.given::text AS given, m.id, m.target, m.by_no,
                   first_value(m.row_no) OVER (PARTITION BY coalesce('p' || m.target, 'n' || coalesce(m.parcel_no, '#' || m.row_no))
                       ORDER BY m.row_no) AS first_row,
                   first_value(m.row_no) OVER (PARTITION BY coalesce(m.parcel_no, '#' || m.row_no) ORDER BY m.row_no) AS first_with_no,
                   p.version, p.park_code AS stored_park,
                   CASE WHEN p.id IS NOT NULL THEN jsonb_build_object(
                       'parcelNo', p.parcel_no, 'parkCode', p.park_code, 'planningUse', p.planning_use,
                       'plotRatioMin', p.plot_ratio_min, 'plotRatioMax', p.plot_ratio_max,
                       'buildingDensity', p.building_density, 'greenRatio', p.green_ratio,
                       'heightLimitM', p.height_limit_m, 'developmentState', p.development_state, 'status', p.status,
                       'referencePriceWanYuan', p.reference_price_wan_yuan,
                       'earliestSupplyDate', p.earliest_supply_date,
                       'minInvestmentWanYuanMu', p.min_investment_wan_yuan_mu, 'minTaxWanYuanMu', p.min_tax_wan_yuan_mu,
                       'minOutputWanYuanMu', p.min_output_wan_yuan_mu,
                       'maxEnergyTceWanYuan', p.max_energy_tce_wan_yuan)::text END AS stored,
                   ST_AsBinary(p.geom) AS geom_wkb,
                   import_same_geometry(m.geometry, p.geom) AS same_geometry
            FROM matched m LEFT JOIN parcel p ON p.id = m.target
            ORDER BY m.row_no""";

    private final ParcelRules rules;
    private final Placements placements;
    private final CurrentViewer viewer;
    private final JdbcClient jdbc;

    ParcelImport(ParcelRules rules, Placements placements, CurrentViewer viewer, JdbcClient jdbc) {
        super(TransferLayer.PARCELS, RESOLVE, List.of(List.of("id"), List.of("parcelNo")));
        this.rules = rules;
        this.placements = placements;
        this.viewer = viewer;
        this.jdbc = jdbc;
    }

    @Override
    Checked check(ResultSet rs, int row, ObjectNode given, CheckContext context) throws SQLException {
        Long id = (Long) rs.getObject("id");
        Long target = (Long) rs.getObject("target");
        if (id != null && target == null) {
            return Outcome.refused(row, "id", given.get("id"), "地块 " + id + " 不存在", "Parcel " + id + " does not exist");
        }
        int first = rs.getInt("first_row");
        int firstWithNo = rs.getInt("first_with_no");
        if (first != row || firstWithNo != row) {
            int other = first != row ? first : firstWithNo;
            return Outcome.refused(
                    row,
                    "parcelNo",
                    given.get("parcelNo"),
                    "与第 " + other + " 行重复（同一地块或同一宗地编号）",
                    "A duplicate of row " + other + " (the same parcel or parcel number)");
        }
        Long byNo = (Long) rs.getObject("by_no");
        if (target != null && byNo != null && !byNo.equals(target)) {
            return Outcome.refused(
                    row,
                    "parcelNo",
                    given.get("parcelNo"),
                    "宗地编号 " + Rows.shown(given.get("parcelNo")) + " 已被地块 " + byNo + " 使用",
                    "Parcel number " + Rows.shown(given.get("parcelNo")) + " is already used by parcel " + byNo);
        }
        ObjectNode stored = Rows.parse(rs.getString("stored"));
        String storedPark = rs.getString("stored_park");
        JsonNode geometry = given.get("geometry");
        boolean hasGeometry = geometry != null && geometry.isObject();
        String crs = context.job().crs();
        try {
            if (target != null) {
                viewer.requireInventoryWrite(storedPark);
            }
            ObjectNode checked = rules.parcel(Rows.merged(stored, given, ParcelRules.FIELDS));
            String park = checked.path("parkCode").asString(null);
            viewer.requireInventoryWrite(park);
            if (crs != null) {
                checked.put("crs", crs);
            }
            if (target == null) {
                if (!hasGeometry) {
                    return Outcome.refused(
                            row,
                            "geometryWkt",
                            null,
                            "新地块需要边界 geometryWkt",
                            "A new parcel needs its boundary in geometryWkt");
                }
                checked.set("geometry", geometry);
                return new Deferred(
                        row,
                        given,
                        new Candidate(row, geometry, crs, park, -1),
                        area -> outcome(row, null, null, checked, stored, true));
            }
            long version = rs.getLong("version");
            boolean sameGeometry = Rows.keepsGeometry(hasGeometry, crs, rs);
            if (!sameGeometry) {
                checked.set("geometry", geometry);
                return new Deferred(
                        row,
                        given,
                        new Candidate(row, geometry, crs, park, target),
                        area -> outcome(row, target, version, checked, stored, true));
            }
            boolean moved = !Objects.equals(park, storedPark);
            if (moved) {
                Existing existing =
                        new Existing(target, Placements.geometry(rs.getBytes("geom_wkb")), storedPark, version);
                placements.previewChange(null, crs, existing, park, Subject.PARCEL);
            }
            return outcome(row, target, version, checked, stored, moved);
        } catch (BadRequestException e) {
            return Outcome.rejected(row, List.of(Rows.refused(row, e, given)));
        } catch (ForbiddenException e) {
            return Outcome.rejected(
                    row, List.of(Rows.forbidden(row, e, "parkCode", Rows.shown(given.get("parkCode")))));
        }
    }

    private static Outcome outcome(
            int row, Long target, Long version, ObjectNode checked, ObjectNode stored, boolean placement) {
        ArrayNode diff = Rows.diff(stored, checked, ParcelRules.FIELDS);
        if (checked.has("geometry")) {
            Rows.geometryChanged(diff, checked.get("geometry"));
        }
        if (target == null) {
            return Outcome.added(row, checked, diff, true);
        }
        return Outcome.updated(row, target, version, checked, stored, diff, placement);
    }

    @Override
    public Subject placed() {
        return Subject.PARCEL;
    }

    @Override
    public void commit(long job, String actor, Instant now) {
        int expected = jdbc.sql("""
                        SELECT count(*) FROM import_outcome WHERE job_id = ? AND action = 'CHANGED' AND NOT placement""").param(job).query(Integer.class).single();
        int updated = jdbc.sql("""
                UPDATE parcel p SET
                    parcel_no = c->>'parcelNo', park_code = c->>'parkCode', planning_use = c->>'planningUse',
                    plot_ratio_min = (c->>'plotRatioMin')::numeric, plot_ratio_max = (c->>'plotRatioMax')::numeric,
                    building_density = (c->>'buildingDensity')::numeric, green_ratio = (c->>'greenRatio')::numeric,
                    height_limit_m = (c->>'heightLimitM')::numeric, development_state = c->>'developmentState',
                    status = c->>'status', reference_price_wan_yuan = (c->>'referencePriceWanYuan')::numeric,
                    earliest_supply_date = (c->>'earliestSupplyDate')::date,
                    min_investment_wan_yuan_mu = (c->>'minInvestmentWanYuanMu')::numeric,
                    min_tax_wan_yuan_mu = (c->>'minTaxWanYuanMu')::numeric,
                    min_output_wan_yuan_mu = (c->>'minOutputWanYuanMu')::numeric,
                    max_energy_tce_wan_yuan = (c->>'maxEnergyTceWanYuan')::numeric, version = p.version + 1
                FROM (SELECT target_id, target_version, checked AS c FROM import_outcome
                      WHERE job_id = ? AND action = 'CHANGED' AND NOT placement) o
                WHERE p.id = o.target_id AND p.version = o.target_version""").param(job).update();
        StaleImportException.requireAll(updated, expected, "地块|parcels");
        placements.commitPlaced(jdbc, job, "parcel", Subject.PARCEL, this::write);
    }

    private void write(Long target, Long version, ObjectNode c, Placed placed) {
        String sql = target == null ? """
                INSERT INTO parcel (parcel_no, park_code, town_code, geom, area_m2, planning_use, plot_ratio_min,
                                    plot_ratio_max, building_density, green_ratio, height_limit_m, development_state,
                                    status, reference_price_wan_yuan, earliest_supply_date, min_investment_wan_yuan_mu,
                                    min_tax_wan_yuan_mu, min_output_wan_yuan_mu, max_energy_tce_wan_yuan)
                VALUES (:no, :park, :town, ST_GeomFromWKB(:wkb, 4326), :area, :use, :prMin, :prMax, :density, :green,
                        :height, :state, :status, :price, CAST(:supply AS date), :minInvest, :minTax, :minOutput,
                        :maxEnergy)""" : """
                UPDATE parcel SET parcel_no = :no, park_code = :park, town_code = coalesce(:town, town_code),
                       geom = coalesce(ST_GeomFromWKB(CAST(:wkb AS bytea), 4326), geom), area_m2 = coalesce(:area, area_m2),
                       planning_use = :use, plot_ratio_min = :prMin, plot_ratio_max = :prMax, building_density = :density,
                       green_ratio = :green, height_limit_m = :height, development_state = :state, status = :status,
                       reference_price_wan_yuan = :price, earliest_supply_date = CAST(:supply AS date),
                       min_investment_wan_yuan_mu = :minInvest, min_tax_wan_yuan_mu = :minTax,
                       min_output_wan_yuan_mu = :minOutput, max_energy_tce_wan_yuan = :maxEnergy,
                       version = version + 1
                WHERE id = :id AND version = :version""";
        int written = jdbc.sql(sql)
                .param("no", c.path("parcelNo").asString(null))
                .param("park", c.path("parkCode").asString(null))
                .param("town", placed == null ? null : placed.townCode())
                .param("wkb", placed == null ? null : Placements.wkb(placed.geometry()))
                .param(
                        "area",
                        placed == null
                                ? null
                                : BigDecimal.valueOf(placed.areaM2()).setScale(2, RoundingMode.HALF_UP))
                .param("use", c.path("planningUse").asString(null))
                .param("prMin", decimal(c, "plotRatioMin"))
                .param("prMax", decimal(c, "plotRatioMax"))
                .param("density", decimal(c, "buildingDensity"))
                .param("green", decimal(c, "greenRatio"))
                .param("height", decimal(c, "heightLimitM"))
                .param("state", c.path("developmentState").asString(null))
                .param("status", c.path("status").asString(null))
                .param("price", decimal(c, "referencePriceWanYuan"))
                .param("supply", c.path("earliestSupplyDate").asString(null))
                .param("minInvest", decimal(c, "minInvestmentWanYuanMu"))
                .param("minTax", decimal(c, "minTaxWanYuanMu"))
                .param("minOutput", decimal(c, "minOutputWanYuanMu"))
                .param("maxEnergy", decimal(c, "maxEnergyTceWanYuan"))
                .param("id", target)
                .param("version", version)
                .update();
        StaleImportException.requireAll(written, 1, "地块|parcel");
    }

    private static BigDecimal decimal(ObjectNode c, String field) {
        return c.path(field).isNumber() ? c.get(field).decimalValue() : null;
    }
}
