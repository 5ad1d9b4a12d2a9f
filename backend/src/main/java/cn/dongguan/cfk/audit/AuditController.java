package cn.dongguan.cfk.audit;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PagingProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "审计记录 · The audit (administrators)")
record AuditController(AuditQueries audit, Clock clock, PagingProperties paging) {

    @GetMapping("/api/admin/audit")
    @Operation(
            summary = "Who changed what, when and from where, newest first · 审计记录",
            description = "from/to: a date (2025-06-30, to includes the whole day) or a date-time with offset")
    Page<AuditEntry> audit(
            @ParameterObject AuditParams params,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return audit.find(params.filter(clock.getZone()), paging.of(page, size));
    }
}
