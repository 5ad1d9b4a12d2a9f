package cn.dongguan.cfk.apidocs;

import cn.dongguan.cfk.security.Role;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Each operation's security as the security filter chain decides it, asked for an anonymous caller and
 * for each role: who may call it (public operations may still send credentials, which may show more),
 * 401 when anonymous callers are refused, 403 when some role is. Every write may also be refused with
 * 401 or 403: a write carrying the session cookie needs the CSRF token, and the feature checks the
 * caller's role and park scope.
 */
final class AccessRules implements OpenApiCustomizer {

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "apidocs", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    /** The app's one servlet, mapped to "/". */
    private static final HttpServletMapping DISPATCHER_SERVLET = new HttpServletMapping() {
        @Override
        public String getMatchValue() {
            return "";
        }

        @Override
        public String getPattern() {
            return "/";
        }

        @Override
        public String getServletName() {
            return "dispatcherServlet";
        }

        @Override
        public MappingMatch getMappingMatch() {
            return MappingMatch.DEFAULT;
        }
    };

    private final ObjectProvider<SecurityFilterChain> chains;

    AccessRules(ObjectProvider<SecurityFilterChain> chains) {
        this.chains = chains;
    }

    @Override
    public void customise(OpenAPI api) {
        Schemas.eachPath(api, (uri, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.readOperationsMap().entrySet()) {
                String method = entry.getKey().name();
                Operation operation = entry.getValue();
                boolean write = !(method.equals("GET") || method.equals("HEAD"));
                boolean anonymous = isAllowed(uri, method, ANONYMOUS);
                List<Role> allowed = new ArrayList<>();
                for (Role role : Role.values()) {
                    if (isAllowed(uri, method, signedIn(role))) {
                        allowed.add(role);
                    }
                }
                List<SecurityRequirement> security = new ArrayList<>();
                if (anonymous) {
                    security.add(new SecurityRequirement());
                }
                security.add(new SecurityRequirement().addList(Schemas.BASIC));
                security.add(new SecurityRequirement().addList(Schemas.SESSION));
                operation.setSecurity(security);
                if (!anonymous || write) {
                    Schemas.addProblem(operation, HttpStatus.UNAUTHORIZED, "sign in first");
                }
                if (allowed.size() < Role.values().length) {
                    Schemas.addProblem(
                            operation,
                            HttpStatus.FORBIDDEN,
                            "for " + allowed.stream().map(Role::name).collect(Collectors.joining(", ")) + " only");
                } else if (write) {
                    Schemas.addProblem(operation, HttpStatus.FORBIDDEN, "role, park scope or CSRF token");
                }
            }
        });
    }

    /**
     * Asks the authorization manager of the filter chain that would answer the request, as the chain
     * does (Spring's WebInvocationPrivilegeEvaluator cannot: its requests know no dispatcher type).
     */
    private boolean isAllowed(String uri, String method, Authentication caller) {
        HttpServletRequest request = request(uri, method);
        for (SecurityFilterChain chain : chains) {
            if (chain.matches(request)) {
                for (var filter : chain.getFilters()) {
                    if (filter instanceof AuthorizationFilter authorization) {
                        AuthorizationManager<HttpServletRequest> manager = authorization.getAuthorizationManager();
                        AuthorizationResult result = manager.authorize(() -> caller, request);
                        return result == null || result.isGranted();
                    }
                }
                return true;
            }
        }
        return true;
    }

    /** A request of the method to the address, as the matchers of the access rules read it, and nothing more. */
    private static HttpServletRequest request(String uri, String method) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(
                AccessRules.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI", "getServletPath" -> uri;
                    case "getContextPath" -> "";
                    case "getDispatcherType" -> DispatcherType.REQUEST;
                    case "getHttpServletMapping" -> DISPATCHER_SERVLET;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "getParameterMap" -> Map.of();
                    case "getCookies" -> new jakarta.servlet.http.Cookie[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> method + " " + uri;
                    default -> null;
                });
    }

    private static Authentication signedIn(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "apidocs-" + role, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name()));
    }
}
