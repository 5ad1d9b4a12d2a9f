package cn.dongguan.cfk.security;

import java.time.Duration;

/** Too many attempts: answered 429 with Retry-After (see {@link ThrottledAnswers}). */
public class ThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;
    private final String messageZh;

    public ThrottledException(Duration wait, String messageZh, String messageEn) {
        super(messageEn);
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        this.messageZh = messageZh;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String messageZh() {
        return messageZh;
    }
}
