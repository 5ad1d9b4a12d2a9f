package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dongguan.cfk.support.IntegrationTest;
import cn.dongguan.cfk.support.Inventory;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With SMTP configured, a unit that starts to fit a saved search reaches its owner by e-mail at a
 * real SMTP server (GreenMail) within seconds, once; a daily search waits for the digest.
 */
@IntegrationTest
class AlertMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    AlertMail mail;

    long building;
    final List<Long> searches = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestMade() {
        for (long id : searches) {
            jdbc.update("DELETE FROM notification WHERE saved_search_id = ?", id);
            jdbc.update("DELETE FROM saved_search WHERE id = ?", id);
        }
        jdbc.update("DELETE FROM building WHERE id = ?", building);
        jdbc.update("DELETE FROM alert_change");
    }

    private void save(String query, String email, String mode) throws Exception {
        String body = mvc.perform(post("/api/me/saved-searches")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"spaces\", \"query\": \"" + query + "\", \"email\": \"" + email
                                + "\", \"emailMode\": \"" + mode + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        searches.add(((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue());
    }

    private MimeMessage[] mailsTo(String address, int atLeast) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(until)) {
            MimeMessage[] got = SMTP.getReceivedMessagesForDomain(address);
            if (got.length >= atLeast) {
                return got;
            }
            Thread.sleep(200);
        }
        return SMTP.getReceivedMessagesForDomain(address);
    }

    @Test
    void aUnitThatStartsToFitReachesTheWatcherByMailOnceAndADailySearchWaitsForTheDigest() throws Exception {
        building = inventory.building("DG-P05");
        String name = jdbc.queryForObject("SELECT name FROM building WHERE id = ?", String.class, building);
        String q = "q=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        String now = "watcher-" + System.nanoTime() + "@example.com";
        String daily = "digest-" + System.nanoTime() + "@example.com";
        save(q + "&maxRent=25", now, "IMMEDIATE");
        save(q, daily, "DAILY");

        long unit = inventory.unit(building, "VACANT"); // a new vacant unit at 20 yuan: fits both

        MimeMessage[] mails = mailsTo(now, 1);
        assertThat(mails)
                .as("the immediate watcher's mail, delivered by the scheduled rounds")
                .hasSize(1);
        assertThat(mails[0].getSubject()).contains("厂房库提醒").contains("Alert");
        assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "SELECT mailed_at IS NOT NULL FROM notification WHERE subject_id = ? AND mail_to = ?",
                        Boolean.class,
                        unit,
                        now))
                .isTrue();
        Thread.sleep(2500); // a few more rounds send nothing again
        assertThat(SMTP.getReceivedMessagesForDomain(now)).hasSize(1);
        assertThat(SMTP.getReceivedMessagesForDomain(daily))
                .as("the digest waits for its hour")
                .isEmpty();

        assertThat(mail.send("DAILY")).isPositive();
        MimeMessage[] digests = mailsTo(daily, 1);
        assertThat(digests).hasSize(1);
        assertThat(digests[0].getSubject()).contains("每日提醒");
        assertThat(mail.send("DAILY")).isZero();
    }
}
