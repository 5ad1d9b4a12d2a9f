package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.Footprints.Placed;
import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.land.ParcelRules;
import cn.dongguan.cfk.security.CurrentViewer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Land parcels (地块). A row names its parcel by {@code id} or by its parcel number; a row naming none
 * is a new parcel, whose boundary is its {@code geometryWkt}. Rows are checked by land's parcel rules,
 * boundaries by geometry's pipeline (the area follows the boundary), parcel numbers stay unique.
 */
@Component
class ParcelImport extends PlacedImport {

    private static final NaturalKey KEY = new NaturalKey(
            "parcelNo",
            "地块 %s 不存在",
            "Parcel %s does not exist",
            "同一地块或同一宗地编号",
            "the same parcel or parcel number",
            "宗地编号 %s 已被地块 %s 使用",
            "Parcel number %s is already used by parcel %s");

    private static final String RESOLVE = KEY.resolveSql(
            "parcel",
            "parcel_no",
            "given->>'parcelNo'",
            "CASE WHEN jsonb_typeof(given->'geometry') = 'object' THEN given->'geometry' END AS geometry",
            """
            t.version, t.park_code AS stored_park,
            CASE WHEN t.id IS NOT NULL THEN jsonb_build_object(
                'parcelNo', t.parcel_no, 'parkCode', t.park_code, 'planningUse', t.planning_use,
                'plotRatioMin', t.plot_ratio_min, 'plotRatioMax', t.plot_ratio_max,
                'buildingDensity', t.building_density, 'greenRatio', t.green_ratio,
                'heightLimitM', t.height_limit_m, 'developmentState', t.development_state, 'status', t.status,
                'referencePriceWanYuan', t.reference_price_wan_yuan,
                'earliestSupplyDate', t.earliest_supply_date,
                'minInvestmentWanYuanMu', t.min_investment_wan_yuan_mu, 'minTaxWanYuanMu', t.min_tax_wan_yuan_mu,
                'minOutputWanYuanMu', t.min_output_wan_yuan_mu,
                'maxEnergyTceWanYuan', t.max_energy_tce_wan_yuan)::text END AS stored,
            ST_AsBinary(t.geom) AS geom_wkb,
            import_same_geometry(m.geometry, m.job_crs, t.geom) AS same_geometry""",
            "");

    private final ParcelRules rules;

    ParcelImport(ParcelRules rules, Placements placements, CurrentViewer viewer, JdbcClient jdbc) {
        super(TransferLayer.PARCELS, RESOLVE, KEY.identities(), Subject.PARCEL, placements, viewer, jdbc);
        this.rules = rules;
    }

    @Override
    Outcome refusal(ResultSet rs, int row, ObjectNode given) throws SQLException {
        return KEY.refusal(rs, row, given);
    }

    @Override
    List<String> fields() {
        return ParcelRules.FIELDS;
    }

    @Override
    ObjectNode rules(ObjectNode merged, ResultSet rs) {
        return rules.parcel(merged);
    }

    @Override
    Outcome needsGeometry(int row) {
        return Outcome.refused(
                row, "geometryWkt", null, "新地块需要边界 geometryWkt", "A new parcel needs its boundary in geometryWkt");
    }

    @Override
    String updatedColumns() {
        return """
                    parcel_no = c->>'parcelNo', park_code = c->>'parkCode', planning_use = c->>'planningUse',
                    plot_ratio_min = (c->>'plotRatioMin')::numeric, plot_ratio_max = (c->>'plotRatioMax')::numeric,
                    building_density = (c->>'buildingDensity')::numeric, green_ratio = (c->>'greenRatio')::numeric,
                    height_limit_m = (c->>'heightLimitM')::numeric, development_state = c->>'developmentState',
                    status = c->>'status', reference_price_wan_yuan = (c->>'referencePriceWanYuan')::numeric,
                    earliest_supply_date = (c->>'earliestSupplyDate')::date,
                    min_investment_wan_yuan_mu = (c->>'minInvestmentWanYuanMu')::numeric,
                    min_tax_wan_yuan_mu = (c->>'minTaxWanYuanMu')::numeric,
                    min_output_wan_yuan_mu = (c->>'minOutputWanYuanMu')::numeric,
                    max_energy_tce_wan_yuan = (c->>'maxEnergyTceWanYuan')::numeric""";
    }

    @Override
    void write(Long target, Long version, ObjectNode c, Placed placed) {
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
