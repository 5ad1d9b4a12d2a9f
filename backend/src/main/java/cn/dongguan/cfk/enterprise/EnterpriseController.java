package cn.dongguan.cfk.enterprise;

import cn.dongguan.cfk.shared.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "enterprises", description = "企业 · Enterprises (staff, administrators and park managers)")
record EnterpriseController(EnterpriseDirectory enterprises) {

    @GetMapping("/api/enterprises")
    @Operation(summary = "Find enterprises by name or credit code, e.g. to name a unit's occupant · 查找企业")
    List<EnterpriseRef> search(
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw new BadRequestException("limit", "limit 应在 1 到 100 之间", "limit must be between 1 and 100");
        }
        return enterprises.search(q, limit);
    }
}
