package cn.dongguan.cfk.apidocs;

import static cn.dongguan.cfk.apidocs.DocumentedApi.Call.delete;
import static cn.dongguan.cfk.apidocs.DocumentedApi.Call.get;
import static cn.dongguan.cfk.apidocs.DocumentedApi.Call.patch;
import static cn.dongguan.cfk.apidocs.DocumentedApi.Call.post;
import static cn.dongguan.cfk.apidocs.DocumentedApi.Call.put;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.apidocs.DocumentedApi.Answer;
import cn.dongguan.cfk.apidocs.DocumentedApi.Call;
import cn.dongguan.cfk.support.AccountFixtures;
import cn.dongguan.cfk.support.Endpoints;
import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.HttpIntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import cn.dongguan.cfk.support.TestRequests;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Real requests to every operation of {@code /v3/api-docs}, successful and refused, each answer checked
 * against the document: its status is declared, its body matches the declared schema of its media
 * type. An operation of the document that no case reaches with success fails the test, so endpoints
 * added later need a case here.
 */
@HttpIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAnswersMatchTheDocumentTest {

    private static final String PARK = "DG-P19";
    private static final String MANAGER = "manager19";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private DocumentedApi api;
    private Endpoints endpoints;

    @BeforeAll
    void readTheDocument() throws Exception {
        api = new DocumentedApi("http://localhost:" + port);
        endpoints = new Endpoints(jdbc);
    }

    @AfterAll
    void everyOperationHasASuccessfulCase() {
        AccountFixtures.clean(jdbc);
        assertThat(api.withoutSuccessfulCase())
                .as("operations of the document without a successful case in this test")
                .isEmpty();
    }

    @Test
    void everyOperationRefusesAParameterWithANulCharacterOrAnAnonymousWriteAsDocumented() {
        for (String[] operation : api.templates()) {
            String uri = endpoints.fill(operation[1]) + "?probe=%00".replace("%00", "\u0000");
            Call call = new Call(operation[0], uri, null, null, java.util.Map.of(), null);
            Answer answer = api.send(call);
            assertThat(answer.status()).as("%s %s", operation[0], operation[1]).isIn(400, 401);
            api.expect(answer.status(), call);
        }
    }

    @Test
    void publicReads() {
        long building = jdbc.queryForObject("SELECT min(id) FROM building WHERE park_code = ?", Long.class, PARK);
        long unit = jdbc.queryForObject(
                "SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id WHERE b.park_code = ?",
                Long.class,
                PARK);
        long parcel = jdbc.queryForObject("SELECT min(id) FROM parcel", Long.class);
        api.expect(200, get("/api/parks"));
        api.expect(200, get("/api/parks/" + PARK));
        api.expect(404, get("/api/parks/DG-P98"));
        api.expect(400, get("/api/parks/nonsense!"));
        api.expect(200, get("/api/towns"));
        api.expect(200, get("/api/industries"));
        api.expect(200, get("/api/buildings?park=" + PARK));
        api.expect(400, get("/api/buildings?size=100000"));
        Answer one = api.expect(200, get("/api/buildings/" + building));
        api.expect(304, get("/api/buildings/" + building).header("If-None-Match", one.header("ETag")));
        api.expect(404, get("/api/buildings/999999999"));
        api.expect(200, get("/api/units/" + unit));
        api.expect(404, get("/api/units/999999999"));
        api.expect(200, get("/api/spaces?park=" + PARK + "&sort=area"));
        api.expect(400, get("/api/spaces?fireClass=nope"));
        api.expect(200, get("/api/parcels?status=AVAILABLE"));
        api.expect(200, get("/api/parcels/" + parcel));
        api.expect(404, get("/api/parcels/999999999"));
        api.expect(200, get("/api/stats/vacancy?groupBy=park"));
        api.expect(400, get("/api/stats/vacancy?groupBy=planet"));
        api.expect(200, get("/api/stats/vacancy?groupBy=type&asOf=2025-06-30"));
        api.expect(200, get("/api/stats/vacancy/trend?groupBy=park&codes=DG-P01,DG-P02&interval=quarter"));
        api.expect(400, get("/api/stats/vacancy/trend?interval=week"));
        api.expect(200, get("/api/stats/land/trend?interval=quarter&from=2025Q1"));
        api.expect(200, get("/api/stats/bulletin?quarter=2025Q3"));
        api.expect(400, get("/api/stats/bulletin?quarter=2025Q5"));
        api.expect(200, get("/api/session"));
        api.expect(200, get("/api/session").as("staff"));
        api.expect(200, get("/api/sign-in-options"));
    }

    @Test
    void mapLayersAndTiles() {
        api.expect(200, get("/api/map/config"));
        Answer towns = api.expect(200, get("/api/map/towns"));
        api.expect(304, get("/api/map/towns").header("If-None-Match", towns.header("ETag")));
        api.expect(200, get("/api/map/parks"));
        String box = "113.5,22.6,114.3,23.2";
        api.expect(200, get("/api/map/buildings?bbox=" + box + "&limit=50"));
        api.expect(400, get("/api/map/buildings"));
        api.expect(200, get("/api/map/parcels?bbox=" + box));
        api.expect(400, get("/api/map/parcels?bbox=1,2,3"));
        api.expect(200, get("/tiles/buildings.json"));
        api.expect(404, get("/tiles/rivers.json"));
        String tile = endpoints.fill("/tiles/{layer}/{z}/{x}/{y}.mvt");
        Answer mvt = api.expect(200, get(tile));
        assertThat(mvt.header("Content-Type")).startsWith("application/vnd.mapbox-vector-tile");
        api.expect(304, get(tile).header("If-None-Match", mvt.header("ETag")));
        api.expect(204, get("/tiles/buildings/15/0/0.mvt"));
        api.expect(400, get("/tiles/buildings/99/0/0.mvt"));
        api.expect(404, get("/tiles/rivers/10/0/0.mvt"));
        // occupants' grades: staff and administrators only
        api.expect(200, get("/api/map/occupant-grades?bbox=" + box).as("staff"));
        api.expect(403, get("/api/map/occupant-grades?bbox=" + box));
        api.expect(403, get("/api/map/occupant-grades?bbox=" + box).as(MANAGER));
        api.expect(200, get("/tiles/occupant-grades.json").as("staff"));
        api.expect(403, get("/tiles/occupant-grades.json").as("enterprise"));
        api.expect(403, get(tile.replaceFirst("/tiles/[^/]+/", "/tiles/occupant-grades/")));
    }

    @Test
    void signedInReads() {
        long enterprise = jdbc.queryForObject("SELECT min(id) FROM enterprise", Long.class);
        long project = jdbc.queryForObject("SELECT min(id) FROM expansion_project", Long.class);
        long unit = jdbc.queryForObject(
                "SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id WHERE b.park_code = ?",
                Long.class,
                PARK);
        api.expect(200, get("/api/me").as("staff"));
        api.expect(401, get("/api/me"));
        api.expect(401, get("/api/me").as("staff", "wrong password"));
        api.expect(200, get("/api/me/units?park=" + PARK).as(MANAGER));
        api.expect(403, get("/api/me/units?park=DG-P01").as(MANAGER));
        api.expect(200, get("/api/me/to-confirm").as(MANAGER));
        api.expect(200, get("/api/units/" + unit + "/history").as(MANAGER));
        api.expect(404, get("/api/units/999999999/history").as(MANAGER));
        api.expect(200, get("/api/stats/freshness").as("staff"));
        api.expect(403, get("/api/stats/freshness").as(MANAGER));
        api.expect(200, get("/api/enterprises?q=东莞").as("staff"));
        api.expect(200, get("/api/enterprises/" + enterprise).as("staff"));
        api.expect(404, get("/api/enterprises/999999999").as("staff"));
        api.expect(403, get("/api/enterprises").as("enterprise"));
        api.expect(200, get("/api/efficiency/results?year=2025&grade=A,B").as("staff"));
        api.expect(400, get("/api/efficiency/results?year=20x5").as("staff"));
        api.expect(401, get("/api/efficiency/results"));
        api.expect(403, get("/api/efficiency/results").as("enterprise"));
        api.expect(200, get("/api/efficiency/enterprises/" + enterprise).as("admin"));
        api.expect(404, get("/api/efficiency/enterprises/999999999").as("staff"));
        api.expect(200, get("/api/efficiency/parks/" + PARK).as("staff"));
        api.expect(403, get("/api/efficiency/parks/" + PARK).as(MANAGER));
        api.expect(200, get("/api/stats/efficiency").as("admin"));
        api.expect(403, get("/api/stats/efficiency").as(MANAGER));
        api.expect(401, get("/api/stats/efficiency?year=2025"));
        api.expect(404, get("/api/efficiency/parks/DG-P98").as("staff"));
        api.expect(200, get("/api/projects").as("staff"));
        api.expect(200, get("/api/projects/overdue").as("staff"));
        api.expect(200, get("/api/projects/" + project).as("staff"));
        api.expect(404, get("/api/projects/999999999").as("staff"));
        api.expect(200, get("/api/projects/" + project + "/matches?limit=3").as("staff"));
        api.expect(400, get("/api/projects/" + project + "/matches?limit=500").as("staff"));
        api.expect(200, get("/api/signups").as("staff"));
        api.expect(200, get("/api/admin/users?role=STAFF").as("admin"));
        api.expect(403, get("/api/admin/users").as("staff"));
        api.expect(200, get("/api/admin/users/staff").as("admin"));
        api.expect(404, get("/api/admin/users/nobody-here").as("admin"));
        api.expect(200, get("/api/admin/sign-in-locks").as("admin"));
        api.expect(200, get("/api/admin/parks").as("admin"));
        api.expect(200, get("/api/admin/parks/" + PARK).as("admin"));
        api.expect(404, get("/api/admin/parks/DG-P98").as("admin"));
        api.expect(200, get("/api/admin/industries").as("admin"));
        api.expect(200, get("/api/admin/audit?entity=building&size=5").as("admin"));
        api.expect(400, get("/api/admin/audit?from=yesterday").as("admin"));
    }

    @Test
    void inventoryWrites() {
        FreeLand.Box box = new FreeLand(jdbc).inPark(PARK, 40);
        String building = "{\"parkCode\": \"" + PARK + "\", \"name\": \"" + Inventory.unique("文档测试厂房")
                + "\", \"type\": \"标准厂房\", \"floors\": 2, \"geometry\": "
                + box.part(0, 0, 0.45, 0.45).polygon() + "}";
        api.expect(401, post("/api/buildings", building));
        api.expect(403, post("/api/buildings", building.replace(PARK, "DG-P01")).as(MANAGER));
        api.expect(
                400, post("/api/buildings", "{\"parkCode\": \"" + PARK + "\"}").as(MANAGER));
        api.expect(
                415,
                post("/api/buildings", building)
                        .header("Content-Type", "text/plain")
                        .as(MANAGER));
        String draft = "{\"parkCode\": \"" + PARK + "\", \"geometry\": "
                + box.part(0, 0, 0.45, 0.45).polygon() + "}";
        api.expect(401, post("/api/buildings/validate", draft));
        api.expect(
                403,
                post("/api/buildings/validate", draft.replace(PARK, "DG-P01")).as(MANAGER));
        api.expect(200, post("/api/buildings/validate", draft).as(MANAGER));
        Answer created = api.expect(201, post("/api/buildings", building).as(MANAGER));
        api.expect(400, post("/api/buildings/validate", draft).as(MANAGER));
        long id = created.json().get("id").asLong();
        String etag = created.header("ETag");
        api.expect(428, patch("/api/buildings/" + id, "{\"floors\": 3}").as(MANAGER));
        api.expect(
                412,
                patch("/api/buildings/" + id, "{\"floors\": 3}")
                        .header("If-Match", "\"999\"")
                        .as(MANAGER));
        api.expect(
                404,
                patch("/api/buildings/999999999", "{\"floors\": 3}")
                        .header("If-Match", etag)
                        .as(MANAGER));
        api.expect(
                200,
                patch("/api/buildings/" + id, "{\"floors\": 3}")
                        .header("If-Match", etag)
                        .as(MANAGER));

        String newUnit = "{\"floorFrom\": 1, \"floorTo\": 1, \"areaM2\": 600, \"status\": \"VACANT\"}";
        api.expect(404, post("/api/buildings/999999999/units", newUnit).as(MANAGER));
        Answer unit =
                api.expect(201, post("/api/buildings/" + id + "/units", newUnit).as(MANAGER));
        long unitId = unit.json().get("id").asLong();
        Answer changed = api.expect(
                200,
                patch("/api/units/" + unitId, "{\"rentYuanM2Month\": 21.5}")
                        .header("If-Match", unit.header("ETag"))
                        .as(MANAGER));
        api.expect(
                400,
                patch("/api/units/" + unitId, "{\"status\": \"HAUNTED\"}")
                        .header("If-Match", changed.header("ETag"))
                        .as(MANAGER));
        api.expect(200, post("/api/units/" + unitId + "/confirm", "").as(MANAGER));
        api.expect(404, post("/api/units/999999999/confirm", "").as(MANAGER));
        api.expect(
                200,
                post("/api/units/confirm", "{\"unitIds\": [" + unitId + "]}").as(MANAGER));
        api.expect(400, post("/api/units/confirm", "{\"unitIds\": \"all\"}").as(MANAGER));

        String parcel = "{\"parcelNo\": \"" + Inventory.unique("DOC-T") + "\", \"parkCode\": \"" + PARK
                + "\", \"planningUse\": \"M1\", \"status\": \"AVAILABLE\", \"geometry\": "
                + box.part(0.55, 0.55, 1, 1).polygon() + "}";
        Answer land = api.expect(201, post("/api/parcels", parcel).as(MANAGER));
        api.expect(400, post("/api/parcels", "{\"parcelNo\": 7}").as(MANAGER));
        long parcelId = land.json().get("id").asLong();
        api.expect(
                200,
                patch("/api/parcels/" + parcelId, "{\"heightLimitM\": 40}")
                        .header("If-Match", land.header("ETag"))
                        .as(MANAGER));
        api.expect(
                412,
                patch("/api/parcels/" + parcelId, "{\"heightLimitM\": 40}")
                        .header("If-Match", land.header("ETag"))
                        .as(MANAGER));
    }

    @Test
    void projectsAndMatching() {
        long enterprise = jdbc.queryForObject("SELECT max(id) FROM enterprise", Long.class);
        String project = "{\"name\": \"" + Inventory.unique("文档测试项目") + "\", \"enterpriseId\": " + enterprise
                + ", \"industryCode\": \"NEW_MATERIALS\", \"siteKind\": \"SPACE\", \"status\": \"INTENT\", \"minAreaM2\": 1000,"
                + " \"maxAreaM2\": 3000}";
        Answer created = api.expect(201, post("/api/projects", project).as("staff"));
        api.expect(400, post("/api/projects", "{\"name\": \"\"}").as("staff"));
        api.expect(200, get("/api/matching/weights").as("staff"));
        api.expect(200, get("/api/matching/weights").as("enterprise"));
        api.expect(403, get("/api/matching/weights").as(MANAGER));
        long id = created.json().get("id").asLong();
        api.expect(
                200,
                patch("/api/projects/" + id, "{\"maxAreaM2\": 3500}")
                        .header("If-Match", created.header("ETag"))
                        .as("staff"));

        String requirement =
                "{\"siteKind\": \"EITHER\", \"minAreaM2\": 500, \"maxAreaM2\": 6000, \"minAreaMu\": 1, \"maxAreaMu\": 60}";
        Answer preview = api.expect(
                200, post("/api/matching/preview?limit=3", requirement).as("staff"));
        api.expect(
                400, post("/api/matching/preview", "{\"minAreaM2\": \"big\"}").as("staff"));
        api.expect(403, post("/api/matching/preview", requirement).as(MANAGER));
        List<String> candidates = preview.json()
                .get("items")
                .valueStream()
                .map(i -> i.get("id").asString())
                .limit(2)
                .toList();
        String named = "{\"requirement\": " + requirement + ", \"candidates\": "
                + DocumentedApi.JSON.writeValueAsString(candidates) + "}";
        api.expect(200, post("/api/matching/evaluate", named).as("staff"));
        api.expect(
                404,
                post("/api/matching/evaluate", "{\"projectId\": 999999999, \"candidates\": []}")
                        .as("staff"));
        Answer sheet =
                api.expect(200, post("/api/matching/shortlist.xlsx", named).as("staff"));
        assertThat(sheet.body()).startsWith('P', 'K');
    }

    @Test
    void standardLandChecks() {
        long parcel = jdbc.queryForObject(
                "SELECT min(id) FROM parcel WHERE status = 'SUPPLIED' AND min_investment_wan_yuan_mu IS NOT NULL",
                Long.class);
        try {
            api.expect(
                    200,
                    put("/api/standard-land/parcels/" + parcel + "/checks/2023", "{\"investmentWanYuan\": 1}")
                            .as("staff"));
            api.expect(
                    400,
                    put("/api/standard-land/parcels/" + parcel + "/checks/2023", "{\"taxWanYuan\": -1}")
                            .as("staff"));
            api.expect(
                    403,
                    put("/api/standard-land/parcels/" + parcel + "/checks/2023", "{\"taxWanYuan\": 1}")
                            .as(MANAGER));
            api.expect(
                    200, get("/api/standard-land/parcels/" + parcel + "/checks").as("staff"));
            api.expect(404, get("/api/standard-land/parcels/999999999/checks").as("staff"));
            api.expect(200, get("/api/standard-land/shortfalls?year=2023").as("staff"));
            api.expect(400, get("/api/standard-land/shortfalls?park=nonsense!").as("staff"));
            api.expect(403, get("/api/standard-land/shortfalls").as("enterprise"));
            api.expect(401, get("/api/standard-land/shortfalls"));
        } finally {
            jdbc.update("DELETE FROM standard_land_check WHERE parcel_id = ? AND year = 2023", parcel);
        }
    }

    @Test
    void enterprisesIndustriesAndParks() {
        String name = Inventory.unique("文档测试企业");
        Answer created = api.expect(
                201, post("/api/enterprises", "{\"name\": \"" + name + "\"}").as("staff"));
        api.expect(403, post("/api/enterprises", "{\"name\": \"" + name + "\"}").as(MANAGER));
        long id = created.json().get("id").asLong();
        api.expect(
                200,
                patch("/api/enterprises/" + id, "{\"grade\": \"A\"}")
                        .header("If-Match", created.header("ETag"))
                        .as("staff"));
        String taken = jdbc.queryForObject(
                "SELECT credit_code FROM enterprise WHERE credit_code IS NOT NULL ORDER BY id LIMIT 1", String.class);
        api.expect(
                409,
                post("/api/enterprises", "{\"name\": \"重复企业\", \"creditCode\": \"" + taken + "\"}")
                        .as("staff"));

        String code = "TEST_DOC" + (System.nanoTime() % 100000);
        String industry =
                "{\"code\": \"" + code + "\", \"name\": \"文档测试产业\", \"nameEn\": \"Docs\", \"group\": \"FUTURE\"}";
        Answer added = api.expect(201, post("/api/industries", industry).as("admin"));
        api.expect(409, post("/api/industries", industry).as("admin"));
        api.expect(403, post("/api/industries", industry).as("staff"));
        Answer renamed = api.expect(
                200,
                patch("/api/industries/" + code, "{\"nameEn\": \"Documents\"}")
                        .header("If-Match", added.header("ETag"))
                        .as("admin"));
        api.expect(428, delete("/api/industries/" + code).as("admin"));
        api.expect(
                204,
                delete("/api/industries/" + code)
                        .header("If-Match", renamed.header("ETag"))
                        .as("admin"));

        Answer park = api.expect(200, get("/api/admin/parks/" + PARK).as("admin"));
        api.expect(
                200,
                patch("/api/parks/" + PARK, "{}")
                        .header("If-Match", park.header("ETag"))
                        .as("admin"));
        api.expect(
                403,
                patch("/api/parks/" + PARK, "{}")
                        .header("If-Match", park.header("ETag"))
                        .as(MANAGER));
    }

    @Test
    void accountsSignUpAndPasswords() {
        String username = "doc-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        String user = "{\"username\": \"" + username + "\", \"password\": \"Orchid-harbour-77\", \"role\": \"STAFF\"}";
        api.expect(201, post("/api/admin/users", user).as("admin"));
        api.expect(409, post("/api/admin/users", user).as("admin"));
        api.expect(400, post("/api/admin/users", "{\"username\": \"x\"}").as("admin"));
        api.expect(
                200,
                patch("/api/admin/users/" + username, "{\"displayName\": \"文档测试\"}")
                        .as("admin"));
        api.expect(
                404,
                patch("/api/admin/users/nobody-here", "{\"displayName\": \"无\"}")
                        .as("admin"));
        api.expect(
                200,
                post(
                                "/api/me/password",
                                "{\"currentPassword\": \"Orchid-harbour-77\", \"newPassword\": \"Saffron-meadow-19\"}")
                        .as(username, "Orchid-harbour-77"));
        api.expect(
                400,
                post("/api/me/password", "{\"currentPassword\": \"Saffron-meadow-19\", \"newPassword\": \"short\"}")
                        .as(username, "Saffron-meadow-19"));
        api.expect(
                200,
                post("/api/admin/users/" + username + "/reset-password", "").as("admin"));
        api.expect(200, post("/api/admin/users/" + username + "/unlock", "").as("admin"));
        api.expect(204, delete("/api/admin/sign-in-locks?account=" + username).as("admin"));
        api.expect(400, delete("/api/admin/sign-in-locks").as("admin"));
        jdbc.update("DELETE FROM app_user WHERE username = ?", username);

        // an anonymous form sends the XSRF-TOKEN cookie it was given back as X-XSRF-TOKEN
        Answer page = api.send(get("/api/sign-in-options"));
        String token = page.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        String creditCode = TestRequests.newCreditCode();
        String signUp = "{\"companyName\": \"文档测试有限公司\", \"creditCode\": \"" + creditCode
                + "\", \"contactName\": \"周女士\", \"contactPhone\": \"0769-88886666\","
                + " \"password\": \"Orchid-harbour-77\"}";
        Call form = post("/api/signup", signUp)
                .header("Cookie", "XSRF-TOKEN=" + token)
                .header("X-XSRF-TOKEN", token)
                .header("X-Forwarded-For", TestRequests.someAddress());
        api.expect(401, post("/api/signup", signUp));
        Answer signedUp = api.expect(201, form);
        api.expect(409, form);
        api.expect(
                204,
                post("/api/signups/" + signedUp.json().get("username").asString() + "/verify", "")
                        .as("staff"));
        api.expect(400, post("/api/signups/nobody-here/verify", "").as("staff"));
    }

    @Test
    void importsAndExports() throws Exception {
        Answer csv = api.expect(200, get("/api/exports/units.csv?park=" + PARK).as(MANAGER));
        api.expect(200, get("/api/exports/parks.xlsx").as("staff"));
        api.expect(404, get("/api/exports/rivers.csv").as("staff"));
        api.expect(200, get("/api/imports/templates/units.xlsx").as(MANAGER));
        api.expect(404, get("/api/imports/templates/rivers.xlsx").as(MANAGER));

        String boundary = "cfk" + System.nanoTime();
        ByteArrayOutputStream upload = new ByteArrayOutputStream();
        upload.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"units.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        upload.write(csv.body());
        upload.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Call start = post("/api/imports/units", "")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .body(upload.toByteArray())
                .as(MANAGER);
        Answer job = api.expect(202, start);
        api.expect(
                400,
                post("/api/imports/units", "")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .body(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8))
                        .as(MANAGER));
        long id = job.json().get("id").asLong();
        JsonNode status = job.json();
        for (int i = 0; i < 100 && !status.get("status").asString().equals("PREVIEW"); i++) {
            Thread.sleep(200);
            status = api.expect(200, get("/api/imports/" + id).as(MANAGER)).json();
        }
        assertThat(status.get("status").asString()).isEqualTo("PREVIEW");
        api.expect(200, get("/api/imports/" + id + "?page=0&size=10").as(MANAGER));
        api.expect(200, get("/api/imports/" + id + "/errors").as(MANAGER));
        api.expect(200, get("/api/imports?size=5").as(MANAGER));
        api.expect(404, get("/api/imports/999999999").as(MANAGER));
        api.expect(404, get("/api/imports/999999999/errors").as(MANAGER));
        api.expect(202, post("/api/imports/" + id + "/commit", "").as(MANAGER));
        api.expect(409, post("/api/imports/" + id + "/commit", "").as(MANAGER));
    }

    @Test
    void demandMeetsSupply() {
        long unit = jdbc.queryForObject(
                "SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id WHERE b.park_code = ?",
                Long.class,
                PARK);
        long project = jdbc.queryForObject("SELECT min(id) FROM expansion_project", Long.class);
        api.expect(200, get("/api/me/units/" + unit).as(MANAGER));
        api.expect(404, get("/api/me/units/999999999").as(MANAGER));
        api.expect(403, get("/api/me/to-confirm?park=DG-P01").as(MANAGER));

        String enquiry = "{\"unitId\": " + unit
                + ", \"message\": \"想预约看厂\", \"contactName\": \"王先生\", \"contactPhone\": \"0769-12345678\"}";
        Answer asked = api.expect(201, post("/api/enquiries", enquiry).as("enterprise"));
        api.expect(400, post("/api/enquiries", "{\"unitId\": " + unit + "}").as("enterprise"));
        long id = asked.json().get("id").asLong();
        api.expect(200, get("/api/enquiries?park=" + PARK).as("staff"));
        api.expect(401, get("/api/enquiries"));
        Answer one = api.expect(200, get("/api/enquiries/" + id).as("staff"));
        api.expect(404, get("/api/enquiries/999999999").as("staff"));
        api.expect(
                200,
                patch("/api/enquiries/" + id, "{\"status\": \"CONTACTED\"}")
                        .header("If-Match", one.header("ETag"))
                        .as("staff"));
        api.expect(
                412,
                patch("/api/enquiries/" + id, "{\"status\": \"VIEWING\"}")
                        .header("If-Match", one.header("ETag"))
                        .as("staff"));

        Answer saved = api.expect(
                201,
                post("/api/me/saved-searches", "{\"kind\": \"spaces\", \"query\": \"park=" + PARK + "\"}")
                        .as("enterprise"));
        api.expect(
                400, post("/api/me/saved-searches", "{\"kind\": \"planets\"}").as("enterprise"));
        api.expect(200, get("/api/me/saved-searches").as("enterprise"));
        api.expect(
                204,
                delete("/api/me/saved-searches/" + saved.json().get("id").asLong())
                        .as("enterprise"));
        api.expect(404, delete("/api/me/saved-searches/999999999").as("enterprise"));
        api.expect(200, get("/api/me/notifications").as("enterprise"));
        api.expect(200, post("/api/me/notifications/read", "{}").as("enterprise"));

        Answer shortlist =
                api.expect(200, get("/api/projects/" + project + "/shortlist").as("staff"));
        api.expect(404, get("/api/projects/999999999/shortlist").as("staff"));
        api.expect(
                200,
                put("/api/projects/" + project + "/shortlist", "{\"candidates\": []}")
                        .header("If-Match", shortlist.header("ETag"))
                        .as("staff"));
        api.expect(200, get("/api/projects/" + project + "/activities").as("staff"));
        api.expect(
                201,
                post("/api/projects/" + project + "/activities", "{\"kind\": \"CALL\", \"text\": \"电话回访\"}")
                        .as("staff"));
        api.expect(
                400,
                post("/api/projects/" + project + "/activities", "{\"kind\": \"FAX\"}")
                        .as("staff"));
        Answer list = api.expect(200, get("/api/projects/export.xlsx").as("staff"));
        assertThat(list.body()).startsWith('P', 'K');
    }

    @Test
    void villageAreasAndTheirRedevelopment() {
        String boundary = jdbc.queryForObject(
                "SELECT ST_AsGeoJSON(ST_Envelope(ST_Buffer(geom, 0.001))) FROM building WHERE park_code IS NULL"
                        + " ORDER BY id LIMIT 1",
                String.class);
        String town = jdbc.queryForObject(
                "SELECT town_code FROM building WHERE park_code IS NULL ORDER BY id LIMIT 1", String.class);
        String name = "文档测试工业园" + System.nanoTime();
        Answer area = api.expect(
                201,
                post(
                                "/api/redevelopment/areas",
                                "{\"name\": \"" + name + "\", \"townCode\": \"" + town
                                        + "\", \"renewalClass\": \"拆\", \"geometry\": " + boundary + "}")
                        .as("staff"));
        api.expect(400, post("/api/redevelopment/areas", "{\"name\": \"x\"}").as("staff"));
        api.expect(403, post("/api/redevelopment/areas", "{\"name\": \"x\"}").as("enterprise"));
        long areaId = area.json().get("id").asLong();
        api.expect(200, get("/api/redevelopment/areas").as("staff"));
        api.expect(403, get("/api/redevelopment/areas").as(MANAGER));
        api.expect(200, get("/api/redevelopment/areas/" + areaId).as("staff"));
        api.expect(404, get("/api/redevelopment/areas/999999999").as("staff"));
        Answer project = api.expect(
                201,
                post(
                                "/api/redevelopment/projects",
                                "{\"areaId\": " + areaId + ", \"name\": \"旧村工业区改造\", \"expectedFloorAreaM2\": 52000,"
                                        + " \"expectedCompletion\": \"2028-06-30\"}")
                        .as("staff"));
        api.expect(
                400,
                post("/api/redevelopment/projects", "{\"areaId\": 999999999}").as("staff"));
        long id = project.json().get("id").asLong();
        api.expect(200, get("/api/redevelopment/projects?stage=approved").as("staff"));
        api.expect(400, get("/api/redevelopment/projects?stage=dreaming").as("staff"));
        api.expect(200, get("/api/redevelopment/projects/" + id).as("staff"));
        api.expect(404, get("/api/redevelopment/projects/999999999").as("staff"));
        Answer demolition = api.expect(
                200,
                post("/api/redevelopment/projects/" + id + "/stage", "{\"stage\": \"DEMOLITION\"}")
                        .header("If-Match", project.header("ETag"))
                        .as("staff"));
        api.expect(
                412,
                post("/api/redevelopment/projects/" + id + "/stage", "{\"stage\": \"CONSTRUCTION\"}")
                        .header("If-Match", project.header("ETag"))
                        .as("staff"));
        // the building the project in 在建 puts up: this test's own
        long rising = new Inventory(jdbc).building(PARK);
        String link = "{\"buildingId\": " + rising + "}";
        api.expect(
                400,
                post("/api/redevelopment/projects/" + id + "/buildings", link).as("staff"));
        api.expect(
                200,
                post("/api/redevelopment/projects/" + id + "/stage", "{\"stage\": \"CONSTRUCTION\"}")
                        .header("If-Match", demolition.header("ETag"))
                        .as("staff"));
        api.expect(
                403,
                post("/api/redevelopment/projects/" + id + "/buildings", link).as("enterprise"));
        api.expect(
                400,
                post("/api/redevelopment/projects/" + id + "/buildings", "{}").as("staff"));
        Answer linked = api.expect(
                200,
                post("/api/redevelopment/projects/" + id + "/buildings", link).as("staff"));
        String later = "{\"expectedCompletion\": \"2028-09-30\"}";
        api.expect(
                428,
                post("/api/redevelopment/projects/" + id + "/expected-completion", later)
                        .as("staff"));
        api.expect(
                200,
                post("/api/redevelopment/projects/" + id + "/expected-completion", later)
                        .header("If-Match", linked.header("ETag"))
                        .as("staff"));
        api.expect(200, get("/api/redevelopment/projects/" + id + "/history").as("admin"));
        api.expect(403, get("/api/redevelopment/projects/" + id + "/history").as("staff"));
        api.expect(200, get("/api/stats/redevelopment/completions").as("staff"));
        api.expect(401, get("/api/stats/redevelopment/completions"));
    }
}
