package cn.dongguan.cfk.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An error the client is told of, in Chinese and English, with the field at fault when there is one:
 * {@link ApiExceptionHandler} answers each with its {@link #problem()}. Nothing was changed.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String messageZh;
    private final String field;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, String messageZh, String messageEn, String field) {
        this(status, messageZh, messageEn, field, Map.of());
    }

    protected ProblemException(
            HttpStatus status, String messageZh, String messageEn, String field, Map<String, Object> properties) {
        super(messageEn);
        this.status = status;
        this.messageZh = messageZh;
        this.field = field;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageZh() {
        return messageZh;
    }

    /** The field (or header) at fault, null for none. */
    public String field() {
        return field;
    }

    /** Extra members of the problem, beside title, detail and field (e.g. where a geometry is at fault). */
    public Map<String, Object> properties() {
        return properties;
    }

    /** The problem this error is answered with ({@link ProblemResponses}). */
    public ProblemDetail problem() {
        ProblemDetail problem = ProblemResponses.problem(status, messageZh, getMessage(), field);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
