package cn.dongguan.cfk.efficiency;

import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PagingProperties;
import cn.dongguan.cfk.shared.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "efficiency", description = "亩均效益评价结果（招商人员和管理员）· 亩均 efficiency results (staff and administrators)")
record EfficiencyController(EfficiencyQueries queries, CurrentViewer viewer, PagingProperties paging, Clock clock) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static final List<String> GRADE_FILTER = grades();

    @GetMapping("/api/efficiency/results")
    @Operation(
            summary = "A year's 亩均效益 results, A first, by score; grade= A,B,C,D or NONE (not evaluated), park= the"
                    + " occupants' park · 亩均效益评价结果",
            description = "year defaults to the latest year with results. Staff and administrators only.")
    Page<EfficiencyResult> results(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String park,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        requireStaff();
        int y = year(year);
        List<String> grades = QueryParams.oneOf(grade, "grade", GRADE_FILTER);
        String parkCode = park == null ? null : ParkCode.parse(park, "park");
        return queries.list(new EfficiencyQueries.Filter(y, grades, parkCode), paging.of(page, size));
    }

    @GetMapping("/api/efficiency/enterprises/{id}")
    @Operation(summary = "An enterprise's 亩均效益 results, newest year first · 企业亩均效益历年结果")
    EnterpriseEfficiency enterprise(@PathVariable long id) {
        requireStaff();
        return queries.enterprise(id)
                .orElseThrow(() -> new NotFoundException("企业 " + id + " 不存在", "Enterprise " + id + " does not exist"));
    }

    @GetMapping("/api/efficiency/parks/{code}")
    @Operation(
            summary = "A park's 亩均 figures of a year over its occupants: grade counts, mean 亩均税收 and 亩均营业收入 ·"
                    + " 园区亩均效益",
            description = "year defaults to the latest year with results. Staff and administrators only: the"
                    + " grades of a park's few occupants are theirs.")
    ParkEfficiency park(@PathVariable String code, @RequestParam(required = false) String year) {
        requireStaff();
        String parkCode = ParkCode.parse(code, "code");
        int y = year(year);
        if (!queries.parkExists(parkCode)) {
            throw new NotFoundException("园区 " + parkCode + " 不存在", "Park " + parkCode + " does not exist");
        }
        return queries.parks(y, parkCode).get(0);
    }

    @GetMapping("/api/stats/efficiency")
    @Operation(
            summary = "Every park's 亩均 figures of a year (grade counts, mean 亩均税收 and 亩均营业收入) and the city's"
                    + " over all parks' occupants · 园区亩均效益统计",
            description = "year defaults to the latest year with results. Staff and administrators only.")
    EfficiencyStats stats(@RequestParam(required = false) String year) {
        requireStaff();
        int y = year(year);
        return new EfficiencyStats(y, queries.city(y), queries.parks(y, null));
    }

    private void requireStaff() {
        if (!viewer.isStaffOrAdmin()) {
            throw new ForbiddenException(
                    "亩均效益评价结果不公开：只有招商人员和管理员可以查看",
                    "亩均 efficiency results are not public: only staff and administrators may see them");
        }
    }

    private int year(String text) {
        int fallback = queries.latestYear().orElse(LocalDate.now(clock).getYear() - 1);
        return QueryParams.inRange(text, "year", FIRST_YEAR, LAST_YEAR, fallback);
    }

    private static List<String> grades() {
        List<String> all = new ArrayList<>(Grade.CODES);
        all.add("NONE");
        return List.copyOf(all);
    }
}
