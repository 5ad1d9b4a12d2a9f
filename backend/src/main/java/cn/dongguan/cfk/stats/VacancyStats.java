package cn.dongguan.cfk.stats;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock and its vacancy by group at the end of a day, from the ledger of V160 through
 * {@code stock_as_of}: the current figures are those of today, so they are the same figures as any
 * asOf and every trend point (docs/statistics.md).
 */
@Repository
@Transactional(readOnly = true)
class VacancyStats {

    private final JdbcClient jdbc;

    VacancyStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Today in Dongguan's calendar, as the ledger dates its changes. */
    LocalDate today() {
        return jdbc.sql("SELECT dongguan_today()").query(LocalDate.class).single();
    }

    /** The last day up to {@code day} on which the stock changed. */
    LocalDate latestChange(LocalDate day) {
        return jdbc.sql("SELECT max(day) FROM stock_change WHERE day <= ?")
                .param(day)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    List<VacancyRow> asOf(StockGroup group, LocalDate day) {
        return jdbc.sql("""
                SELECT g.code, g.name, g.name_en, coalesce(s.buildings, 0) AS buildings,
                       round(coalesce(s.floor_area_m2, 0), 2) AS floor_area_m2,
                       round(coalesce(s.vacant_area_m2, 0), 2) AS vacant_area_m2,
                       vacancy_rate(s.vacant_area_m2, s.floor_area_m2) AS vacancy_rate,
                       coalesce(s.listings, 0) AS listings,
                       average_rent(s.rent_yuan_month, s.rent_area_m2) AS avg_rent
                FROM (%s) g
                LEFT JOIN (
                    SELECT %s AS code, sum(c.buildings) AS buildings, sum(c.floor_area_m2) AS floor_area_m2,
                           sum(c.vacant_area_m2) AS vacant_area_m2, sum(c.listings) AS listings,
                           sum(c.rent_area_m2) AS rent_area_m2, sum(c.rent_yuan_month) AS rent_yuan_month
                    FROM stock_as_of(:day) c %s
                    GROUP BY 1
                ) s ON s.code = g.code
                ORDER BY g.sort, g.code""".formatted(group.groups(), group.key(), group.join()))
                .param("day", day)
                .query((rs, i) -> new VacancyRow(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        rs.getInt("buildings"),
                        rs.getBigDecimal("floor_area_m2"),
                        rs.getBigDecimal("vacant_area_m2"),
                        rs.getDouble("vacancy_rate"),
                        rs.getInt("listings"),
                        rs.getBigDecimal("avg_rent")))
                .list();
    }
}
