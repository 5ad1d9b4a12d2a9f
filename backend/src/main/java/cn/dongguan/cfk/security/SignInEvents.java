package cn.dongguan.cfk.security;

import cn.dongguan.cfk.audit.AuditLog;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security's authentication events into the audit and the throttle: every form sign-in and
 * every failed sign-in is an audit event; an HTTP Basic client, which signs in with every request,
 * is recorded once per account and address every 15 minutes (per app instance).
 */
@Component
class SignInEvents {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9_.-]{1,64}$");

    private final AuditLog audit;
    private final Throttle throttle;
    private final Cache<String, Boolean> recentBasicSignIns = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(15))
            .maximumSize(10_000)
            .build();

    SignInEvents(AuditLog audit, Throttle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        throttle.succeeded(username);
        HttpServletRequest request = request();
        boolean basic = request != null && ApiClientRequests.sendsBasicCredentials(request);
        if (basic) {
            String key = username + "|" + request.getRemoteAddr();
            if (recentBasicSignIns.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
                return;
            }
        }
        audit.record(username, "SIGN_IN", "app_user", username, Map.of("method", basic ? "BASIC" : "FORM"));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object principal = event.getAuthentication().getPrincipal();
        String username = principal == null ? "" : principal.toString().trim();
        HttpServletRequest request = request();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.failedSignIn(username, request == null ? null : request.getRemoteAddr());
        }
        boolean basic = request != null && ApiClientRequests.sendsBasicCredentials(request);
        audit.record(
                "anonymous",
                "SIGN_IN_FAILED",
                "app_user",
                // what does not look like a username may be a password typed into the wrong field
                USERNAME.matcher(username).matches() ? username : "?",
                Map.of(
                        "method",
                        basic ? "BASIC" : "FORM",
                        "reason",
                        event.getException().getClass().getSimpleName()));
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
