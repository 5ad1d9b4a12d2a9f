package cn.dongguan.cfk.security;

import cn.dongguan.cfk.shared.ProblemResponses;
import cn.dongguan.cfk.shared.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (the form's POST /login, or any request with HTTP Basic credentials) while its
 * account or client address is blocked by {@link Throttle}: 429 with Retry-After, before the password
 * is checked, so that not even the right password gets through a lock.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final Throttle throttle;

    SignInThrottleFilter(Throttle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = signingInAs(request);
        if (account != null) {
            Optional<Duration> blocked = throttle.blocked(account, request.getRemoteAddr());
            if (blocked.isPresent()) {
                long seconds = blocked.get().toMillis() / 1000 + (blocked.get().toMillis() % 1000 == 0 ? 0 : 1);
                tooManyAttempts(request, response, seconds);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** 429 with Retry-After (whole seconds, at least 1). */
    static void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        long wait = Math.max(1, seconds);
        response.setHeader("Retry-After", Long.toString(wait));
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "尝试次数过多",
                "Too many attempts",
                "登录失败次数过多，请 " + wait + " 秒后再试；如账号被锁定，可请管理员解锁",
                "Too many failed sign-ins: try again in " + wait
                        + " seconds; an administrator can unlock a locked account",
                null);
        problem.setProperty("retryAfterSeconds", wait);
        ServletProblems.write(request, response, problem);
    }

    /** The username a request signs in as, or null when it carries no credentials. */
    static String signingInAs(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/login")) {
            String username = request.getParameter("username");
            return username == null ? "" : username.trim();
        }
        if (ApiClientRequests.sendsBasicCredentials(request)) {
            try {
                String decoded = new String(
                        Base64.getDecoder()
                                .decode(request.getHeader("Authorization")
                                        .substring(6)
                                        .trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null; // not Base64: BasicAuthenticationFilter refuses it
            }
        }
        return null;
    }
}
