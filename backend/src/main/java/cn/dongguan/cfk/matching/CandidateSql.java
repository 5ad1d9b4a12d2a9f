package cn.dongguan.cfk.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bounded candidate query's conditions, as the hard filters declare them ({@link HardFilter#sql}).
 * Each condition must hold for every unit, building or parcel that passes or nearly passes the
 * filter in Java: SQL only prunes, Java decides. Values are bound parameters.
 *
 * <ul>
 *   <li>{@code unitNear}: on {@code space_unit u}, the units that pass or nearly pass;
 *   <li>{@code unitStrict}: of those, the ones that pass (exactly as Java's check: they bound scores);
 *   <li>{@code buildingTotals}: on the aggregate of a building's near units ({@code HAVING});
 *   <li>{@code building}: on {@code building b};
 *   <li>{@code parcel}: on {@code parcel p}, the parcels that pass or nearly pass.
 * </ul>
 */
final class CandidateSql {

    final List<String> unitNear = new ArrayList<>();
    final List<String> unitStrict = new ArrayList<>();
    final List<String> buildingTotals = new ArrayList<>();
    final List<String> building = new ArrayList<>();
    final List<String> parcel = new ArrayList<>();
    final Map<String, Object> params = new HashMap<>();

    static CandidateSql of(Need n) {
        CandidateSql sql = new CandidateSql();
        for (HardFilter f : HardFilter.values()) {
            f.sql(n, sql);
        }
        return sql;
    }

    CandidateSql param(String name, Object value) {
        if (params.put(name, value) != null) {
            throw new IllegalStateException("Two filters bind :" + name);
        }
        return this;
    }

    static String all(List<String> conditions) {
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }
}
