package cn.dongguan.cfk.stats;

import cn.dongguan.cfk.shared.BadRequestException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods of a trend: {@code count} months or quarters from {@code first}, the last one holding
 * today at the latest. Labels are "2026-11" for a month and "2026Q3" for a quarter.
 */
record TrendPeriods(YearMonth first, int count, int months) {

    static final int MAX_PERIODS = 120;
    private static final int DEFAULT_PERIODS = 24;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

    static TrendPeriods parse(String interval, String from, String to, LocalDate today) {
        int months = switch (interval == null ? "" : interval.trim().toLowerCase(Locale.ROOT)) {
            case "month" -> 1;
            case "quarter" -> 3;
            default ->
                throw new BadRequestException(
                        "interval",
                        "参数 interval 的值 “" + interval + "” 无效，可选 month、quarter",
                        "Parameter 'interval' has an invalid value '" + interval + "': use month or quarter");
        };
        YearMonth current = start(YearMonth.from(today), months);
        YearMonth last = to == null ? current : start(month("to", to), months);
        if (last.isAfter(current)) {
            throw new BadRequestException(
                    "to",
                    "参数 to 不能晚于当前" + (months == 1 ? "月份 " : "季度 ") + label(current, months),
                    "Parameter 'to' cannot be after the current period " + label(current, months));
        }
        YearMonth first = from == null
                ? last.minusMonths((long) (DEFAULT_PERIODS - 1) * months)
                : start(month("from", from), months);
        if (first.isAfter(last)) {
            throw new BadRequestException("from", "参数 from 不能晚于 to", "Parameter 'from' cannot be after 'to'");
        }
        long count = ChronoUnit.MONTHS.between(first, last) / months + 1;
        if (count > MAX_PERIODS) {
            throw new BadRequestException(
                    "from",
                    "一次最多 " + MAX_PERIODS + " 个时段（from 到 to 共 " + count + " 个）",
                    "At most " + MAX_PERIODS + " periods at once (from–to spans " + count + ")");
        }
        return new TrendPeriods(first, (int) count, months);
    }

    /** The bulletin's periods: the quarter asked for (YYYYQn, the current one when absent) and the one before. */
    static TrendPeriods quarterWithTheOneBefore(String quarter, LocalDate today) {
        YearMonth current = start(YearMonth.from(today), 3);
        YearMonth asked = current;
        if (quarter != null) {
            Matcher m = QUARTER.matcher(quarter.trim());
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1950) {
                throw new BadRequestException(
                        "quarter",
                        "参数 quarter 的值 “" + quarter + "” 无效，应为 YYYYQn（如 2026Q3）",
                        "Parameter 'quarter' has an invalid value '" + quarter + "': use YYYYQn (2026Q3)");
            }
            asked = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
        }
        if (asked.isAfter(current)) {
            throw new BadRequestException(
                    "quarter",
                    "参数 quarter 不能晚于当前季度 " + label(current, 3),
                    "Parameter 'quarter' cannot be after the current quarter " + label(current, 3));
        }
        return new TrendPeriods(asked.minusMonths(3), 2, 3);
    }

    String interval() {
        return months == 1 ? "month" : "quarter";
    }

    LocalDate firstDay() {
        return first.atDay(1);
    }

    /** The day after the last period. */
    LocalDate endDay() {
        return first.plusMonths((long) count * months).atDay(1);
    }

    String label(int n) {
        return label(first.plusMonths((long) n * months), months);
    }

    private static String label(YearMonth start, int months) {
        return months == 1 ? start.toString() : start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    private static YearMonth start(YearMonth month, int months) {
        return month.minusMonths((month.getMonthValue() - 1) % months);
    }

    private static YearMonth month(String field, String value) {
        String v = value.trim();
        Matcher quarter = QUARTER.matcher(v);
        if (quarter.matches()) {
            return YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
        }
        try {
            YearMonth month = YearMonth.parse(v);
            if (month.getYear() >= 1950) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new BadRequestException(
                field,
                "参数 " + field + " 的值 “" + value + "” 无效，应为 YYYY-MM（如 2026-11）或 YYYYQn（如 2026Q3）",
                "Parameter '" + field + "' has an invalid value '" + value
                        + "': use YYYY-MM (2026-11) or YYYYQn (2026Q3)");
    }
}
