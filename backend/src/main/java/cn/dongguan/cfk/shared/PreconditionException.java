package cn.dongguan.cfk.shared;

import org.springframework.http.HttpStatus;

/**
 * Optimistic locking through ETags: a write without If-Match is answered 428, one whose If-Match
 * no longer matches the stored version 412. Nothing changes in either case.
 */
public class PreconditionException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private PreconditionException(HttpStatus status, String messageZh, String messageEn) {
        super(status, messageZh, messageEn, "If-Match");
    }

    public static PreconditionException missing() {
        return new PreconditionException(
                HttpStatus.PRECONDITION_REQUIRED,
                "修改需要 If-Match 请求头（先读取得到 ETag）",
                "A change needs an If-Match header with the ETag you read");
    }

    public static PreconditionException stale(long current) {
        return new PreconditionException(
                HttpStatus.PRECONDITION_FAILED,
                "数据已被他人修改（当前版本 " + current + "），请重新加载后再试",
                "Someone else changed this meanwhile (now version " + current + "): reload and try again");
    }
}
