package cn.dongguan.cfk.standardland;

import cn.dongguan.cfk.enterprise.EnterpriseDirectory;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.Units;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Records a supplied parcel's actual figures of a year and reads them back against its indicators:
 * one parcel's checks, and the parcels whose latest (or a given year's) check falls short. Staff and
 * administrators only: the figures are an enterprise's.
 */
@Service
class StandardLandChecks {

    /** Parcels whose land has been supplied: their 达产 can be checked. */
    static final Set<String> SUPPLIED = Set.of("SUPPLIED", "UNDER_CONSTRUCTION", "BUILT");

    static final int FIRST_YEAR = 2000;

    private static final String SELECT = """
            SELECT p.id AS parcel_id, p.parcel_no, p.park_code, p.town_code, p.status, p.area_m2,
                   p.min_investment_wan_yuan_mu, p.min_tax_wan_yuan_mu, p.min_output_wan_yuan_mu,
                   p.max_energy_tce_wan_yuan, c.year, c.enterprise_id, e.name AS enterprise_name,
                   c.investment_wan_yuan, c.tax_wan_yuan, c.output_wan_yuan, c.energy_tce, c.recorded_by, c.recorded_at
            FROM standard_land_check c
            JOIN parcel p ON p.id = c.parcel_id
            LEFT JOIN enterprise e ON e.id = c.enterprise_id
            """;

    private final JdbcClient jdbc;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;

