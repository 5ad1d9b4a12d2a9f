package cn.dongguan.cfk.webguard;

import cn.dongguan.cfk.shared.ProblemResponses;
import cn.dongguan.cfk.shared.ServletProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/** The problems the guards answer before any controller runs, in the API's bilingual form. */
final class Problems {

    private Problems() {}

    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String titleZh,
            String titleEn,
            String detailZh,
            String detailEn,
            String field)
            throws IOException {
        ServletProblems.write(
                request, response, ProblemResponses.problem(status, titleZh, titleEn, detailZh, detailEn, field));
    }
}
