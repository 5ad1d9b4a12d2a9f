package cn.dongguan.cfk.efficiency;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * One enterprise's 亩均效益 result of one year as the bureau's spreadsheet gives it, within the columns
 * of {@code efficiency_result} (V170). Without a grade the app grades the row from its figures; with
 * neither, the enterprise was not evaluated that year.
 */
record EfficiencyFields(
        @NotNull @Min(EfficiencyController.FIRST_YEAR) @Max(EfficiencyController.LAST_YEAR)
        Integer year,

        @Pattern(regexp = "[ABCD]", message = "亩均效益等级应为 A、B、C 或 D|The grade must be A, B, C or D")
        String grade,

        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal taxPerMu,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal revenuePerMu,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal energyValueAdded,

        @PositiveOrZero @DecimalMax("1") @Digits(integer = 1, fraction = 4)
        BigDecimal rdShare,

        @Positive @Digits(integer = 10, fraction = 2) BigDecimal landAreaMu) {}
