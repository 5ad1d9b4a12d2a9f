package cn.dongguan.cfk.space;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import cn.dongguan.cfk.support.Inventory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 items 1, 4 and 8 in Chromium: a park manager works the exact to-confirm queue of their park
 * (counted, paged and filtered by the server), edits units in place with messages at the row and a
 * conflict shown theirs beside yours with a retry, and does the same on a tablet and a phone; an
 * administrator chooses a park by {@code ?park=} and sees its exact queue, finds its units by status and
 * building, and finds the units outside the parks (镇村工业园) in the whole city's queue. The test owns
 * the freshness of parks DG-P19 and DG-P18: every other unit there is confirmed now.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagePageBrowserTest {

    private static final String PARK = "DG-P19";

    /** The park an administrator chooses: the test owns its freshness too. */
    private static final String ADMIN_PARK = "DG-P18";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    ChromeDriver driver;
    final List<Long> stale = new ArrayList<>();

    @BeforeAll
    void twentyFiveUnitsToConfirm() {
        stale.addAll(new Inventory(jdbc).toConfirm(PARK, 25, 22, 200));
        browser = new Browser(1366, 768);
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private String text(String id, String contains) {
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.id(id)).getText();
            return text.contains(contains) ? text : null;
        });
    }

    private WebElement row(long unit) {
        return browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#units tbody tr[data-id='" + unit + "']")).stream()
                        .findFirst()
                        .orElse(null));
    }

    private String noteUnder(long unit, String contains) {
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> note =
                    d.findElements(By.cssSelector("#units tbody tr[data-id='" + unit + "'] + tr.row-note"));
            return note.isEmpty() || !note.get(0).getText().contains(contains)
                    ? null
                    : note.get(0).getText();
        });
    }

    /** The queue's count as shown: "(n)". */
    private int queueCount() {
        return Integer.parseInt(text("queue-count", ")").replaceAll("[()]", "").trim());
    }

    private void find(long unit) {
        WebElement q = driver.findElement(By.id("units-q"));
        q.clear();
        q.sendKeys("#" + unit);
        driver.findElement(By.cssSelector("#units-filter button[type=submit]")).click();
        text("page-info", "共 1 个单元");
    }

    private void type(long unit, String field, String value) {
        WebElement input = row(unit).findElement(By.cssSelector("input[aria-label*='" + field + "']"));
        input.clear();
        input.sendKeys(value);
    }

    private void save(long unit) {
        row(unit).findElement(By.cssSelector("button.save")).click();
    }

    private String rent(long unit) {
        return jdbc.queryForObject("SELECT rent_yuan_m2_month::text FROM space_unit WHERE id = ?", String.class, unit);
    }

    /** The button is on screen, and nothing of the page lies beyond the window's width. */
    private void withinTheWindow(WebElement button, int width) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        Number right = (Number) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].getBoundingClientRect().right", button);
        assertThat(right.doubleValue()).as("the button's right edge").isLessThanOrEqualTo(width);
        Number scrollWidth =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("the page's width").isLessThanOrEqualTo(width);
    }

    @Test
    void aParkManagerWorksTheExactQueueAndEditsUnitsInPlaceOnADeskATabletAndAPhone() {
        open("/login.html?next=%2Fmanage.html");
        driver.findElement(By.id("username")).sendKeys("manager19");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();

        // the queue is counted and paged by the server, oldest first
        text("queue-count", "(25)");
        text("queue-page-info", "第 1 / 2 页");
        assertThat(driver.findElements(By.cssSelector("#queue tbody tr"))).hasSize(20);
        assertThat(driver.findElement(By.cssSelector("#queue tbody tr td:nth-child(2)"))
                        .getText())
                .startsWith("#" + stale.get(0));
        driver.findElement(By.id("queue-next")).click();
        text("queue-page-info", "第 2 / 2 页");
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#queue tbody tr")).size() == 5);
        new Select(driver.findElement(By.id("queue-status"))).selectByValue("OCCUPIED");
        text("queue-count", "(3)");
        text("queue-page-info", "第 1 / 1 页");

        // confirming one takes it off the queue and the count follows
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#queue tbody tr td:last-child button"))
                    .click();
            return true;
        });
        text("queue-count", "(2)");
        new Select(driver.findElement(By.id("queue-status"))).selectByValue("");
        text("queue-count", "(24)");

        // a saved row stays where it is, its message under it
        long first = stale.get(0);
        find(first);
        type(first, "租金", "31.5");
        save(first);
        assertThat(noteUnder(first, "已保存")).contains("#" + first);
        assertThat(rent(first)).isEqualTo("31.50");

        // a refusal names the form's label, at the row, and changes nothing
        type(first, "空置面积", "99999");
        save(first);
        assertThat(noteUnder(first, "超过单元面积")).startsWith("空置面积：").contains("Vacant area: ");
        assertThat(jdbc.queryForObject("SELECT vacant_area_m2::int FROM space_unit WHERE id = ?", Integer.class, first))
                .isEqualTo(500);

        // someone else saves meanwhile: theirs beside what was typed, which is kept, and a retry
        long second = stale.get(1);
        find(second);
        jdbc.update("UPDATE space_unit SET rent_yuan_m2_month = 44, version = version + 1 WHERE id = ?", second);
        type(second, "租金", "33");
        save(second);
        String conflict = noteUnder(second, "已被他人修改");
        assertThat(conflict).contains("Theirs: ").contains("租金 Rent 44");
        assertThat(conflict.substring(conflict.indexOf("Yours: "))).contains("租金 Rent 33");
        assertThat(row(second)
                        .findElement(By.cssSelector("input[aria-label*='租金']"))
                        .getDomProperty("value"))
                .isEqualTo("33");
        driver.findElement(By.cssSelector("tr.row-note button.retry")).click();
        noteUnder(second, "已保存");
        assertThat(rent(second)).isEqualTo("33.00");

        // a tablet: the Save buttons within reach
        browser.viewport(768, 1024);
        open("/manage.html");
        text("queue-count", "(22)");
        withinTheWindow(
                browser.waiting().until(d -> d.findElement(By.cssSelector("#units tbody tr button.save"))), 768);

        // a phone, walking the park: confirm from the queue, then edit status, vacant area and rent
        browser.viewport(390, 844);
        open("/manage.html");
        text("queue-count", "(22)");
        WebElement confirm = driver.findElement(By.cssSelector("#queue tbody tr td:last-child button"));
        withinTheWindow(confirm, 390);
        confirm.click();
        text("queue-count", "(21)");
        long third = stale.get(3);
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#queue tbody tr td:last-child button:nth-child(2)"))
                    .click();
            return true;
        });
        text("page-info", "共 1 个单元");
        new Select(row(third).findElement(By.tagName("select"))).selectByValue("RESERVED");
        type(third, "空置面积", "0");
        type(third, "租金", "27");
        withinTheWindow(row(third).findElement(By.cssSelector("button.save")), 390);
        save(third);
        noteUnder(third, "已保存");
        browser.screenshot("manage-phone");
        assertThat(jdbc.queryForMap(
                        "SELECT status, vacant_area_m2::int AS vacant, rent_yuan_m2_month::text AS rent,"
                                + " last_confirmed_at > now() - interval '1 hour' AS confirmed FROM space_unit WHERE id = ?",
                        third))
                .containsEntry("status", "RESERVED")
                .containsEntry("vacant", 0)
                .containsEntry("rent", "27.00")
                .containsEntry("confirmed", true);
        text("queue-count", "(20)");

        // its history in the form's words
        row(third).findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().contains("记录"))
                .findFirst()
                .orElseThrow()
                .click();
        // the dialog's text as shown (chromedriver answers no text for an open modal dialog)
        String history = browser.waiting().until(d -> {
            String t = (String)
                    ((JavascriptExecutor) d).executeScript("return document.getElementById('history').innerText");
            return t.contains("已预订") ? t : null;
        });
        assertThat(history)
                .contains("状态 Status: 空置 Vacant", "状态 Status: 已预订 Reserved", "租金 Rent: 27", "网页 Web page")
                .doesNotContain("vacantAreaM2", "occupantEnterpriseId");

        assertThat(browser.consoleProblems())
                .as("the console: only the refusals the manager met")
                .allMatch(line -> line.contains("400") || line.contains("412"));
    }

    @Test
    void anAdministratorChoosesAParksExactQueueFindsItsUnitsAndConfirmsOneOutsideTheParks() {
        Inventory inventory = new Inventory(jdbc);
        String name = jdbc.queryForObject(
                "SELECT b.name FROM space_unit u JOIN building b ON b.id = u.building_id WHERE u.id = ?",
                String.class,
                inventory.toConfirm(ADMIN_PARK, 23, 20, 112).get(0));
        long village = inventory.oldestUnitOutsideParks();

        driver.manage().deleteAllCookies();
        open("/login.html?next=%2Fmanage.html%3Fpark%3D" + ADMIN_PARK);
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();

        // the park asked for, its exact queue counted by the server
        text("queue-count", "(23)");
        assertThat(new Select(driver.findElement(By.id("park")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(ADMIN_PARK);
        text("queue-page-info", "第 1 / 2 页");
        new Select(driver.findElement(By.id("queue-status"))).selectByValue("OCCUPIED");
        text("queue-count", "(3)");
        new Select(driver.findElement(By.id("queue-status"))).selectByValue("");
        text("queue-count", "(23)");

        // the park's units found by their building's name, then by status
        WebElement q = driver.findElement(By.id("units-q"));
        q.clear();
        q.sendKeys(name);
        driver.findElement(By.cssSelector("#units-filter button[type=submit]")).click();
        text("page-info", "共 23 个单元");
        new Select(driver.findElement(By.id("units-status"))).selectByValue("OCCUPIED");
        text("page-info", "共 3 个单元");
        List<WebElement> rows = driver.findElements(By.cssSelector("#units tbody tr[data-id]"));
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.findElement(By.cssSelector("td:nth-child(2)")).getText())
                    .startsWith(name);
            assertThat(new Select(row.findElement(By.tagName("select")))
                            .getFirstSelectedOption()
                            .getDomAttribute("value"))
                    .isEqualTo("OCCUPIED");
        });
        new Select(driver.findElement(By.id("units-status"))).selectByValue("VACANT");
        text("page-info", "共 20 个单元");

        // the whole city's queue: the unit outside the parks first, confirmed from there
        new Select(driver.findElement(By.id("park"))).selectByValue("");
        String first = browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String row =
                            d.findElement(By.cssSelector("#queue tbody tr")).getText();
                    return row.contains("#" + village) ? row : null;
                });
        assertThat(first).contains("园区外 Outside the parks");
        driver.executeScript("document.getElementById('park').scrollIntoView()");
        browser.screenshot("manage-city-queue");
        assertThat(driver.findElement(By.id("units-section")).isDisplayed())
                .as("no park's units")
                .isFalse();
        int city = queueCount();
        assertThat(city).isGreaterThan(23);
        driver.findElement(By.cssSelector("#queue tbody tr td:last-child button"))
                .click();
        text("queue-count", "(" + (city - 1) + ")");
        assertThat(jdbc.queryForObject(
                        "SELECT last_confirmed_at > now() - interval '1 hour' FROM space_unit WHERE id = ?",
                        Boolean.class,
                        village))
                .as("confirmed")
                .isTrue();
        assertThat(driver.findElement(By.cssSelector("#queue tbody tr")).getText())
                .doesNotContain("#" + village + " ");
        assertThat(browser.consoleProblems()).as("the console").isEmpty();
        driver.manage().deleteAllCookies();
    }
}
