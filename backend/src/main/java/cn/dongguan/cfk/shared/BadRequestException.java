package cn.dongguan.cfk.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Input the client sent is wrong: answered 400 with a bilingual problem naming the field, and any
 * extra problem properties (e.g. where in a geometry the fault lies).
 */
public class BadRequestException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String field, String messageZh, String messageEn) {
        this(field, messageZh, messageEn, Map.of());
    }

    public BadRequestException(String field, String messageZh, String messageEn, Map<String, Object> properties) {
        super(HttpStatus.BAD_REQUEST, messageZh, messageEn, field, properties);
    }
}
