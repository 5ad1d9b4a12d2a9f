package cn.dongguan.cfk.redevelopment;

import cn.dongguan.cfk.shared.Texts;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new redevelopment project as POST /api/redevelopment/projects takes it; it starts at 立项. */
record RedevelopmentProjectInput(
        @NotNull @Positive Long areaId,
        @NotBlank @Size(max = 128) String name,

        @NotNull @Positive @Digits(integer = 10, fraction = 2)
        BigDecimal expectedFloorAreaM2,

        @NotNull LocalDate expectedCompletion) {

    RedevelopmentProjectInput {
        name = Texts.trimmed(name);
    }
}
