package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.dongguan.cfk.support.Endpoints;
import cn.dongguan.cfk.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks every GET endpoint the app has (found from its request mappings, so new endpoints are
 * walked too) as an anonymous user and as an enterprise, on data that has occupants and contacts,
 * and fails if any occupant name or contact detail appears in any answer. Every GET must answer (or
 * refuse the user), not fail as a bad request: the web map's bounded layers are asked for a box around
 * an occupied building.
 */
@IntegrationTest
class PrivacyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Set<String> personal;
    Endpoints endpoints;
    Map<String, Object> sample;

    @BeforeEach
    void personalDataAndASiteThatHasIt() {
        personal = new LinkedHashSet<>();
        personal.addAll(jdbc.queryForList("""
                SELECT e.name FROM enterprise e WHERE EXISTS (SELECT 1 FROM space_unit u WHERE u.occupant_enterprise_id = e.id)
                UNION SELECT contact_name FROM enterprise UNION SELECT contact_phone FROM enterprise
                UNION SELECT contact_email FROM enterprise
                UNION SELECT contact_name FROM park UNION SELECT contact_phone FROM park""", String.class));
        personal.removeIf(s -> s == null || s.isBlank());
        endpoints = Endpoints.onOccupiedUnit(jdbc);
        sample = endpoints.sample();
    }

    @ParameterizedTest(name = "as {0}")
    @NullSource
    @ValueSource(strings = {"enterprise"})
    void noPublicAnswerCarriesPersonalData(String user) throws Exception {
        assertThat(personal).hasSizeGreaterThan(100);
        if (user != null) {
            // An enterprise may see its own name and contacts, never anyone else's.
            personal.removeAll(jdbc.queryForList("""
                    SELECT unnest(ARRAY[e.name, e.contact_name, e.contact_phone, e.contact_email])
                    FROM enterprise e JOIN app_user a ON a.enterprise_id = e.id WHERE a.username = ?""", String.class, user));
        }
        List<String> paths = publicGetPaths();
        assertThat(paths)
                .as("the walk finds the read API")
                .hasSizeGreaterThanOrEqualTo(8)
                .contains("/api/units/" + sample.get("unit"), "/api/buildings/" + sample.get("building"));
        List<String> walked = new ArrayList<>();
        Map<String, JsonNode> answers = new HashMap<>();
        for (String path : paths) {
            MockHttpServletRequestBuilder request = get(path + query(path));
            if (user != null) {
                request = request.with(httpBasic(user, "demo"));
            }
            MvcResult result = mvc.perform(request).andReturn();
            byte[] body = result.getResponse().getContentAsByteArray();
            String text = new String(body, StandardCharsets.UTF_8);
            for (String secret : personal) {
                assertThat(text).as("%s answered %s", path, secret).doesNotContain(secret);
            }
            assertThat(text).as("%s answered a 亩均 grade or figure", path).doesNotContain(GRADE_KEYS);
            walked.add(path + " " + result.getResponse().getStatus());
            if (path.startsWith("/api/map/") && result.getResponse().getStatus() == 200) {
                answers.put(path, JSON.readTree(text));
            }
        }
        assertThat(walked).anyMatch(w -> w.startsWith("/api/units/") && w.endsWith(" 200"));
        assertThat(walked)
                .as("every GET is asked in a way that it answers (or refuses the user), never a bad request")
                .noneMatch(w -> w.endsWith(" 400") || w.matches(".* 5\\d\\d"));
        // The web map's bounded layers, in a box around a building with occupants and its park's parcels
        assertThat(answers.get("/api/map/buildings").get("features"))
                .as("/api/map/buildings answered with the occupied building")
                .anySatisfy(f -> assertThat(f.get("id").asLong()).isEqualTo(sample.get("building")));
        assertThat(answers.get("/api/map/parcels").get("features"))
                .as("/api/map/parcels answered with parcels")
                .isNotEmpty();
    }

    /**
     * 亩均效益 grades and figures (issue 16) are evaluation results, for staff and administrators only: with
     * an occupant of the sample's park graded, no answer of the efficiency API, the statistics, the
     * exports (every format), enterprises, projects and their matches, parks, units, the space search,
     * OGC API – Features, tiles or the web map gives an anonymous user, an enterprise or the park's own
     * manager a grade or figure (refused, or without them); staff get them. Rolled back.
     */
    @ParameterizedTest(name = "as {0}")
    @NullSource
    @ValueSource(strings = {"enterprise", "manager01", "staff"})
    @Transactional
    void gradesReachOnlyStaffAndAdministrators(String user) throws Exception {
        assertThat(sample.get("park")).as("manager01 manages the sample's park").isEqualTo("DG-P01");
        long occupant = jdbc.queryForObject(
                "SELECT occupant_enterprise_id FROM space_unit WHERE id = ?", Long.class, sample.get("unit"));
        jdbc.update("""
                INSERT INTO efficiency_result (enterprise_id, year, grade, graded_by, tax_per_mu, revenue_per_mu)
                VALUES (?, 2099, 'D', 'BUREAU', 12.34, 567.89)""", occupant);
        String park = (String) sample.get("park");
        double lon = ((Number) sample.get("lon")).doubleValue();
        double lat = ((Number) sample.get("lat")).doubleValue();
        String box =
                String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", lon - 0.002, lat - 0.002, lon + 0.002, lat + 0.002);
        String tile = endpoints.fill("/tiles/{layer}/{z}/{x}/{y}.mvt");
        List<String> paths = new ArrayList<>(List.of(
                "/api/efficiency/results?year=2099",
                "/api/efficiency/enterprises/" + occupant,
                "/api/efficiency/parks/" + park + "?year=2099",
                "/api/stats/efficiency?year=2099",
                "/api/enterprises/" + occupant,
                "/api/enterprises?q=",
                "/api/parks/" + park,
                "/api/units/" + sample.get("unit"),
                "/api/buildings/" + sample.get("building"),
                "/api/spaces?park=" + park,
                "/api/projects/" + sample.get("project"),
                "/api/projects/" + sample.get("project") + "/matches",
                "/api/projects/" + sample.get("project") + "/shortlist",
                "/api/matching/weights",
                "/api/redevelopment/areas",
                "/ogc/collections",
                "/ogc/collections/buildings/items?parkCode=" + park,
                "/ogc/collections/occupant-grades",
                "/ogc/collections/occupant-grades/items?parkCode=" + park,
                "/ogc/collections/occupant-grades/items/" + sample.get("building"),
                "/api/map/buildings?bbox=" + box,
                "/api/map/occupant-grades?bbox=" + box,
                "/tiles/occupant-grades.json",
                tile,
                tile.replace("/tiles/buildings/", "/tiles/occupant-grades/")));
        for (String format : List.of("xlsx", "csv", "geojson", "gpkg")) {
            paths.add("/api/exports/efficiency." + format);
            paths.add("/api/exports/enterprises." + format);
            paths.add("/api/exports/units." + format + "?park=" + park);
            paths.add("/api/exports/spaces." + format + "?park=" + park);
        }
        boolean staff = "staff".equals(user);
        List<String> graded = new ArrayList<>();
        for (String path : paths) {
            MockHttpServletRequestBuilder request = get(path);
            if (user != null) {
                request = request.with(httpBasic(user, "demo"));
            }
            MvcResult result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            String text = readable(result.getResponse().getContentAsByteArray());
            if (status == 200) {
                boolean hasGrade = text.contains("12.34")
                        || text.contains("567.89")
                        || WORD_GRADE.matcher(text).find()
                        || Arrays.stream(GRADE_KEYS).anyMatch(text::contains);
                if (hasGrade) {
                    graded.add(path);
                }
            } else {
                assertThat(status).as("%s as %s", path, user).isIn(204, 401, 403, 404);
            }
        }
        if (staff) {
            assertThat(graded)
                    .as("staff see the grade and figures")
                    .contains(
                            "/api/efficiency/enterprises/" + occupant,
                            "/api/stats/efficiency?year=2099",
                            "/api/map/occupant-grades?bbox=" + box,
                            "/api/exports/enterprises.csv",
                            "/api/exports/enterprises.xlsx",
                            "/api/exports/enterprises.gpkg",
                            tile.replace("/tiles/buildings/", "/tiles/occupant-grades/"));
        } else {
            assertThat(graded)
                    .as("answers with a 亩均 grade or figure as %s", user)
                    .isEmpty();
        }
    }

    /** "grade" as a word: a JSON member, a column of a file, a key of a vector tile. */
    private static final Pattern WORD_GRADE = Pattern.compile("\\bgrade(A|B|C|D)?\\b");

    /** An answer as text to search: a zip's entries (xlsx, shp.zip) one after another, anything else as it is. */
    private static String readable(byte[] body) throws Exception {
        if (body.length < 4 || body[0] != 'P' || body[1] != 'K') {
            return new String(body, StandardCharsets.ISO_8859_1) + new String(body, StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        // read by the central directory: streamed workbooks write their entries' sizes after them
        java.nio.file.Path file = java.nio.file.Files.createTempFile("privacy", ".zip");
        try {
            java.nio.file.Files.write(file, body);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
                            .append('\n');
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return text.toString();
    }

    /** What a 亩均 grade or figure is called in answers (JSON members, columns). */
    private static final String[] GRADE_KEYS = {
        "\"grade\"", "\"latestGrade\"", "\"taxPerMu\"", "\"revenuePerMu\"", "\"gradeA\"", "亩均效益等级"
    };

    /**
     * The query a GET needs to answer with data: the web map's bounded layers take a box around the
     * sample, a park's unit list the sample's park.
     */
    private String query(String path) {
        double lon = ((Number) sample.get("lon")).doubleValue();
        double lat = ((Number) sample.get("lat")).doubleValue();
        return switch (path) {
            case "/api/map/buildings", "/api/map/parcels", "/api/map/occupant-grades" ->
                String.format(Locale.ROOT, "?bbox=%.6f,%.6f,%.6f,%.6f", lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01);
            case "/api/me/units" -> "?park=" + sample.get("park");
            default -> "";
        };
    }

    /** Every GET path of the app with its variables filled with a sample that has personal data behind it. */
    private List<String> publicGetPaths() {
        return endpoints.gets(mappings).stream()
                .filter(get -> !get.pattern().equals("/error"))
                .map(get -> endpoints.fill(get.pattern(), "file", "units.csv"))
                .toList();
    }
}
