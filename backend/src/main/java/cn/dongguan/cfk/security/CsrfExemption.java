package cn.dongguan.cfk.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests need no CSRF token: those of an API client, which sends HTTP Basic credentials and
 * no session cookie, and is not a browser on another site (a browser that remembered Basic
 * credentials sends them with a forged cross-site form too, but marks it with Sec-Fetch-Site or
 * Origin). A request with the session cookie always needs the token.
 */
final class CsrfExemption implements RequestMatcher {

    private final String sessionCookie;

    CsrfExemption(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return ApiClientRequests.sendsBasicCredentials(request)
                && !carriesSessionCookie(request)
                && !crossSite(request);
    }

    private boolean carriesSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(sessionCookie) || cookie.getName().equals("JSESSIONID")) {
                return true;
            }
        }
        return false;
    }

    private static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        return host == null || !(origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
