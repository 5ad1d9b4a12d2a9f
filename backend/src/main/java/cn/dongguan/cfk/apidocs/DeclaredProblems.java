package cn.dongguan.cfk.apidocs;

import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ProblemResponses;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;

/**
 * The answers an operation has by what its handler takes and declares: a 400 when it reads a body or a
 * parameter that may fail to bind (not text, or required), a 415 for a body of another type, the
 * statuses of the problem exceptions its {@code throws} clause names, and for {@link ETagged} endpoints
 * the ETag header and, to a GET, the 304.
 */
final class DeclaredProblems implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<HttpStatus> statuses = new TreeSet<>();
        for (Class<?> thrown : handler.getMethod().getExceptionTypes()) {
            statuses.addAll(ProblemResponses.statusesOf(thrown));
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                statuses.add(HttpStatus.BAD_REQUEST);
                statuses.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            } else if (mayFailToBind(parameter)) {
                statuses.add(HttpStatus.BAD_REQUEST);
            }
        }
        statuses.forEach(status -> Schemas.addProblem(operation, status, null));
        if (handler.hasMethodAnnotation(ETagged.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ETagged.class)) {
            tagged(operation, handler.hasMethodAnnotation(GetMapping.class));
        }
        ApiResponse created = Schemas.responses(operation).get("201");
        if (created != null) {
            created.addHeaderObject("Location", Schemas.stringHeader("The new resource's address"));
        }
        return operation;
    }

    /** Text binds always; anything else may not, and a required parameter may be missing. */
    private static boolean mayFailToBind(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (Map.class.isAssignableFrom(type)) {
            return false;
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null) {
            boolean required = query.required() && ValueConstants.DEFAULT_NONE.equals(query.defaultValue());
            return required || type != String.class;
        }
        return (parameter.hasParameterAnnotation(PathVariable.class)
                        || parameter.hasParameterAnnotation(RequestHeader.class))
                && type != String.class;
    }

    private static void tagged(Operation operation, boolean get) {
        ApiResponses responses = Schemas.responses(operation);
        Header etag = Schemas.stringHeader("The version of what was answered");
        responses.forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.addHeaderObject("ETag", etag);
            }
        });
        if (get && !responses.containsKey("304")) {
            responses.addApiResponse(
                    "304",
                    new ApiResponse()
                            .description("Not modified: If-None-Match names the current ETag · 未修改")
                            .addHeaderObject("ETag", etag));
        }
    }
}
