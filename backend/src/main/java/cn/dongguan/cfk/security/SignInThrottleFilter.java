package cn.dongguan.cfk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
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
                ProblemWriter.tooManyAttempts(request, response, seconds);
                return;
            }
        }
        chain.doFilter(request, response);
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
