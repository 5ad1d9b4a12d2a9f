package cn.dongguan.cfk.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETags are the stored version of a row, quoted: {@code "7"}. */
public final class ETags {

    private static final Pattern VERSION = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*$");

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header names; 428 when it is absent, 412 when it names no version or
     * another version than {@code current}.
     */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionException.missing();
        }
        Matcher m = VERSION.matcher(ifMatch);
        if (!m.matches() || Long.parseLong(m.group(1)) != current) {
            throw PreconditionException.stale(current);
        }
    }
}
