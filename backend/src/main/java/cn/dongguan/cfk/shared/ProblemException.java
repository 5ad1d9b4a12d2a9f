package cn.dongguan.cfk.shared;

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

    public ProblemException(HttpStatus status, String messageZh, String messageEn, String field) {
        super(messageEn);
        this.status = status;
        this.messageZh = messageZh;
        this.field = field;
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

    /** The problem this error is answered with ({@link ProblemResponses}). */
    public ProblemDetail problem() {
        return ProblemResponses.problem(status, messageZh, getMessage(), field);
    }
}
