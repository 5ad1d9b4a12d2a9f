package cn.dongguan.cfk.stats;

import cn.dongguan.cfk.shared.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "stats", description = "统计 · Statistics")
class StatsController {

    private final VacancyStats stats;

    StatsController(VacancyStats stats) {
        this.stats = stats;
    }

    @GetMapping("/api/stats/vacancy")
    @Operation(summary = "Floor area, vacant area and vacancy rate by park, town or industry · 空置统计")
    Vacancy vacancy(
            @Parameter(description = "park | town | industry") @RequestParam(defaultValue = "town") String groupBy)
            throws BadRequestException {
        String group = groupBy.trim().toLowerCase(Locale.ROOT);
        if (!VacancyStats.GROUPS.contains(group)) {
            throw new BadRequestException(
                    "groupBy",
                    "参数 groupBy 的值 “" + groupBy + "” 无效，可选 park、town、industry",
                    "Parameter 'groupBy' has an invalid value '" + groupBy + "': use park, town or industry");
        }
        return new Vacancy(group, stats.by(group));
    }

    record Vacancy(String groupBy, List<VacancyRow> items) {}
}
