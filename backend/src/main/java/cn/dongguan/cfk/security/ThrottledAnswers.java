package cn.dongguan.cfk.security;

import cn.dongguan.cfk.shared.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@link ThrottledException} as a 429 problem with Retry-After. */
@RestControllerAdvice
class ThrottledAnswers {

    @ExceptionHandler(ThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(ThrottledException e) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.TOO_MANY_REQUESTS, "尝试次数过多", "Too many attempts", e.messageZh(), e.getMessage(), null);
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }
}
