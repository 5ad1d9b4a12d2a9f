package cn.dongguan.cfk.shared;

/** The signed-in user may not do this (wrong role or another park): answered 403, nothing changed. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageZh;

    public ForbiddenException(String messageZh, String messageEn) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}
