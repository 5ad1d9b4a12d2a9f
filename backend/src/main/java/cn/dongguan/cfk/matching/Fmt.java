package cn.dongguan.cfk.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers in reasons: thousands separated, at most two decimals, no trailing zeros. */
final class Fmt {

    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    });

    private Fmt() {}

    static String number(double value) {
        return FORMAT.get().format(value);
    }

    static String number(BigDecimal value) {
        return value == null ? "?" : FORMAT.get().format(value);
    }

    /** Metres as kilometres with one decimal. */
    static String km(double metres) {
        return number(Math.round(metres / 100.0) / 10.0);
    }
}
