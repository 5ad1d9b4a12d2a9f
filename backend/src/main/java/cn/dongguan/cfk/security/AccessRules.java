package cn.dongguan.cfk.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call which address, first matching rule wins. A HEAD request is decided exactly as the
 * GET of the same address (its headers, e.g. Content-Length, tell as much as the body), so a rule
 * written for GET covers HEAD too, also for endpoints added later.
 */
final class AccessRules implements AuthorizationManager<RequestAuthorizationContext> {

    private final RequestMatcherDelegatingAuthorizationManager rules;

    private AccessRules(RequestMatcherDelegatingAuthorizationManager rules) {
        this.rules = rules;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        return rules.authorize(
                authentication, HttpMethod.HEAD.matches(request.getMethod()) ? new AsGet(request) : request);
    }

    static AccessRules of(ExposureProperties exposure) {
        AuthorizationManager<RequestAuthorizationContext> permit = (a, c) -> new AuthorizationDecision(true);
        AuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager.authenticated();
        AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager.hasRole("ADMIN");
        AuthorizationManager<RequestAuthorizationContext> staff =
                AuthorityAuthorizationManager.hasAnyRole("STAFF", "ADMIN");
        var rules = RequestMatcherDelegatingAuthorizationManager.builder()
                .add(
                        get(
                                "/api/me",
                                "/api/me/**",
                                "/api/units/*/history",
                                "/api/projects",
                                "/api/projects/**",
                                "/api/enquiries",
                                "/api/enquiries/**"),
                        signedIn)
                .add(get("/api/stats/freshness"), staff)
                .add(any("/api/standard-land", "/api/standard-land/**"), staff)
                .add(get("/api/redevelopment/projects/*/history"), admin)
                .add(any("/api/redevelopment", "/api/redevelopment/**", "/api/stats/redevelopment/**"), staff)
                .add(any("/api/matching/**"), AuthorityAuthorizationManager.hasAnyRole("STAFF", "ADMIN", "ENTERPRISE"))
                .add(any("/api/admin", "/api/admin/**"), admin)
                .add(
                        any(
                                "/api/efficiency",
                                "/api/efficiency/**",
                                "/api/exports/efficiency.*",
                                "/api/stats/efficiency",
                                "/api/stats/efficiency/**"),
                        staff)
                .add(
                        get("/api/enterprises", "/api/enterprises/**"),
                        AuthorityAuthorizationManager.hasAnyRole("STAFF", "ADMIN", "PARK_MANAGER"))
                .add(any("/api/enterprises", "/api/enterprises/**", "/api/signups", "/api/signups/**"), staff)
                .add(matcher(HttpMethod.POST, "/api/signup"), permit)
                .add(matcher(HttpMethod.POST, "/api/enquiries"), permit)
                .add(matcher(HttpMethod.PATCH, "/api/parks/*"), admin)
                .add(
                        new OrRequestMatcher(
                                matcher(HttpMethod.POST, "/api/industries"),
                                matcher(HttpMethod.PATCH, "/api/industries/*"),
                                matcher(HttpMethod.DELETE, "/api/industries/*")),
                        admin)
                .add(get("/api/**", "/tiles/**", "/ogc", "/ogc/**"), permit)
                .add(any("/actuator/health", "/actuator/health/**"), permit)
                .add(any("/actuator/prometheus", "/actuator/info"), exposure.publicMetrics() ? permit : admin)
                .add(
                        any(
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/v3/api-docs.yaml",
                                "/swagger-ui/**",
                                "/swagger-ui.html"),
                        exposure.publicApiDocs() ? permit : admin)
                .add(
                        get(
                                "/",
                                "/*.html",
                                "/*.js",
                                "/*.css",
                                "/js/**",
                                "/css/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico"),
                        permit)
                // the container's error page answers error dispatches; asked for directly it has nothing to say
                .add(request -> request.getDispatcherType() == DispatcherType.ERROR, permit)
                .add(any("/error"), (a, c) -> new AuthorizationDecision(false))
                .add(request -> true, signedIn)
                .build();
        return new AccessRules(rules);
    }

    private static RequestMatcher get(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(p -> (RequestMatcher) pathPattern(HttpMethod.GET, p))
                .toList());
    }

    private static RequestMatcher any(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(p -> (RequestMatcher) pathPattern(p))
                .toList());
    }

    private static RequestMatcher matcher(HttpMethod method, String pattern) {
        return pathPattern(method, pattern);
    }

    /** A HEAD request seen as its GET, for the decision only. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return HttpMethod.GET.name();
        }
    }
}
