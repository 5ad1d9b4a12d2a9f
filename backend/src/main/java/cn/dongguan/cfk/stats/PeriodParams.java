package cn.dongguan.cfk.stats;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The query parameters that choose a trend's periods, shared by every trend endpoint. */
record PeriodParams(
        @Parameter(description = "YYYY-MM (or YYYYQn): the first period; 23 periods before `to` when absent")
        String from,

        @Parameter(description = "YYYY-MM (or YYYYQn): the last period, at most the current one (the default)")
        String to,

        @Parameter(
                description = "month | quarter",
                schema =
                        @Schema(
                                allowableValues = {"month", "quarter"},
                                defaultValue = "month"))
        String interval) {

    TrendPeriods periods(LocalDate today) {
        return TrendPeriods.parse(interval == null || interval.isEmpty() ? "month" : interval, from, to, today);
    }
}
