package cn.dongguan.cfk.webguard;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parameters read as decimal numbers only take plain decimal numbers of sensible size: no NaN, no
 * Infinity, no hexadecimal or type suffixes (Java's "1.5d"), no exponents that make them huge or
 * vanishingly small (which PostgreSQL refuses, or turns into an error). Whole ids are left to
 * Spring's own editors, which already refuse fractions. A refusal is a 400 naming the parameter.
 */
final class SafeNumbers {

    /** Magnitudes from 10^15 on and more than 15 decimals are no quantity of this domain. */
    static final int MAX_DIGITS = 15;

    private static final Pattern DECIMAL =
            Pattern.compile("^[+-]?(\\d{1,40}(\\.\\d{0,40})?|\\.\\d{1,40})([eE][+-]?\\d{1,4})?$");

    private SafeNumbers() {}

    static BigDecimal decimal(String text) {
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not a plain decimal number");
        }
        BigDecimal value = new BigDecimal(trimmed);
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (plain.precision() - plain.scale() > MAX_DIGITS || plain.scale() > MAX_DIGITS) {
            throw new IllegalArgumentException("out of range");
        }
        return value;
    }

    /** A property editor for one number type, so that Spring's own lenient editor never takes over. */
    static final class Editor extends PropertyEditorSupport {

        private final Function<BigDecimal, Object> type;

        Editor(Function<BigDecimal, Object> type) {
            this.type = type;
        }

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : type.apply(decimal(text)));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
