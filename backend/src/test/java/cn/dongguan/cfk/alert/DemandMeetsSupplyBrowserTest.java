package cn.dongguan.cfk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Axe;
import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import cn.dongguan.cfk.support.Inventory;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14 from end to end, in a browser, with the app's own scheduled delivery and a real SMTP
 * server: an enterprise registers a requirement and sends an enquiry about a unit; staff see the lead
 * and the enquiry, the park's manager sees the enquiry; the manager's edit that makes the unit fit
 * reaches the waiting enterprise and the staff member within seconds, on the bell and by e-mail.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandMeetsSupplyBrowserTest {

    private static final String PARK = "DG-P05";
    private static final String MANAGER = "manager05";

    /** Started before the app's context (a per-class test instance is injected before extensions start). */
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    ChromeDriver driver;
    Inventory inventory;

    long building;
    long unit;
    long enterprise;
    Map<String, Object> enterpriseEmail;
    final String enterpriseMail = "enterprise-" + System.nanoTime() + "@example.com";
    final String staffMail = "staff-" + System.nanoTime() + "@example.com";
    final String projectName = Inventory.unique("企业登记需求 ");
    final String message = Inventory.unique("想下周看厂 ");

    @BeforeAll
    void setUp() {
        browser = new Browser(1366, 900);
        driver = browser.driver();
        inventory = new Inventory(jdbc);
        building = inventory.building(PARK);
        unit = inventory.unit(building, "VACANT"); // 500 m², 20 yuan
        jdbc.update("UPDATE space_unit SET ceiling_height_m = 12 WHERE id = ?", unit);
        enterprise =
                jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'enterprise'", Long.class);
        enterpriseEmail = jdbc.queryForMap("SELECT contact_email FROM enterprise WHERE id = ?", enterprise);
        jdbc.update("UPDATE enterprise SET contact_email = ? WHERE id = ?", enterpriseMail, enterprise);
        jdbc.update("UPDATE app_user SET email = ? WHERE username = 'staff'", staffMail);
    }

    @AfterAll
    void tearDown() {
        browser.close();
        SMTP.stop();
        jdbc.update("DELETE FROM notification WHERE subject_kind = 'unit' AND subject_id = ?", unit);
        jdbc.update(
                "DELETE FROM notification WHERE project_id IN (SELECT id FROM expansion_project WHERE name = ?)",
                projectName);
        jdbc.update("DELETE FROM enquiry WHERE message = ?", message);
        jdbc.update("DELETE FROM expansion_project WHERE name = ?", projectName);
        jdbc.update("""
                DELETE FROM building b WHERE id = ? AND NOT EXISTS (
                    SELECT 1 FROM occupancy_event e JOIN space_unit u ON u.id = e.unit_id WHERE u.building_id = b.id)""", building);
        jdbc.update(
                "UPDATE enterprise SET contact_email = ? WHERE id = ?",
                enterpriseEmail.get("contact_email"),
                enterprise);
        jdbc.update("UPDATE app_user SET email = NULL WHERE username = 'staff'");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void signIn(String user) {
        driver.manage().deleteAllCookies();
        open("/login.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
    }

    /** A merge patch from the signed-in user's page, as the page's own scripts send it; answers the status. */
    private long patchFromThePage(String path, String json) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("""
                const [path, body, done] = arguments;
                import('/js/api.js').then(async ({ api }) => {
                  const { etag } = await api(path);
                  const { response } = await api(path, { method: 'PATCH', body, headers: {
                    'Content-Type': 'application/merge-patch+json', 'If-Match': etag } });
                  done(response.status);
                }).catch(e => done(e.status ?? -1));""", path, json);
        return ((Number) status).longValue();
    }

    private MimeMessage[] mailsTo(String address) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until) && SMTP.getReceivedMessagesForDomain(address).length == 0) {
            Thread.sleep(200);
        }
        return SMTP.getReceivedMessagesForDomain(address);
    }

    private String bellText() {
        WebElement bell = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("button.bell")).stream()
                        .findFirst()
                        .orElse(null));
        browser.waiting()
                .until(d ->
                        !d.findElement(By.cssSelector(".bell-count")).getText().isEmpty());
        bell.click();
        return browser.waiting().until(d -> {
            String text = d.findElement(By.cssSelector(".bell-list")).getText();
            return text.contains("未读") ? text : null;
        });
    }

    @Test
    void anEnterprisesNeedAndEnquiryReachStaffAndTheParkAndAFittingUnitReachesThemBack() throws Exception {
        String buildingName = jdbc.queryForObject("SELECT name FROM building WHERE id = ?", String.class, building);

        // the enterprise registers its requirement: 400–600 m² with an 11.5 m ceiling at 18 yuan at most
        signIn("enterprise");
        open("/projects.html");
        browser.waiting().until(d -> d.findElement(By.id("new-project")).isDisplayed());
        browser.waiting().until(d -> {
            if (!d.findElement(By.id("p-name")).isDisplayed()) {
                d.findElement(By.id("new-project")).click(); // again, should the page's script have come late
            }
            return d.findElement(By.id("p-name")).isDisplayed();
        });
        driver.findElement(By.id("p-name")).sendKeys(projectName);
        new Select(driver.findElement(By.id("p-siteKind"))).selectByValue("SPACE");
        driver.findElement(By.id("p-minAreaM2")).sendKeys("400");
        driver.findElement(By.id("p-maxAreaM2")).sendKeys("600");
        driver.findElement(By.id("p-minCeilingHeightM")).sendKeys("11.5");
        driver.findElement(By.id("p-maxRentYuanM2Month")).sendKeys("18");
        driver.findElement(By.cssSelector("#project-form button[type=submit]")).click();
        browser.waiting().until(d -> d.findElement(By.id("projects")).getText().contains(projectName));
        Map<String, Object> project = jdbc.queryForMap(
                "SELECT id, status, source, enterprise_id FROM expansion_project WHERE name = ?", projectName);
        assertThat(project)
                .containsEntry("status", "INTENT")
                .containsEntry("source", "ENTERPRISE")
                .containsEntry("enterprise_id", enterprise);

        // and asks about the unit from its details on the map
        open("/#detail=unit:" + unit);
        WebElement enquiry = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("details.enquiry")).stream()
                        .findFirst()
                        .orElse(null));
        enquiry.findElement(By.tagName("summary")).click();
        driver.findElement(By.id("enq-message")).sendKeys(message);
        driver.findElement(By.cssSelector(".enquiry-form button[type=submit]")).click();
        browser.waiting()
                .until(d -> d.findElement(By.cssSelector(".enquiry-result"))
                        .getText()
                        .contains("已提交咨询"));

        // staff see the lead and the enquiry, and take the project on
        signIn("staff");
        open("/projects.html");
        browser.waiting().until(d -> d.findElement(By.id("leads-badge")).isDisplayed());
        driver.findElement(By.id("leads-badge")).click();
        browser.waiting().until(d -> d.findElement(By.id("projects")).getText().contains(projectName));
        assertThat(patchFromThePage("/api/projects/" + project.get("id"), "{\"assignedStaff\": \"staff\"}"))
                .isEqualTo(200);
        open("/enquiries.html");
        browser.waiting().until(d -> d.findElement(By.id("enquiries")).getText().contains(message));

        // the park's manager sees the enquiry, and lowers the unit's rent from 20 to 17 yuan: now it fits
        signIn(MANAGER);
        open("/enquiries.html");
        browser.waiting().until(d -> d.findElement(By.id("enquiries")).getText().contains(message));
        assertThat(Axe.seriousFindings(driver)).as("axe-core on the enquiries").isEmpty();
        assertThat(patchFromThePage("/api/units/" + unit, "{\"rentYuanM2Month\": 17}"))
                .isEqualTo(200);

        // within seconds: mail for the enterprise and the staff member, from the scheduled delivery
        MimeMessage[] toEnterprise = mailsTo(enterpriseMail);
        assertThat(toEnterprise).as("the enterprise's mail").hasSize(1);
        assertThat(String.valueOf(toEnterprise[0].getContent())).contains(projectName);
        MimeMessage[] toStaff = mailsTo(staffMail);
        assertThat(toStaff)
                .as("the staff member's mail, at the address of the account")
                .hasSize(1);
        assertThat(String.valueOf(toStaff[0].getContent())).contains(projectName);

        // and on the bell of each
        signIn("enterprise");
        open("/projects.html");
        assertThat(bellText()).contains(buildingName).contains(projectName);
        signIn("staff");
        open("/projects.html");
        assertThat(bellText()).contains(buildingName).contains(projectName);
    }
}
