package cn.dongguan.cfk.security;

import cn.dongguan.cfk.shared.ProblemResponses;
import cn.dongguan.cfk.shared.ServletProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Writes the answers of the security filters as the same bilingual problems the API answers with. */
final class ProblemWriter {

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
        ProblemDetail problem = ProblemResponses.problem(status, titleZh, titleEn, detailZh, detailEn, null);
        properties.forEach(problem::setProperty);
        ServletProblems.write(request, response, problem);
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
