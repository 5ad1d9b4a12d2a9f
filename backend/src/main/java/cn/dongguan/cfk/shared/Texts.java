package cn.dongguan.cfk.shared;

/** Free text as it is stored and searched. */
public final class Texts {

    private Texts() {}

    /** Trimmed, and blank (white space only) is none. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
