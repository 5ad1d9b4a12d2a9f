package cn.dongguan.cfk.shared;

/** How much of a value a client sent is echoed back in a message: never all of a long one. */
public final class TextLimits {

    public static final int ECHO = 40;

    private TextLimits() {}

    public static String shorten(String text) {
        if (text == null || text.length() <= ECHO) {
            return text;
        }
        return text.substring(0, ECHO) + "…";
    }
}
