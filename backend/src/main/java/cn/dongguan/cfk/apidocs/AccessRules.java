package cn.dongguan.cfk.apidocs;

import cn.dongguan.cfk.security.Role;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

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

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator;

    AccessRules(ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public void customise(OpenAPI api) {
        WebInvocationPrivilegeEvaluator rules = evaluator.getObject();
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            String uri = path.replaceAll("\\{[^}]+}", "1");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.readOperationsMap().entrySet()) {
                String method = entry.getKey().name();
                Operation operation = entry.getValue();
                boolean write = !(method.equals("GET") || method.equals("HEAD"));
                boolean anonymous = rules.isAllowed("", uri, method, ANONYMOUS);
                List<Role> allowed = new ArrayList<>();
                for (Role role : Role.values()) {
                    if (rules.isAllowed("", uri, method, signedIn(role))) {
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

    private static Authentication signedIn(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "apidocs-" + role, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name()));
    }
}
