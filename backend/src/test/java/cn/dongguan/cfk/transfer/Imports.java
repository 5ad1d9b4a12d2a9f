package cn.dongguan.cfk.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An import as a client drives it: upload a file, wait for the preview, commit, wait for the end. */
record Imports(MockMvc mvc) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The response to the upload of a file by a user (null: anonymous), with parameters name=value. */
    MockHttpServletResponse upload(String layer, String user, String fileName, byte[] bytes, String... params)
            throws Exception {
        var request = multipart("/api/imports/{layer}", layer)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes));
        for (String p : params) {
            int eq = p.indexOf('=');
            request.param(p.substring(0, eq), p.substring(eq + 1));
        }
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Uploads, expects 202 and waits for the job to leave VALIDATING; answers the job. */
    JsonNode preview(String layer, String user, String fileName, byte[] bytes, String... params) throws Exception {
        MockHttpServletResponse response = upload(layer, user, fileName, bytes, params);
        assertThat(response.getStatus())
                .as(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(202);
        long id = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8))
                .get("id")
                .asLong();
        assertThat(response.getHeader("Location")).isEqualTo("/api/imports/" + id);
        return await(id, user, "VALIDATING");
    }

    /** The job once it is no longer in {@code passing}. */
    JsonNode await(long id, String user, String passing) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode job = job(id, user, "?size=500");
            if (!job.get("status").asString().equals(passing) || System.nanoTime() > end) {
                return job;
            }
            Thread.sleep(50);
        }
    }

    JsonNode job(long id, String user, String query) throws Exception {
        MockHttpServletResponse r = mvc.perform(
                        get("/api/imports/" + id + query).with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    MockHttpServletResponse commitRequest(long id, String user, boolean validOnly) throws Exception {
        return mvc.perform(post("/api/imports/{id}/commit", id)
                        .param("validOnly", String.valueOf(validOnly))
                        .with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse();
    }

    /** Commits, expects 202, and answers the job at its end (COMMITTED or FAILED). */
    JsonNode commit(long id, String user, boolean validOnly) throws Exception {
        MockHttpServletResponse r = commitRequest(id, user, validOnly);
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(202);
        return await(id, user, "COMMITTING");
    }

    /** A preview that must have no errors, committed. */
    JsonNode importAll(String layer, String user, String fileName, byte[] bytes) throws Exception {
        JsonNode job = preview(layer, user, fileName, bytes);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("PREVIEW");
        assertThat(job.get("errors")).as(job.toString()).isEmpty();
        return commit(job.get("id").asLong(), user, false);
    }

    /** An export's bytes, 200 expected. */
    byte[] export(String path, String user) throws Exception {
        var request = get(path);
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus())
                .as(r.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return r.getContentAsByteArray();
    }

    static List<String> errorFields(JsonNode job) {
        return job.get("errors")
                .valueStream()
                .map(e -> e.path("field").asString(null))
                .toList();
    }

    /** Counts as {new, changed, unchanged, rejected}. */
    static Map<String, Integer> counts(JsonNode job) {
        JsonNode c = job.get("counts");
        return Map.of(
                "new", c.get("new").asInt(),
                "changed", c.get("changed").asInt(),
                "unchanged", c.get("unchanged").asInt(),
                "rejected", c.get("rejected").asInt());
    }

    /** A workbook of one sheet: the header row, then rows; values written as their Java types. */
    static byte[] xlsx(List<String> header, List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("data");
            write(sheet.createRow(0), header.stream().map(h -> (Object) h).toList());
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void write(Row row, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                row.createCell(c).setCellValue(b);
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }
}
