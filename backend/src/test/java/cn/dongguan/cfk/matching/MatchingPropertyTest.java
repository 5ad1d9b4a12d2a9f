package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For many generated requirements, every candidate the matcher returns passes every hard filter when
 * checked against the stored data with this test's own SQL; every near miss fails exactly the filters
 * it names; scores are sorted and are the weighted sums of their criteria.
 */
@IntegrationTest
class MatchingPropertyTest {

    private static final String[] FIRE = {"甲", "乙", "丙", "丁", "戊"};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    JsonMapper json = JsonMapper.builder().build();
    Instant now;

    @BeforeEach
    void pinTheClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.pin(now);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void everyCandidatePassesEveryHardFilterAndEveryNearMissFailsWhatItSays() throws Exception {
        Random random = new Random(6);
        List<String> towns = jdbc.sql("SELECT code FROM town ORDER BY code")
                .query(String.class)
                .list();
        List<String> parks = jdbc.sql("SELECT code FROM park ORDER BY code")
                .query(String.class)
                .list();
        List<String> industries = jdbc.sql("SELECT code FROM industry ORDER BY code")
                .query(String.class)
                .list();
        DataCheck check = new DataCheck(jdbc);
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"));
        int items = 0;
        int nearMisses = 0;
        Set<String> kinds = new TreeSet<>();
        Set<String> failedSeen = new TreeSet<>();
        for (int round = 0; round < 50; round++) {
            String kind = List.of("SPACE", "SPACE", "LAND", "EITHER").get(random.nextInt(4));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("siteKind", kind);
            BigDecimal minM2 = null;
            BigDecimal maxM2 = null;
            BigDecimal minMu = null;
            BigDecimal maxMu = null;
            if (!kind.equals("LAND")) {
                minM2 = BigDecimal.valueOf(100L * (3 + random.nextInt(60)));
                maxM2 = minM2.multiply(BigDecimal.valueOf(12 + random.nextInt(14)))
                        .divide(BigDecimal.TEN);
                body.put("minAreaM2", minM2);
                body.put("maxAreaM2", maxM2);
            }
            if (!kind.equals("SPACE")) {
                minMu = BigDecimal.valueOf(3 + random.nextInt(50));
                maxMu = minMu.multiply(BigDecimal.valueOf(12 + random.nextInt(14)))
                        .divide(BigDecimal.TEN);
                body.put("minAreaMu", minMu);
                body.put("maxAreaMu", maxMu);
            }
            Double ceiling = random.nextBoolean() ? null : 4.0 + random.nextInt(45) / 10.0;
            Double load = random.nextBoolean() ? null : 500.0 + 50 * random.nextInt(40);
            Double power = random.nextBoolean() ? null : 100.0 + 50 * random.nextInt(30);
            String fire = random.nextInt(5) == 0 ? null : FIRE[random.nextInt(5)];
            Integer pollution = random.nextInt(5) == 0 ? null : 1 + random.nextInt(3);
            Double rent = kind.equals("LAND") || random.nextBoolean() ? null : 15.0 + random.nextInt(26);
            LocalDate neededBy = random.nextInt(3) == 0 ? null : today.plusDays(random.nextInt(300));
            List<String> prefTowns = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                prefTowns.add(towns.get(random.nextInt(towns.size())));
            }
            List<String> prefParks =
                    random.nextInt(3) == 0 ? List.of(parks.get(random.nextInt(parks.size()))) : List.of();
            prefTowns = prefTowns.stream().distinct().toList();
            boolean hard = (!prefTowns.isEmpty() || !prefParks.isEmpty()) && random.nextInt(3) == 0;
            body.put("minCeilingHeightM", ceiling);
            body.put("minFloorLoadKgM2", load);
            body.put("minPowerKva", power);
            body.put("fireClass", fire);
            body.put("pollutionClass", pollution);
            body.put("industryCode", random.nextInt(4) == 0 ? null : industries.get(random.nextInt(industries.size())));
            body.put("preferredTowns", prefTowns);
            body.put("preferredParks", prefParks);
            body.put("locationHard", hard);
            body.put("maxRentYuanM2Month", rent);
            body.put("budgetWanYuan", random.nextBoolean() ? null : 500 + random.nextInt(5000));
            body.put("neededBy", neededBy == null ? null : neededBy.toString());
            if (random.nextInt(5) == 0) {
                body.put(
                        "point",
                        Map.of("lon", 113.7 + random.nextInt(40) / 100.0, "lat", 22.8 + random.nextInt(25) / 100.0));
            }
            String weights =
                    random.nextInt(3) == 0 ? "area:40,cost:10,industry:10,location:30,readiness:5,freshness:5" : null;
            DataCheck.Need need = new DataCheck.Need(
                    kind, minM2, maxM2, minMu, maxMu, ceiling, load, power, fire, pollution, prefTowns, prefParks, hard,
                    rent, neededBy);

            String answer = mvc.perform(post("/api/matching/preview")
                            .with(httpBasic("staff", "demo"))
                            .param("limit", "20")
                            .param("weights", weights)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(body)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            JsonNode root = json.readTree(answer);
            String what = "round " + round + " " + body;

            double previous = Double.MAX_VALUE;
            for (JsonNode item : root.get("items")) {
                items++;
                kinds.add(item.get("kind").asString()
                        + (item.has("parcelIds") && item.get("parcelIds").size() > 1 ? "+" : ""));
                assertThat(check.failedFilters(item, need, now))
                        .as("%s: %s", what, item.get("id"))
                        .isEmpty();
                assertThat(item.has("failed")).isFalse();
                double score = item.get("score").asDouble();
                assertThat(score).as(what).isLessThanOrEqualTo(previous).isBetween(0.0, 100.0);
                previous = score;
                assertWeightedSum(item, root.get("weights"), what);
            }
            for (JsonNode miss : root.get("nearMisses")) {
                nearMisses++;
                Set<String> named = new TreeSet<>();
                miss.get("failed").forEach(f -> {
                    named.add(f.get("filter").asString());
                    assertThat(f.get("reasonZh").asString()).isNotBlank();
                    assertThat(f.get("reasonEn").asString()).isNotBlank();
                });
                failedSeen.addAll(named);
                assertThat(named)
                        .as("%s: near miss %s", what, miss.get("id"))
                        .isNotEmpty()
                        .isEqualTo(check.failedFilters(miss, need, now));
                assertWeightedSum(miss, root.get("weights"), what);
            }
        }
        assertThat(items).as("candidates checked").isGreaterThan(200);
        assertThat(nearMisses).as("near misses checked").isGreaterThan(100);
        assertThat(kinds).as("kinds of candidate seen").contains("UNITS", "PARCELS", "PARCELS+");
        assertThat(failedSeen).as("failed filters seen").contains("area", "fireClass", "planningUse", "availability");
    }

    private static void assertWeightedSum(JsonNode item, JsonNode weights, String what) {
        double sum = 0;
        double weightSum = 0;
        for (JsonNode c : item.get("criteria")) {
            double weight = weights.get(c.get("name").asString()).asDouble();
            assertThat(c.get("weight").asDouble()).isEqualTo(weight);
            int score = c.get("score").asInt();
            assertThat(score).isBetween(0, 100);
            assertThat(c.get("reasonZh").asString()).isNotBlank();
            assertThat(c.get("reasonEn").asString()).isNotBlank();
            sum += weight * score / 100;
            weightSum += weight;
        }
        assertThat(weightSum).isEqualTo(100.0);
        assertThat(item.get("score").asDouble())
                .as("%s: %s", what, item.get("id"))
                .isCloseTo(sum, within(0.05 + 1e-9));
    }
}
