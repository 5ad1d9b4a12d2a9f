package cn.dongguan.cfk.project;

import cn.dongguan.cfk.shared.QueryParams;
import cn.dongguan.cfk.shared.SortOrder;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The filters and order of the project list, shared by the list and its workbook; null for absent. */
record ProjectParams(
        String status,
        String industry,
        String town,
        String assignedStaff,
        Boolean overdue,
        String source,
        String sort) {

    /** The filters checked; 400 naming the parameter. */
    ProjectStore.Filter filter() {
        return new ProjectStore.Filter(
                code(QueryParams.oneOf(status, "status", ProjectStatus.class)),
                upper(industry),
                upper(town),
                assignedStaff,
                overdue,
                null,
                code(QueryParams.oneOf(source, "source", ProjectSource.class)));
    }

    /** The order: {@link ProjectStore#SORTS}, by id unless named. */
    SortOrder order() {
        return order(sort);
    }

    static SortOrder order(String sort) {
        return SortOrder.parse(sort, List.copyOf(new TreeSet<>(ProjectStore.SORTS.keySet())), "id", "sort");
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
