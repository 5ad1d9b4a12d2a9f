package cn.dongguan.cfk.gisdata;

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters, the last one a check
 * character over the first 17. Dependency-free so that the backend can validate input with it.
 */
public final class CreditCode {

    /** The code's alphabet; a character's value is its index (I, O, S, V and Z are not used). */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** GB 11714 organisation code weights, for the 9-character organisation code inside the credit code. */
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCode() {}

    /**
     * True when {@code code} has 18 characters from {@link #CHARSET}, digits in positions 3–8 (the
     * administrative division) and the right check character.
     */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (CHARSET.indexOf(c) < 0 || (i >= 2 && i < 8 && (c < '0' || c > '9'))) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The GB 32100 check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters of a credit code, got " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not a credit-code character");
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** The GB 11714 check character for an 8-digit organisation code body. */
    static char organisationCheckCharacter(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * ORGANISATION_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /**
     * A code for an enterprise (91 = industrial and commercial, enterprise) registered in Dongguan
     * (441900), with an 8-digit organisation code body.
     */
    static String forDongguanEnterprise(String organisationDigits) {
        String first17 = "91" + "441900" + organisationDigits + organisationCheckCharacter(organisationDigits);
        return first17 + checkCharacter(first17);
    }
}
