package cn.dongguan.cfk.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The request clashes with what exists (a duplicate credit code or username, an industry still in
 * use): answered 409 with a bilingual problem naming the field, and what it clashes with.
 */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String messageZh, String messageEn, Map<String, Object> properties) {
        super(HttpStatus.CONFLICT, messageZh, messageEn, field, properties);
    }
}
