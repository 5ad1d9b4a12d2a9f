package cn.dongguan.cfk.space;

import jakarta.servlet.http.HttpServletRequest;

/** The source an occupancy event records: API clients send Basic credentials, the web app's form session does not. */
final class RequestSource {

    private RequestSource() {
    }

    static String of(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) ? "API" : "FORM";
    }
}
