package cn.dongguan.cfk.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * API clients send HTTP Basic credentials with every request; the web app signs in with a form and
 * sends none. Decides both CSRF (API clients need no token) and an occupancy event's source.
 */
public final class ApiClientRequests {

    private ApiClientRequests() {}

    public static boolean sendsBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