    StandardLandChecks(
            JdbcClient jdbc, JsonBodies bodies, CurrentViewer viewer, EnterpriseDirectory enterprises, Clock clock) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.viewer = viewer;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    /** Records (or replaces) the parcel's figures of {@code year}; 400 naming the field at fault, nothing changed. */
    @Transactional
    CheckView record(long parcelId, int year, JsonNode body) {
        viewer.requireStaffOrAdmin();
        ParcelRow parcel = parcel(parcelId);
        int thisYear = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR || year > thisYear) {
            throw new BadRequestException(
                    "year",
                    "年份 year 应在 " + FIRST_YEAR + "–" + thisYear + " 之间",
                    "Field 'year' must lie in " + FIRST_YEAR + "–" + thisYear);
        }
        CheckFields f = bodies.read(body, CheckFields.class);
        if (f.empty()) {
            throw new BadRequestException(
                    "investmentWanYuan",
                    "请至少给出一项实际数据：investmentWanYuan、taxWanYuan、outputWanYuan 或 energyTce",
                    "Give at least one actual figure: investmentWanYuan, taxWanYuan, outputWanYuan or energyTce");
        }
        enterprises.requireKnown(f.enterpriseId(), "enterpriseId");
        if (!SUPPLIED.contains(parcel.status())) {
            throw new BadRequestException(
                    "parcelId",
                    "地块 " + parcel.parcelNo() + " 尚未出让（" + parcel.status() + "），不做达产核查",
                    "Parcel " + parcel.parcelNo() + " has not been supplied (" + parcel.status()
                            + "): there is no 达产 to check");
        }
        if (parcel.indicators().none()) {
            throw new BadRequestException(
                    "parcelId",
                    "地块 " + parcel.parcelNo() + " 没有标准地指标，无从核查",
                    "Parcel " + parcel.parcelNo() + " carries no standard-land indicators to check against");
        }
        jdbc.sql("""
                INSERT INTO standard_land_check (parcel_id, year, enterprise_id, investment_wan_yuan, tax_wan_yuan,
                                                 output_wan_yuan, energy_tce, recorded_by, recorded_at)
                VALUES (:parcel, :year, :enterprise, :investment, :tax, :output, :energy, :by, now())
                ON CONFLICT (parcel_id, year) DO UPDATE SET enterprise_id = EXCLUDED.enterprise_id,
                    investment_wan_yuan = EXCLUDED.investment_wan_yuan, tax_wan_yuan = EXCLUDED.tax_wan_yuan,
                    output_wan_yuan = EXCLUDED.output_wan_yuan, energy_tce = EXCLUDED.energy_tce,
                    recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
                .param("parcel", parcelId)
                .param("year", year)
                .param("enterprise", f.enterpriseId())
                .param("investment", f.investmentWanYuan())
                .param("tax", f.taxWanYuan())
                .param("output", f.outputWanYuan())
                .param("energy", f.energyTce())
                .param("by", viewer.requireUsername())
                .update();
        return jdbc.sql(SELECT + " WHERE c.parcel_id = :parcel AND c.year = :year")
                .param("parcel", parcelId)
                .param("year", year)
                .query((rs, i) -> view(rs))
                .single();
    }

    /** The parcel's checks, latest year first. */
    @Transactional(readOnly = true)
    List<CheckView> checks(long parcelId) {
        viewer.requireStaffOrAdmin();
        parcel(parcelId);
        return jdbc.sql(SELECT + " WHERE c.parcel_id = :parcel ORDER BY c.year DESC")
                .param("parcel", parcelId)
                .query((rs, i) -> view(rs))
                .list();
    }

    /**
     * The parcels whose check falls short: of {@code year}, or each parcel's latest check; in a park if
     * given; largest number of indicators missed first, then parcel number.
     */
    @Transactional(readOnly = true)
    Page<CheckView> shortfalls(Integer year, String park, Paging paging) {
        viewer.requireStaffOrAdmin();
        List<CheckView> short_ =
                jdbc
                        .sql(SELECT + """
                WHERE (CAST(:year AS integer) IS NULL AND c.year = (SELECT max(l.year) FROM standard_land_check l
                                                                    WHERE l.parcel_id = c.parcel_id)
                       OR c.year = :year)
                  AND (CAST(:park AS text) IS NULL OR p.park_code = :park)
                ORDER BY p.parcel_no, c.year""")
                        .param("year", year)
                        .param("park", park)
                        .query((rs, i) -> view(rs))
                        .list()
                        .stream()
                        .filter(v -> !v.shortfalls().isEmpty())
                        .sorted(java.util.Comparator.comparingInt(
                                        (CheckView v) -> -v.shortfalls().size())
                                .thenComparing(CheckView::parcelNo))
                        .toList();
        int from = (int) Math.min(paging.offset(), short_.size());
        int to = Math.min(from + paging.size(), short_.size());
        return paging.answer(short_.subList(from, to), short_.size());
    }

    private record ParcelRow(String parcelNo, String status, Indicators indicators) {}

    private ParcelRow parcel(long id) {
        return jdbc.sql("""
                SELECT parcel_no, status, min_investment_wan_yuan_mu, min_tax_wan_yuan_mu, min_output_wan_yuan_mu,
                       max_energy_tce_wan_yuan
                FROM parcel WHERE id = ?""")
                .param(id)
                .query((rs, i) -> new ParcelRow(rs.getString("parcel_no"), rs.getString("status"), indicators(rs)))
                .optional()
                .orElseThrow(() -> new NotFoundException("地块 " + id + " 不存在", "Parcel " + id + " does not exist"));
    }

    private static Indicators indicators(ResultSet rs) throws SQLException {
        return new Indicators(
                rs.getBigDecimal("min_investment_wan_yuan_mu"),
                rs.getBigDecimal("min_tax_wan_yuan_mu"),
                rs.getBigDecimal("min_output_wan_yuan_mu"),
                rs.getBigDecimal("max_energy_tce_wan_yuan"));
    }

    private static CheckView view(ResultSet rs) throws SQLException {
        Indicators indicators = indicators(rs);
        BigDecimal area = rs.getBigDecimal("area_m2");
        CheckFields figures = new CheckFields(
                rs.getObject("enterprise_id", Long.class),
                rs.getBigDecimal("investment_wan_yuan"),
                rs.getBigDecimal("tax_wan_yuan"),
                rs.getBigDecimal("output_wan_yuan"),
                rs.getBigDecimal("energy_tce"));
        return new CheckView(
                rs.getLong("parcel_id"),
                rs.getString("parcel_no"),
                rs.getString("park_code"),
                rs.getString("town_code"),
                rs.getString("status"),
                Units.m2ToMu(area),
                rs.getInt("year"),
                figures.enterpriseId(),
                rs.getString("enterprise_name"),
                figures.investmentWanYuan(),
                figures.taxWanYuan(),
                figures.outputWanYuan(),
                figures.energyTce(),
                indicators,
                Shortfalls.of(indicators, area, figures),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
