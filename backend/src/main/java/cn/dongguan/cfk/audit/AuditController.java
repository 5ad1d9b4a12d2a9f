package cn.dongguan.cfk.audit;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PagingProperties;
import cn.dongguan.cfk.shared.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "审计记录 · The audit (administrators)")
record AuditController(AuditQueries audit, Clock clock, PagingProperties paging) {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.:@-]{1,64}$");

    @GetMapping("/api/admin/audit")
    @Operation(
            summary = "Who changed what, when and from where, newest first · 审计记录",
            description = "from/to: a date (2025-06-30, to includes the whole day) or a date-time with offset")
    Page<AuditEntry> audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return audit.find(
                new AuditQueries.Filter(
                        name(actor, "actor"),
                        name(entity, "entity"),
                        Texts.trimmed(entityId),
                        name(action, "action"),
                        instant(from, "from", false),
                        instant(to, "to", true)),
                paging.of(page, size));
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
    private OffsetDateTime instant(String text, String field, boolean endOfDay) {
        String value = Texts.trimmed(text);
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime instant;
            if (value.length() <= 10) {
                LocalDate day = LocalDate.parse(value);
                instant = (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(clock.getZone())
                        .toOffsetDateTime();
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
