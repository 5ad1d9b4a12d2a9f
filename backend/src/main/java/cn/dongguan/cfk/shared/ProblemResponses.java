package cn.dongguan.cfk.shared;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problems every endpoint answers with: a bilingual title and detail ("中文 / English"),
 * the Chinese and English texts also apart, and the field at fault when there is one.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static ProblemDetail problem(
            HttpStatus status, String titleZh, String titleEn, String detailZh, String detailEn, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailZh + " / " + detailEn);
        problem.setTitle(titleZh + " / " + titleEn);
        problem.setType(URI.create("https://cfk.dongguan.example/problems/" + slug(status)));
        problem.setProperty("detailZh", detailZh);
        problem.setProperty("detailEn", detailEn);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    public static ProblemDetail badRequest(String field, String detailZh, String detailEn) {
        return problem(HttpStatus.BAD_REQUEST, "请求有误", "Bad request", detailZh, detailEn, field);
    }

    public static ProblemDetail notFound(String detailZh, String detailEn) {
        return problem(HttpStatus.NOT_FOUND, "未找到", "Not found", detailZh, detailEn, null);
    }

    private static String slug(HttpStatus status) {
        return status.name().toLowerCase().replace('_', '-');
    }
}
