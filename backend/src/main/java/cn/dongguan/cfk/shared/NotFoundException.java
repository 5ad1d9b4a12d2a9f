package cn.dongguan.cfk.shared;

import org.springframework.http.HttpStatus;

/** A resource the client named does not exist: answered 404 with a bilingual problem. */
public class NotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageZh, String messageEn) {
        super(HttpStatus.NOT_FOUND, messageZh, messageEn, null);
    }
}
