package cn.dongguan.cfk.redevelopment;

import cn.dongguan.cfk.shared.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/** A new village industrial park as POST /api/redevelopment/areas takes it. */
record VillageAreaInput(
        @NotBlank @Size(max = 128) String name,
        @NotBlank @Size(max = 32) String townCode,

        @NotNull
        @Pattern(regexp = "[留改拆]", message = "类别应为 留、改 或 拆|The class is one of 留 (keep), 改 (renovate), 拆 (redevelop)")
        String renewalClass,

        @NotNull JsonNode geometry) {

    VillageAreaInput {
        name = Texts.trimmed(name);
        townCode = Texts.trimmed(townCode);
    }
}
