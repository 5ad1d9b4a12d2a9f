package cn.dongguan.cfk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * Spring Security's single-page-app CSRF handling (the token read raw from the X-XSRF-TOKEN header, or
 * BREACH-masked from a form field; loaded on every request so that the XSRF-TOKEN cookie is always
 * there for the web app), except for the public map answers a shared HTTP cache keeps (tiles,
 * TileJSON, OGC API, /api/map): their reads get no token, so they set no cookie. An answer that sets
 * a cookie is never stored, and one that were would hand one client's token to the next.
 */
final class CsrfTokens implements CsrfTokenRequestHandler {

    private static final Pattern CACHED_PUBLICLY = Pattern.compile("^/(tiles/|api/map/|ogc(/|$))");

    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestAttributeHandler xor = new XorCsrfTokenRequestAttributeHandler();

    CsrfTokens() {
        // null: the token is loaded at once (the cookie written), not deferred
        xor.setCsrfRequestAttributeName(null);
    }

    /** A GET or HEAD of an answer that shared caches keep. */
    static boolean cachedPublicly(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return read && CACHED_PUBLICLY.matcher(request.getRequestURI()).find();
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        (cachedPublicly(request) ? plain : xor).handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return StringUtils.hasText(request.getHeader(token.getHeaderName()))
                ? plain.resolveCsrfTokenValue(request, token)
                : xor.resolveCsrfTokenValue(request, token);
    }
}
