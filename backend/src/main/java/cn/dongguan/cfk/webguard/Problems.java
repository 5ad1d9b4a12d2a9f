package cn.dongguan.cfk.webguard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** The problems the guards answer before any controller runs, in the API's bilingual form. */
final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put(
                "type",
                "https://cfk.dongguan.example/problems/"
                        + status.name().toLowerCase().replace('_', '-'));
        problem.put("title", titleZh + " / " + titleEn);
        problem.put("status", status.value());
        problem.put("detail", detailZh + " / " + detailEn);
        String uri = request.getRequestURI();
        problem.put("instance", uri.length() <= 200 ? uri : uri.substring(0, 200) + "...");
        problem.put("detailZh", detailZh);
        problem.put("detailEn", detailEn);
        if (field != null) {
            problem.put("field", field);
        }
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (!"HEAD".equals(request.getMethod())) {
            response.getWriter().write(JSON.writeValueAsString(problem));
        }
    }
}
