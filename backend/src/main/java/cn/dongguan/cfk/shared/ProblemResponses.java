package cn.dongguan.cfk.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problems every endpoint answers with: a bilingual title (one per status) and detail
 * ("中文 / English"), the Chinese and English texts also apart, and the field at fault when there is
 * one.
 */
public final class ProblemResponses {

    private static final Map<HttpStatus, Title> TITLES = Map.ofEntries(
            Map.entry(HttpStatus.BAD_REQUEST, new Title("请求有误", "Bad request")),
            Map.entry(HttpStatus.UNAUTHORIZED, new Title("请先登录", "Unauthorized")),
            Map.entry(HttpStatus.FORBIDDEN, new Title("无权操作", "Forbidden")),
            Map.entry(HttpStatus.NOT_FOUND, new Title("未找到", "Not found")),
            Map.entry(HttpStatus.METHOD_NOT_ALLOWED, new Title("不支持该方法", "Method not allowed")),
            Map.entry(HttpStatus.CONFLICT, new Title("冲突", "Conflict")),
            Map.entry(HttpStatus.PRECONDITION_FAILED, new Title("数据已变更", "Precondition failed")),
            Map.entry(HttpStatus.CONTENT_TOO_LARGE, new Title("内容过大", "Content too large")),
            Map.entry(HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Title("不支持的内容类型", "Unsupported media type")),
            Map.entry(HttpStatus.PRECONDITION_REQUIRED, new Title("缺少 If-Match", "Precondition required")),
            Map.entry(HttpStatus.TOO_MANY_REQUESTS, new Title("请求过多", "Too many requests")),
            Map.entry(HttpStatus.SERVICE_UNAVAILABLE, new Title("服务繁忙", "Service unavailable")));

    private record Title(String zh, String en) {}

    private ProblemResponses() {}

    /** The title of a status's problems, "中文 / English". */
    public static String title(HttpStatus status) {
        Title title = TITLES.get(status);
        if (title == null) {
            throw new IllegalArgumentException("No title for " + status);
        }
        return title.zh() + " / " + title.en();
    }

    /**
     * The statuses an exception of this type is answered with (for the API document); none for other
     * types.
     */
    public static List<HttpStatus> statusesOf(Class<?> exceptionType) {
        if (BadRequestException.class.isAssignableFrom(exceptionType)) {
            return List.of(HttpStatus.BAD_REQUEST);
        }
        if (NotFoundException.class.isAssignableFrom(exceptionType)) {
            return List.of(HttpStatus.NOT_FOUND);
        }
        if (ForbiddenException.class.isAssignableFrom(exceptionType)) {
            return List.of(HttpStatus.FORBIDDEN);
        }
        if (ConflictException.class.isAssignableFrom(exceptionType)) {
            return List.of(HttpStatus.CONFLICT);
        }
        if (PreconditionException.class.isAssignableFrom(exceptionType)) {
            return List.of(HttpStatus.PRECONDITION_FAILED, HttpStatus.PRECONDITION_REQUIRED);
        }
        return List.of();
    }

    /** A problem of one of the statuses the API answers with, under that status's title. */
    public static ProblemDetail problem(HttpStatus status, String detailZh, String detailEn, String field) {
        Title title = TITLES.get(status);
        if (title == null) {
            throw new IllegalArgumentException("No title for " + status);
        }
        return problem(status, title.zh(), title.en(), detailZh, detailEn, field);
    }

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
        return problem(HttpStatus.BAD_REQUEST, detailZh, detailEn, field);
    }

    public static ProblemDetail notFound(String detailZh, String detailEn) {
        return problem(HttpStatus.NOT_FOUND, detailZh, detailEn, null);
    }

    private static String slug(HttpStatus status) {
        return status.name().toLowerCase().replace('_', '-');
    }
}
