package cn.dongguan.cfk.webguard;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;

/**
 * Parameters read as numbers only take plain decimal numbers of sensible size: no NaN, no Infinity,
 * no hexadecimal or type suffixes (Java's "1.5d"), no exponents that make them huge or vanishingly
 * small (which PostgreSQL refuses, or turns into an error). Whole ids are left to Spring's own
 * converters, which already refuse fractions. A refusal is a 400 naming the parameter.
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

    static final class ToBigDecimal implements Converter<String, BigDecimal> {
        @Override
        public BigDecimal convert(String source) {
            return source.isBlank() ? null : decimal(source);
        }
    }

    static final class ToDouble implements Converter<String, Double> {
        @Override
        public Double convert(String source) {
            return source.isBlank() ? null : decimal(source).doubleValue();
        }
    }

    static final class ToFloat implements Converter<String, Float> {
        @Override
        public Float convert(String source) {
            return source.isBlank() ? null : decimal(source).floatValue();
        }
    }
}
