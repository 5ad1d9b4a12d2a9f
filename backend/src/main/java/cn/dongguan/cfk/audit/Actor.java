package cn.dongguan.cfk.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting on this thread, and from which address: the signed-in user of the current request
 * (as the security filters named it in the request attribute {@link AuditLog#ACTOR_ATTRIBUTE}),
 * "anonymous" in a request without one, "system" outside any request (start-up, scheduled work).
 * It never asks the security context itself: that may load the session, in a transaction of its own,
 * while a transaction is beginning.
 */
final class Actor {

    static final int MAX_LENGTH = 64;

    private Actor() {}

    static String name() {
        HttpServletRequest request = request();
        if (request == null) {
            return "system";
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
