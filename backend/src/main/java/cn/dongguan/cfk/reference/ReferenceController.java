package cn.dongguan.cfk.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "reference", description = "镇街与产业目录 · Towns and the industry catalogue")
record ReferenceController(ReferenceData referenceData) {

    @GetMapping("/towns")
    @Operation(summary = "The 32 towns and streets · 32 个镇街")
    List<Town> towns() {
        return referenceData.towns();
    }

    @GetMapping("/industries")
    @Operation(
            summary = "The industry catalogue without retired industries; with retired=true also those (flagged), to"
                    + " name the data that still has them · 产业目录")
    List<Industry> industries(@RequestParam(defaultValue = "false") boolean retired) {
        return retired ? referenceData.industries() : referenceData.currentIndustries();
    }
}
