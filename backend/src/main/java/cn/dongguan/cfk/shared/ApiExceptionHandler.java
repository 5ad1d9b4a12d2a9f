package cn.dongguan.cfk.shared;

import jakarta.validation.ConstraintViolation;
import java.sql.SQLException;
import java.util.Comparator;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error an endpoint raises into an RFC 9457 problem in Chinese and English. Ordered
 * before Spring Boot's own problem handler, which answers the rest in English only.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(ProblemException.class)
    ProblemDetail problem(ProblemException e) {
        return e.problem();
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException e) {
        return ProblemResponses.problem(
                HttpStatus.PRECONDITION_FAILED,
                "数据已被他人修改，请重新加载后再试",
                "Someone else changed this meanwhile: reload and try again",
                "If-Match");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalidParameter(e.getName(), e.getValue(), e.getRequiredType());
    }

    /** A query parameter of the wrong type, however it was bound (one by one, or into a parameter record). */
    private static ProblemDetail invalidParameter(String field, Object value, Class<?> type) {
        String expected = type == null ? "value" : typeName(type);
        return ProblemResponses.badRequest(
                field,
                "参数 " + field + " 的值 “" + TextLimits.shorten(String.valueOf(value)) + "” 无效，应为" + typeNameZh(type),
                "Parameter '" + field + "' has an invalid value '" + TextLimits.shorten(String.valueOf(value))
                        + "': expected " + expected);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ProblemDetail otherTypeMismatch(TypeMismatchException e) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return ProblemResponses.badRequest(
                field,
                "参数 " + field + " 的值 “" + TextLimits.shorten(String.valueOf(e.getValue())) + "” 无效",
                "Parameter '" + field + "' has an invalid value '" + TextLimits.shorten(String.valueOf(e.getValue()))
                        + "'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return QueryParams.missing(e.getParameterName()).problem();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return JsonProblems.of(e).problem();
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        FieldError unbound = e.getBindingResult().getFieldErrors().stream()
                .filter(FieldError::isBindingFailure)
                .findFirst()
                .orElse(null);
        if (unbound != null) {
            return invalidParameter(
                    unbound.getField(),
                    unbound.getRejectedValue(),
                    e.getBindingResult().getFieldType(unbound.getField()));
        }
        return e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.unwrap(ConstraintViolation.class))
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> ConstraintTexts.problem(v).problem())
                .orElseGet(() -> ProblemResponses.badRequest("body", "请求内容无效", "The request body is invalid"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return ProblemResponses.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "请求内容类型 " + e.getContentType() + " 不受支持，请使用 JSON",
                "Content type " + e.getContentType() + " is not supported: send JSON",
                "Content-Type");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return ProblemResponses.problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                "此地址不支持 " + e.getMethod() + " 请求",
                "This address does not accept " + e.getMethod(),
                null);
    }

    /**
     * The last guard against a 500 from bad input: what PostgreSQL refuses as a data value (SQLState
     * class 22: out of range, invalid text, too long) or as breaking a constraint (not null, check,
     * foreign key: 400; unique: 409). Validation should have caught it first, naming the field.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedByTheDatabase(DataIntegrityViolationException e) {
        String state = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        if (state == null || !(state.startsWith("22") || state.startsWith("23"))) {
            throw e;
        }
        if (state.equals("23505")) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(ProblemResponses.problem(
                            HttpStatus.CONFLICT, "与已有数据重复", "This duplicates data that exists", "body"));
        }
        return ResponseEntity.badRequest()
                .body(ProblemResponses.badRequest(
                        "body", "请求中的某个值超出数据库允许的范围或格式", "A value in the request is outside what the database allows"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return ProblemResponses.notFound("没有这个地址：/" + e.getResourcePath(), "No such address: /" + e.getResourcePath());
    }

    private static String typeName(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        return type.getSimpleName();
    }

    private static String typeNameZh(Class<?> type) {
        if (type == null) {
            return "有效值";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "整数";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "数字";
        }
        return type.getSimpleName();
    }
}
