package cn.dongguan.cfk.apidocs;

import cn.dongguan.cfk.security.ThrottledException;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ProblemResponses;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
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
import org.springframework.web.method.HandlerMethod;

/**
 * The answers an operation has by what its handler takes and declares: a 400 (every request: a
 * parameter with a NUL character is refused), a 415 for a body of another type, a 404 for a path
 * variable (each names something), 412 and 428 for an If-Match header (ETags), the
 * statuses of the problem exceptions its {@code throws} clause names, and for {@link ETagged} endpoints
 * the ETag header and, to a GET, the 304.
 */
final class DeclaredProblems implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<HttpStatus> statuses = new TreeSet<>();
        // any parameter with a NUL character is refused before the handler (webguard)
        statuses.add(HttpStatus.BAD_REQUEST);
        for (Class<?> thrown : handler.getMethod().getExceptionTypes()) {
            statuses.addAll(ProblemResponses.statusesOf(thrown));
            if (ThrottledException.class.isAssignableFrom(thrown)) {
                statuses.add(HttpStatus.TOO_MANY_REQUESTS);
            }
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                statuses.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            }
            // every path variable of this API names something that may not exist
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                statuses.add(HttpStatus.NOT_FOUND);
            }
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null && "If-Match".equalsIgnoreCase(header.name())) {
                statuses.add(HttpStatus.PRECONDITION_FAILED);
                statuses.add(HttpStatus.PRECONDITION_REQUIRED);
            }
        }
        statuses.forEach(status -> Schemas.addProblem(operation, status, null));
        // an error the handler declares by its status alone (@ApiResponse) is a problem too; 204 and 304
        // have no body, whatever the handler's type
        Schemas.responses(operation).forEach((code, response) -> {
            if (code.equals("204") || code.equals("304")) {
                response.setContent(null);
            }
            if (code.compareTo("400") >= 0
                    && (response.getContent() == null || !response.getContent().containsKey(Schemas.PROBLEM_JSON))) {
                response.setContent(Schemas.problemContent());
            }
        });
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
