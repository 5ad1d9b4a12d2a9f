package cn.dongguan.cfk.shared;

import java.util.Map;

/**
 * The request clashes with what exists (a duplicate credit code or username, an industry still in
 * use): answered 409 with a bilingual problem naming the field, and what it clashes with.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageZh;
    private final Map<String, Object> properties;

    public ConflictException(String field, String messageZh, String messageEn, Map<String, Object> properties) {
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

    /** Extra members of the problem, e.g. the existing record it clashes with. */
    public Map<String, Object> properties() {
        return properties;
    }
}
