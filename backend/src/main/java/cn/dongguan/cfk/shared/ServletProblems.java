package cn.dongguan.cfk.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem from a servlet filter, before any controller runs (sign-in, guards, limits), in
 * the same form as {@link ApiExceptionHandler}'s answers. HEAD gets the status and headers only.
 */
public final class ServletProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST_INSTANCE = 200;

    private ServletProblems() {}

    /** A problem with its own title (such as the sign-in's 401), naming {@code field} unless it is null. */
    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String titleZh,
            String titleEn,
            String detailZh,
            String detailEn,
            String field)
            throws IOException {
        write(request, response, ProblemResponses.problem(status, titleZh, titleEn, detailZh, detailEn, field));
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        String uri = request.getRequestURI();
        body.put("instance", uri.length() <= LONGEST_INSTANCE ? uri : uri.substring(0, LONGEST_INSTANCE) + "...");
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (!"HEAD".equals(request.getMethod())) {
            response.getWriter().write(JSON.writeValueAsString(body));
        }
    }
}
