package cn.dongguan.cfk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes the answers of the security filters as the same bilingual problems the API answers with. */
final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {}

    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String titleZh,
            String titleEn,
            String detailZh,
            String detailEn)
            throws IOException {
        write(request, response, status, titleZh, titleEn, detailZh, detailEn, Map.of());
    }

    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String titleZh,
            String titleEn,
            String detailZh,
            String detailEn,
            Map<String, ?> properties)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put(
                "type",
                "https://cfk.dongguan.example/problems/"
                        + status.name().toLowerCase().replace('_', '-'));
        problem.put("title", titleZh + " / " + titleEn);
        problem.put("status", status.value());
        problem.put("detail", detailZh + " / " + detailEn);
        String uri = request.getRequestURI();
        problem.put("instance", uri.length() <= 200 ? uri : uri.substring(0, 200) + "...");
        problem.put("detailZh", detailZh);
        problem.put("detailEn", detailEn);
        problem.putAll(properties);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (!"HEAD".equals(request.getMethod())) {
            response.getWriter().write(JSON.writeValueAsString(problem));
        }
    }

    /** 429 with Retry-After (whole seconds, at least 1). */
    static void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        long wait = Math.max(1, seconds);
        response.setHeader("Retry-After", Long.toString(wait));
        write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "尝试次数过多",
                "Too many attempts",
                "登录失败次数过多，请 " + wait + " 秒后再试；如账号被锁定，可请管理员解锁",
                "Too many failed sign-ins: try again in " + wait
                        + " seconds; an administrator can unlock a locked account",
                Map.of("retryAfterSeconds", wait));
    }
}
