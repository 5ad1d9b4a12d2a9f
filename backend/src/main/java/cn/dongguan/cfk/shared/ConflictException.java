package cn.dongguan.cfk.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The request clashes with what exists (a duplicate credit code or username, an industry still in
 * use): answered 409 with a bilingual problem naming the field, and what it clashes with.
 */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final Map<String, Object> properties;

    public ConflictException(String field, String messageZh, String messageEn, Map<String, Object> properties) {
        super(HttpStatus.CONFLICT, messageZh, messageEn, field);
        this.properties = Map.copyOf(properties);
    }

    /** Extra members of the problem, e.g. the existing record it clashes with. */
    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    public ProblemDetail problem() {
        ProblemDetail problem = super.problem();
        properties.forEach(problem::setProperty);
        return problem;
    }
}
