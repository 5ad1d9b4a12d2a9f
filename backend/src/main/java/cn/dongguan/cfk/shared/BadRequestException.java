package cn.dongguan.cfk.shared;

import java.util.Map;

/**
 * Input the client sent is wrong: answered 400 with a bilingual problem naming the field, and any
 * extra problem properties (e.g. where in a geometry the fault lies).
 */
public class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageZh;
    private final Map<String, Object> properties;

    public BadRequestException(String field, String messageZh, String messageEn) {
        this(field, messageZh, messageEn, Map.of());
    }

    public BadRequestException(String field, String messageZh, String messageEn, Map<String, Object> properties) {
        super(messageEn);
        this.field = field;
        this.messageZh = messageZh;
        this.properties = Map.copyOf(properties);
    }

    public String field() {
        return field;
    }

    public String messageZh() {
        return messageZh;
    }

    /** Extra members of the problem, beside title, detail and field. */
    public Map<String, Object> properties() {
        return properties;
    }
}
