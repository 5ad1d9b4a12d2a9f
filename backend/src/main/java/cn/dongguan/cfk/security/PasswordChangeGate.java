package cn.dongguan.cfk.security;

import cn.dongguan.cfk.shared.ProblemResponses;
import cn.dongguan.cfk.shared.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password must be changed may do nothing else: with a one-time password (a reset),
 * whatever the client; with "change at first sign-in", in the web app's session (an HTTP Basic
 * client is not held up by it). Reads go on as anonymous; everything else is a 403 that says so.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    /** Set on a request read as anonymous, so that a 401 for it says why. */
    static final String HELD = PasswordChangeGate.class.getName() + ".held";

    private static final Set<String> ALLOWED = Set.of("/api/me", "/api/me/password", "/logout", "/api/sign-in-options");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !(auth.getPrincipal() instanceof CfkUser user)
                || !mustChangeFirst(user, request)
                || ALLOWED.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            request.setAttribute(HELD, Boolean.TRUE);
            var anonymous = new AnonymousAuthenticationToken(
                    "password-change", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            var original = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(new SecurityContextImpl(anonymous));
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.setContext(original);
            }
            return;
        }
        refuse(request, response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.FORBIDDEN,
                "请先修改密码",
                "Change your password first",
                "您的密码是一次性密码或须在首次登录时修改：请先修改密码（POST /api/me/password）",
                "Your password is a one-time password or must be changed at the first sign-in: change it first"
                        + " (POST /api/me/password)",
                null);
        problem.setProperty("passwordChangeRequired", true);
        ServletProblems.write(request, response, problem);
    }

    private static boolean mustChangeFirst(CfkUser user, HttpServletRequest request) {
        return switch (user.passwordState()) {
            case SET -> false;
            case ONE_TIME -> true;
            case CHANGE_AT_SIGN_IN -> !ApiClientRequests.sendsBasicCredentials(request);
        };
    }
}
