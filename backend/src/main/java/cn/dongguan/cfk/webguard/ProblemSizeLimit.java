package cn.dongguan.cfk.webguard;

import java.net.URI;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * No problem answer echoes a long value back whole (issue 12): texts of a problem (its detail, the
 * Chinese and English details, any other text member) and its instance (the request path) are cut
 * to a few hundred characters, whichever endpoint built it.
 */
@ControllerAdvice
class ProblemSizeLimit implements ResponseBodyAdvice<Object> {

    static final int MAX_TEXT = 500;
    static final int MAX_PATH = 200;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getDetail() != null) {
                problem.setDetail(cut(problem.getDetail(), MAX_TEXT));
            }
            if (problem.getInstance() != null
                    && problem.getInstance().toString().length() > MAX_PATH) {
                String path = problem.getInstance().toString().substring(0, MAX_PATH);
                int escape = path.lastIndexOf('%');
                if (escape >= path.length() - 2) {
                    path = path.substring(0, escape); // never half a %-escape
                }
                problem.setInstance(URI.create(path + "..."));
            }
            Map<String, Object> properties = problem.getProperties();
            if (properties != null) {
                properties.replaceAll((name, value) -> value instanceof String text ? cut(text, MAX_TEXT) : value);
            }
        }
        return body;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
