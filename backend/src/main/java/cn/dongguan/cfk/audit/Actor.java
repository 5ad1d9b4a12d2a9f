package cn.dongguan.cfk.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting on this thread, and from which address: the signed-in user of the current request
 * (as the security filters named it in the request attribute {@link AuditLog#ACTOR_ATTRIBUTE}),
 * "anonymous" in a request without one; outside any request, the user a background task acts for
 * (an import's check and commit run with their requester's security context), else "system"
 * (start-up, scheduled work). In a request it never asks the security context: that may load the
 * session, in a transaction of its own, while a transaction is beginning.
 */
final class Actor {

    static final int MAX_LENGTH = 64;

    private Actor() {}

    static String name() {
        HttpServletRequest request = request();
        if (request == null) {
            Authentication task = SecurityContextHolder.getContext().getAuthentication();
            return task != null && task.isAuthenticated() && !(task instanceof AnonymousAuthenticationToken)
                    ? fit(task.getName())
                    : "system";
        }
        return request.getAttribute(AuditLog.ACTOR_ATTRIBUTE) instanceof String name ? fit(name) : "anonymous";
    }

    /** The client's address as the servlet container sees it (after X-Forwarded-For from a trusted proxy). */
    static String clientAddress() {
        HttpServletRequest request = request();
        return request == null ? null : request.getRemoteAddr();
    }

    static String fit(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replace("\u0000", "");
        return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH);
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
