package cn.dongguan.cfk.webguard;

import cn.dongguan.cfk.shared.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A NUL character in a parameter's name or value (query string or form) is refused with 400 naming
 * the parameter, before anything reads it: PostgreSQL cannot store it, and no text needs it.
 * Multipart uploads are left to their readers.
 */
final class NulParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/")) {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                String name = parameter.getKey();
                boolean nul = name.indexOf('\u0000') >= 0;
                for (String value : parameter.getValue()) {
                    nul |= value != null && value.indexOf('\u0000') >= 0;
                }
                if (nul) {
                    String shown = name.replace("\u0000", "\\0");
                    shown = shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
                    ServletProblems.write(
                            request,
                            response,
                            HttpStatus.BAD_REQUEST,
                            "请求有误",
                            "Bad request",
                            "参数 " + shown + " 含有 NUL 字符（\\0），不允许",
                            "Parameter '" + shown + "' contains a NUL character (\\0), which is not allowed",
                            shown);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
