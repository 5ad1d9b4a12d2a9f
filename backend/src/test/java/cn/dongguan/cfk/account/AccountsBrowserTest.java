package cn.dongguan.cfk.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12's "done when", in two browsers: an administrator creates a park manager for DG-P05 in the
 * UI; the manager signs in, must change the one-time password first, then edits a DG-P05 unit and
 * may not touch DG-P06; the administrator disables them and they are refused at once; the audit shows
 * it all. Every page on the way runs without a script error or a Content-Security-Policy violation.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser adminBrowser;
    Browser managerBrowser;

    @BeforeAll
    void startBrowsers() {
        adminBrowser = new Browser(1366, 900);
        managerBrowser = new Browser(1366, 900);
    }

    @AfterAll
    void stopBrowsers() {
        adminBrowser.close();
        managerBrowser.close();
    }

    private void open(Browser browser, String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void signIn(Browser browser, String path, String username, String password) {
        open(browser, path);
        ChromeDriver driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
    }

    private String status(Browser browser, String contains) {
        return browser.waiting().until(d -> {
            String text = d.findElement(By.id("status")).getText();
            return text.contains(contains) ? text : null;
        });
    }

    @Test
    void anAdministratorCreatesAParkManagerWhoChangesTheirPasswordEditsOnlyTheirParkAndIsThenDisabled() {
        String username = "p05-manager-" + (System.nanoTime() % 1_000_000_000L);
        ChromeDriver admin = adminBrowser.driver();
        ChromeDriver manager = managerBrowser.driver();

        // a sign-in goes only to paths of this site, whatever the link said
        signIn(adminBrowser, "/login.html?next=%2F%2Fevil.example%2Fx", "admin", "demo");
        assertThat(URI.create(admin.getCurrentUrl()).getHost()).isEqualTo("localhost");

        open(adminBrowser, "/admin-users.html");
        adminBrowser
                .waiting()
                .until(d -> d.findElements(By.cssSelector("#new-parks option")).size() == 35);
        admin.findElement(By.id("new-username")).sendKeys(username);
        admin.findElement(By.id("new-display")).sendKeys("五号园区管理员");
        new Select(admin.findElement(By.id("new-role"))).selectByValue("PARK_MANAGER");
        new Select(admin.findElement(By.id("new-parks"))).selectByValue("DG-P05");
        admin.findElement(By.id("new-password")).sendKeys("Initial-pass-2026");
        assertThat(admin.findElement(By.id("new-change")).isSelected()).isTrue();
        admin.findElement(By.id("create-user")).click();
        status(adminBrowser, "已创建用户 " + username);

        // the manager signs in and is sent to change the password before anything else
        signIn(managerBrowser, "/login.html", username, "Initial-pass-2026");
        managerBrowser.waiting().until(d -> d.getCurrentUrl().contains("/password.html"));
        assertThat(manager.findElement(By.id("required")).isDisplayed()).isTrue();
        manager.findElement(By.id("current")).sendKeys("Initial-pass-2026");
        manager.findElement(By.id("new-password")).sendKeys(username);
        manager.findElement(By.id("repeat")).sendKeys(username);
        manager.findElement(By.cssSelector("#password-form button[type=submit]"))
                .click();
        assertThat(status(managerBrowser, "用户名")).as("the policy is explained").isNotBlank();
        manager.findElement(By.id("new-password")).clear();
        manager.findElement(By.id("new-password")).sendKeys("Lantern-orchard-88");
        manager.findElement(By.id("repeat")).clear();
        manager.findElement(By.id("repeat")).sendKeys("Lantern-orchard-88");
        manager.findElement(By.cssSelector("#password-form button[type=submit]"))
                .click();
        managerBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/manage.html"));

        // only DG-P05 is theirs: they edit one of its units
        managerBrowser
                .waiting()
                .until(d -> !d.findElements(By.cssSelector("#units tbody tr")).isEmpty());
        assertThat(new Select(manager.findElement(By.id("park"))).getOptions())
                .extracting(WebElement::getText)
                .containsExactly("DG-P05");
        // the table is drawn anew as the page settles: find the row again whenever it was replaced
        String unit = managerBrowser
                .waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement row = d.findElement(By.cssSelector("#units tbody tr"));
                    String id = row.findElement(By.cssSelector("td")).getText().replace("#", "");
                    WebElement rent = row.findElement(By.cssSelector("input[aria-label*='租金']"));
                    rent.clear();
                    rent.sendKeys("26.5");
                    row.findElements(By.tagName("button")).stream()
                            .filter(b -> b.getText().contains("保存"))
                            .findFirst()
                            .orElseThrow()
                            .click();
                    return id;
                });
        status(managerBrowser, "单元 #" + unit + " 已保存");
        assertThat(jdbc.queryForObject(
                        "SELECT rent_yuan_m2_month::text FROM space_unit WHERE id = ?",
                        String.class,
                        Long.parseLong(unit)))
                .isEqualTo("26.50");

        // another park's unit is refused, as the API decides
        long other = jdbc.queryForObject("""
                SELECT min(u.id) FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = 'DG-P06'""", Long.class);
        Object refused = manager.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/api.js').then(({ api }) => api('/api/units/' + arguments[0] + '/confirm', { method: 'POST' }))
                  .then(() => done(200), (e) => done(e.status));""", other);
        assertThat(refused).isEqualTo(403L);

        // the administrator disables them; their very next request is refused
        open(adminBrowser, "/admin-users.html");
        admin.findElement(By.id("q")).sendKeys(username);
        // the list is drawn anew as the search is typed: click the row once it is there to stay
        adminBrowser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#users tbody tr[data-username='" + username + "'] button.toggle"))
                    .click();
            return true;
        });
        status(adminBrowser, "已停用 " + username);

        open(managerBrowser, "/manage.html");
        managerBrowser.waiting().until(d -> d.getCurrentUrl().contains("/login.html"));
        manager.findElement(By.id("username")).sendKeys(username);
        manager.findElement(By.id("password")).sendKeys("Lantern-orchard-88");
        manager.findElement(By.cssSelector("#login button[type=submit]")).click();
        managerBrowser
                .waiting()
                .until(d -> d.findElement(By.id("message")).getText().contains("账号已停用"));

        // and the audit tells who did all that
        open(adminBrowser, "/admin-audit.html");
        admin.findElement(By.id("f-actor")).sendKeys(username);
        admin.findElement(By.cssSelector("#filters button[type=submit]")).click();
        adminBrowser
                .waiting()
                .until(d -> d.findElement(By.id("audit")).getText().contains("space_unit " + unit));
        List<String> actions = admin.findElements(By.cssSelector("#audit tbody tr td:nth-child(3)")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(actions).contains("UPDATE", "SIGN_IN");

        assertThat(adminBrowser.consoleProblems()).as("administrator's console").isEmpty();
        assertThat(managerBrowser.consoleProblems())
                .as("manager's console: only the refusals they met")
                .allMatch(line -> line.contains("400") || line.contains("401") || line.contains("403"));
    }

    @Test
    void everyAdministrationPageLoadsWithoutAScriptErrorOrAPolicyViolation() {
        signIn(adminBrowser, "/login.html", "admin", "demo");
        for (String page : List.of(
                "/admin-users.html",
                "/admin-enterprises.html",
                "/admin-reference.html",
                "/admin-audit.html",
                "/password.html")) {
            open(adminBrowser, page);
            adminBrowser
                    .waiting()
                    .until(d -> d.findElement(By.cssSelector("#page-header .who"))
                            .getText()
                            .contains("admin"));
        }
        open(adminBrowser, "/admin-reference.html");
        adminBrowser
                .waiting()
                .until(d -> d.findElements(By.cssSelector("#parks tbody tr")).size() == 35);
        open(adminBrowser, "/swagger-ui/index.html");
        adminBrowser
                .waiting()
                .until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title"))
                        .isEmpty());
        open(adminBrowser, "/signup.html");
        adminBrowser
                .waiting()
                .until(d -> !d.findElement(By.cssSelector("#page-header .brand"))
                        .getText()
                        .isBlank());
        assertThat(adminBrowser.consoleProblems()).isEmpty();
    }
}
