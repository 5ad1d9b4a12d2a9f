package cn.dongguan.cfk.audit;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.Texts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The filters of the audit list as given, null for absent: names (actor, entity, action) of 1 to 64
 * letters, digits or _.:@-, and a time range whose dates are days in the app's time zone.
 */
record AuditParams(String actor, String entity, String entityId, String action, String from, String to) {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.:@-]{1,64}$");

    /** The filters checked; 400 naming the parameter. */
    AuditQueries.Filter filter(ZoneId zone) {
        return new AuditQueries.Filter(
                name(actor, "actor"),
                name(entity, "entity"),
                Texts.trimmed(entityId),
                name(action, "action"),
                instant(from, "from", false, zone),
                instant(to, "to", true, zone));
    }

    private static String name(String text, String field) {
        String value = Texts.trimmed(text);
        if (value != null && !NAME.matcher(value).matches()) {
            throw new BadRequestException(
                    field,
                    "参数 " + field + " 应为 1 至 64 个字母、数字或 _.:@-",
                    "Parameter '" + field + "' must be 1 to 64 letters, digits or _.:@-");
        }
        return value;
    }

    /** A date means its start ({@code from}) or the start of the next day ({@code to}), in the app's time zone. */
    private static OffsetDateTime instant(String text, String field, boolean endOfDay, ZoneId zone) {
        String value = Texts.trimmed(text);
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime instant;
            if (value.length() <= 10) {
                LocalDate day = LocalDate.parse(value);
                instant = (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toOffsetDateTime();
            } else {
                instant = OffsetDateTime.parse(value);
            }
            if (instant.getYear() >= 1900 && instant.getYear() <= 9999) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new BadRequestException(
                field,
                "参数 " + field + " 应为 1900 至 9999 年间的日期（如 2025-06-30）或带时区的时间（如 2025-06-30T08:00:00+08:00）",
                "Parameter '" + field + "' must be a date (2025-06-30) or a date-time with offset"
                        + " (2025-06-30T08:00:00+08:00) between the years 1900 and 9999");
    }
}
