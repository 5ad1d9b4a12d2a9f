package cn.dongguan.cfk.shared;

/** A resource the client named does not exist: answered 404 with a bilingual problem. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageZh;

    public NotFoundException(String messageZh, String messageEn) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}
