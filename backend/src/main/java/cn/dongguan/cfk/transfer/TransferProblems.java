package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.shared.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The imports' problems in Chinese and English: a file over the size limit (413, whether the servlet's
 * multipart limit or the import's own check found it), and a commit the job's state does not allow (409).
 */
/* Needs no other bean, so that controller slice tests (@WebMvcTest) load it as they find it. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TransferProblems {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
        long limit = e.getMaxUploadSize() > 0
                ? e.getMaxUploadSize()
                : DataSize.ofMegabytes(50).toBytes();
        return tooLarge(new FileTooLargeException(DataSize.ofBytes(limit)));
    }

    @ExceptionHandler(FileTooLargeException.class)
    ProblemDetail tooLarge(FileTooLargeException e) {
        return ProblemResponses.problem(
                HttpStatus.CONTENT_TOO_LARGE, "文件过大", "Content too large", e.zh, e.getMessage(), "file");
    }

    @ExceptionHandler(GisToolMissingException.class)
    ProblemDetail toolMissing(GisToolMissingException e) {
        return ProblemResponses.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的文件格式", "Unsupported media type", e.zh, e.getMessage(), "file");
    }

    @ExceptionHandler(ImportConflictException.class)
    ProblemDetail conflict(ImportConflictException e) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "无法提交", "Conflict", e.zh, e.getMessage(), null);
    }
}
