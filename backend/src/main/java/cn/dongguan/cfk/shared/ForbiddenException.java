package cn.dongguan.cfk.shared;

import org.springframework.http.HttpStatus;

/** The signed-in user may not do this (wrong role or another park): answered 403, nothing changed. */
public class ForbiddenException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String messageZh, String messageEn) {
        super(HttpStatus.FORBIDDEN, messageZh, messageEn, null);
    }
}
