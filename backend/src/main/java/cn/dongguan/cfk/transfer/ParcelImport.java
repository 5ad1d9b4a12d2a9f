package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.Subject;
import cn.dongguan.cfk.land.ParcelRules;
import cn.dongguan.cfk.security.CurrentViewer;
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
    List<String[]> columns() {
        return List.of(
                new String[] {"parcel_no", "c->>'parcelNo'"},
                new String[] {"park_code", "c->>'parkCode'"},
                new String[] {"planning_use", "c->>'planningUse'"},
                new String[] {"plot_ratio_min", "(c->>'plotRatioMin')::numeric"},
                new String[] {"plot_ratio_max", "(c->>'plotRatioMax')::numeric"},
                new String[] {"building_density", "(c->>'buildingDensity')::numeric"},
                new String[] {"green_ratio", "(c->>'greenRatio')::numeric"},
                new String[] {"height_limit_m", "(c->>'heightLimitM')::numeric"},
                new String[] {"development_state", "c->>'developmentState'"},
                new String[] {"status", "c->>'status'"},
                new String[] {"reference_price_wan_yuan", "(c->>'referencePriceWanYuan')::numeric"},
                new String[] {"earliest_supply_date", "(c->>'earliestSupplyDate')::date"},
                new String[] {"min_investment_wan_yuan_mu", "(c->>'minInvestmentWanYuanMu')::numeric"},
                new String[] {"min_tax_wan_yuan_mu", "(c->>'minTaxWanYuanMu')::numeric"},
                new String[] {"min_output_wan_yuan_mu", "(c->>'minOutputWanYuanMu')::numeric"},
                new String[] {"max_energy_tce_wan_yuan", "(c->>'maxEnergyTceWanYuan')::numeric"});
    }

    /** The area follows the boundary, rounded to the column's cents as a form's write stores it. */
    @Override
    List<String[]> placedColumns() {
        return List.of(new String[] {"town_code", "o.town"}, new String[] {"geom", "o.geom"}, new String[] {
            "area_m2", "round(o.area::numeric, 2)"
        });
    }
}
