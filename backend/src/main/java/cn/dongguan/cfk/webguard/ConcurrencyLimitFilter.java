package cn.dongguan.cfk.webguard;

import cn.dongguan.cfk.shared.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Bounds each class of expensive endpoints ({@link LimitProperties}) to a few requests at a time:
 * a request over the limit waits for nothing and gets 503 with Retry-After. Runs after the security
 * filters, so a refused caller never takes a place.
 */
final class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private record Bound(String name, List<PathPattern> patterns, Semaphore permits, int max) {}

    private final List<Bound> bounds;
    private final long retryAfterSeconds;

    ConcurrencyLimitFilter(LimitProperties properties) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.bounds = properties.classes().stream()
                .map(c -> new Bound(
                        c.name(),
                        c.patterns().stream().map(parser::parse).toList(),
                        new Semaphore(c.maxConcurrent()),
                        c.maxConcurrent()))
                .toList();
        this.retryAfterSeconds = Math.max(1, properties.retryAfter().toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bound bound = boundOf(request);
        if (bound == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!bound.permits().tryAcquire()) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            ServletProblems.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "服务繁忙",
                    "Busy",
                    "同类请求（" + bound.name() + "）已有 " + bound.max() + " 个正在处理，请 " + retryAfterSeconds + " 秒后再试",
                    bound.max() + " requests of this kind (" + bound.name() + ") are being answered: try again in "
                            + retryAfterSeconds + " s",
                    null);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            bound.permits().release();
        }
    }

    private Bound boundOf(HttpServletRequest request) {
        if (bounds.isEmpty()) {
            return null;
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        for (Bound bound : bounds) {
            for (PathPattern pattern : bound.patterns()) {
                if (pattern.matches(path)) {
                    return bound;
                }
            }
        }
        return null;
    }
}
