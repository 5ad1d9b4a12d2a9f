package cn.dongguan.cfk.shared;

/** How much of a value a client sent is echoed back in a message: never all of a long one. */
public final class TextLimits {

    /** A value named inside a sentence of a problem. */
    public static final int ECHO = 40;

    /** A value shown on its own, such as an import's cell beside the reason it was refused. */
    public static final int VALUE = 100;

    /** A whole reason or message that may hold values. */
    public static final int REASON = 500;

    private TextLimits() {}

    public static String shorten(String text) {
        return shorten(text, ECHO);
    }

    /** The text, or its first {@code max} characters and "…". */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "…";
    }
}
