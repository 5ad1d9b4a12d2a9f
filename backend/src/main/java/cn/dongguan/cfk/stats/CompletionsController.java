package cn.dongguan.cfk.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "stats", description = "统计 · Statistics")
record CompletionsController(RedevelopmentCompletions quarters) {

    @GetMapping("/api/stats/redevelopment/completions")
    @Operation(
            summary =
                    "Expected completions of redevelopment projects not yet completed, by quarter (staff) · 更新项目预计竣工（按季度）")
    List<RedevelopmentCompletions.CompletionQuarter> completions() {
        return quarters.byQuarter();
    }
}
