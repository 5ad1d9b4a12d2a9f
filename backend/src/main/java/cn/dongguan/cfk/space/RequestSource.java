package cn.dongguan.cfk.space;

import cn.dongguan.cfk.security.ApiClientRequests;
import jakarta.servlet.http.HttpServletRequest;

/** The source an occupancy event records: API clients send Basic credentials, the web app's form session does not. */
final class RequestSource {

    private RequestSource() {}

    static String of(HttpServletRequest request) {
        return ApiClientRequests.sendsBasicCredentials(request) ? "API" : "FORM";
    }
}
