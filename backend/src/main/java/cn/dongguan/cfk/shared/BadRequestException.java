package cn.dongguan.cfk.shared;

/** Input the client sent is wrong: answered 400 with a bilingual problem naming the field. */
public class BadRequestException extends RuntimeException {

    private final String field;
    private final String messageZh;

    public BadRequestException(String field, String messageZh, String messageEn) {
        super(messageEn);
        this.field = field;
        this.messageZh = messageZh;
    }

    public String field() {
        return field;
    }

    public String messageZh() {
        return messageZh;
    }
}
