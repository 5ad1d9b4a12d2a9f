package cn.dongguan.cfk.enterprise;

import cn.dongguan.cfk.shared.BadRequestException;
import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the 31 of
 * {@link #CHARACTERS} (no I, O, S, V, Z), an administrative region code of six digits in positions
 * 3–8, and a check character computed from the first 17 with the standard's weights.
 */
public final class CreditCode {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** Upper case, without spaces: how codes are stored and compared. */
    public static String normalise(String code) {
        return code == null ? null : code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    /** A 400 naming {@code field} and what is wrong, unless the (normalised) code is valid. */
    public static void check(String field, String code) {
        String[] problem = problem(code);
        if (problem != null) {
            throw new BadRequestException(field, problem[0], problem[1]);
        }
    }

    /**
     * What is wrong with a (normalised) code, {@code {中文, English}}, or null when it is valid.
     */
    static String[] problem(String code) {
        if (code == null || code.length() != 18) {
            return new String[] {"统一社会信用代码应为 18 位", "A credit code has 18 characters"};
        }
        for (int i = 0; i < 18; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return new String[] {
                    "统一社会信用代码第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是允许的字符（数字或除 I、O、S、V、Z 外的大写字母）",
                    "Character " + (i + 1) + " '" + code.charAt(i)
                            + "' is not allowed in a credit code (digits and capitals except I, O, S, V, Z)"
                };
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return new String[] {
                    "统一社会信用代码第 3–8 位应为行政区划代码（数字）", "Characters 3–8 of a credit code are a region code (digits)"
                };
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return new String[] {
                "统一社会信用代码校验位不正确（应为 " + expected + "），请核对是否输错",
                "The credit code's check character is wrong (it would be " + expected + "): check for a typing error"
            };
        }
        return null;
    }

    /** The check character of the first 17 characters (GB 32100-2015, 5.3). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
