package cn.dongguan.cfk.stats;

import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.QueryParams;
import cn.dongguan.cfk.shared.XlsxAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "stats", description = "统计 · Statistics")
record StatsController(VacancyStats stats, StockTrend trends, LandTrend land) {

    private static final int MAX_CODES = 100;

    @GetMapping("/api/stats/vacancy")
    @Operation(
            summary = "Stock, vacant area, vacancy rate and listings by park, town, industry or building type at the"
                    + " end of a day · 存量与空置统计")
    Vacancy vacancy(
            @Parameter(description = "park | town | industry | type | city") @RequestParam(defaultValue = "town")
                    String groupBy,
            @Parameter(description = "YYYY-MM-DD: the figures at the end of that day (Dongguan); today when absent")
                    @RequestParam(required = false)
                    String asOf)
            throws BadRequestException {
        StockGroup group = StockGroup.parse(groupBy);
        LocalDate today = stats.today();
        LocalDate day = asOf == null || asOf.isBlank() ? today : day(asOf, today);
        return new Vacancy(
                group.value(),
                day,
                stats.asOf(group, day),
                stats.asOf(StockGroup.CITY, day).get(0));
    }

    @GetMapping("/api/stats/vacancy/trend")
    @Operation(
            summary = "Stock, supply, vacancy, take-up, net absorption and asking rent by month or quarter · 存量与空置趋势")
    Trend trend(
            @Parameter(description = "park | town | industry | type | city") @RequestParam(defaultValue = "town")
                    String groupBy,
            @Parameter(description = "comma-separated codes of the groups; all when absent")
                    @RequestParam(required = false)
                    String codes,
            @ParameterObject PeriodParams period)
            throws BadRequestException {
        StockGroup group = StockGroup.parse(groupBy);
        LocalDate today = stats.today();
        TrendPeriods periods = period.periods(today);
        List<String> wanted = codes(group, codes);
        return new Trend(
                group.value(),
                periods.months() == 1 ? "month" : "quarter",
                trends.trend(group, wanted, periods, today));
    }

    @GetMapping("/api/stats/land/trend")
    @Operation(
            summary = "Land in 亩 by status (储备 → 可供应 → 已出让 → 在建 → 已建成) and planning use, and land supplied,"
                    + " by month or quarter · 土地趋势")
    LandTrendAnswer landTrend(@ParameterObject PeriodParams period) throws BadRequestException {
        LocalDate today = stats.today();
        TrendPeriods periods = period.periods(today);
        return new LandTrendAnswer(periods.interval(), land.trend(periods, today));
    }

    @GetMapping("/api/stats/bulletin")
    @Operation(
            summary = "The quarterly bulletin as an Excel workbook: city figures and their change, towns, parks, the"
                    + " largest changes · 季度报告")
    @XlsxAnswers.Workbook
    ResponseEntity<byte[]> bulletin(
            @Parameter(description = "YYYYQn (2026Q3): the quarter, at most the current one (the default)")
                    @RequestParam(required = false)
                    String quarter)
            throws BadRequestException {
        LocalDate today = stats.today();
        TrendPeriods periods = TrendPeriods.quarterWithTheOneBefore(quarter, today);
        String label = periods.label(1);
        LocalDate asOf =
                periods.endDay().isAfter(today) ? today : periods.endDay().minusDays(1);
        byte[] workbook = BulletinWorkbook.write(new BulletinWorkbook.Content(
                label,
                asOf,
                stats.latestChange(asOf),
                trends.trend(StockGroup.CITY, List.of(), periods, today).get(0),
                trends.trend(StockGroup.TOWN, List.of(), periods, today),
                trends.trend(StockGroup.PARK, List.of(), periods, today)));
        return XlsxAnswers.attachment(workbook, "bulletin-" + label + ".xlsx");
    }

    private List<String> codes(StockGroup group, String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        List<String> wanted = Arrays.stream(codes.split(","))
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
        if (wanted.size() > MAX_CODES) {
            throw new BadRequestException(
                    "codes",
                    "参数 codes 最多 " + MAX_CODES + " 个",
                    "Parameter 'codes' takes at most " + MAX_CODES + " codes");
        }
        List<String> unknown = trends.unknown(group, wanted);
        if (!unknown.isEmpty()) {
            throw new BadRequestException(
                    "codes",
                    "参数 codes 含未知的" + group.value() + "代码：" + String.join("、", unknown),
                    "Parameter 'codes' names unknown " + group.value() + " codes: " + String.join(", ", unknown));
        }
        return wanted;
    }

    private static LocalDate day(String value, LocalDate today) {
        LocalDate day = QueryParams.date(value, "asOf");
        if (day.isAfter(today) || day.getYear() < 1950) {
            throw new BadRequestException(
                    "asOf",
                    "参数 asOf 应在 1950-01-01 与今天 " + today + " 之间",
                    "Parameter 'asOf' must be from 1950-01-01 to today, " + today);
        }
        return day;
    }

    /** {@code city}: the whole city's figures (towns and building types add up to it). */
    record Vacancy(String groupBy, LocalDate asOf, List<VacancyRow> items, VacancyRow city) {}

    record Trend(String groupBy, String interval, List<StockTrend.Series> series) {}

    record LandTrendAnswer(String interval, List<LandTrend.LandPoint> points) {}
}
