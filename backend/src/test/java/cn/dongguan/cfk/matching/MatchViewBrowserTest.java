package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The match view in headless Chromium: staff match a project and see numbered candidates on the map
 * with their criteria and reasons, re-weight, shortlist and open the brochure; an enterprise matches
 * a new requirement.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchViewBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;
    ChromeDriver driver;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(1366, 900);
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.consoleProblems()).as("browser console").isEmpty();
        driver.manage().deleteAllCookies();
    }

    private void signIn(String user, String next) {
        driver.get("http://localhost:" + port + "/login.html?next=" + next);
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
    }

    private List<WebElement> cards(String list) {
        return driver.findElements(By.cssSelector("#" + list + " > li.card"));
    }

    private String status() {
        return driver.findElement(By.id("status")).getText();
    }

    @Test
    void staffMatchAProjectAndSeeExplainedCandidatesOnTheMap() {
        long project = jdbc.sql("SELECT min(id) FROM expansion_project WHERE site_kind = 'EITHER'")
                .query(Long.class)
                .single();
        signIn("staff", "/match.html?project=" + project);
        browser.waiting().until(d -> status().startsWith("找到"));
        // no basemap configured: the town boundaries are the base
        browser.waiting()
                .until(d ->
                        d.findElements(By.cssSelector("#map path.town-shape")).size() == 32);

        List<WebElement> items = cards("items");
        assertThat(items).isNotEmpty();
        int shown = items.size() + cards("near").size();
        assertThat(driver.findElements(By.cssSelector(".rank-marker"))).hasSize(shown);
        WebElement first = items.get(0);
        assertThat(first.findElement(By.className("rank")).getText()).isEqualTo("1");
        assertThat(first.findElements(By.cssSelector(".bars .fill"))).hasSize(6);
        assertThat(first.findElement(By.className("bars")).getText()).contains("面积匹配", "成本", "产业", "区位", "就绪", "数据新鲜度");
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElements(By.cssSelector(".reasons li"))).hasSize(6);
        assertThat(cards("near"))
                .allSatisfy(near -> assertThat(near.findElements(By.cssSelector(".failed li")))
                        .isNotEmpty());
        String firstId = first.findElement(By.className("id")).getText();
        browser.screenshot("match-view");

        // Industry counts for nothing: the order changes, and the sliders show what is sent.
        WebElement industry = driver.findElement(By.id("w-industry"));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = 0; arguments[0].dispatchEvent(new Event('input'))", industry);
        assertThat(driver.findElement(By.id("weight-sum")).getText()).startsWith("80 →");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> cards("items")
                        .get(0)
                        .findElements(By.cssSelector(".bars .label"))
                        .get(2)
                        .getText()
                        .endsWith("· 0"));

        WebElement check = cards("items").get(0).findElement(By.cssSelector(".actions input[type=checkbox]"));
        check.click();
        assertThat(driver.findElement(By.id("shortlist-count")).getText()).isEqualTo("(1)");
        assertThat(driver.findElement(By.id("export")).isEnabled()).isTrue();
        String shortlisted =
                cards("items").get(0).findElement(By.className("id")).getText();

        driver.get("http://localhost:" + port + "/brochure.html?project=" + project + "&ids=" + shortlisted + ","
                + firstId);
        browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains("页"));
        List<WebElement> sheets = driver.findElements(By.cssSelector("article.sheet"));
        assertThat(sheets).hasSize(shortlisted.equals(firstId) ? 1 : 2);
        assertThat(sheets.get(0).findElements(By.cssSelector(".extract path.leaflet-interactive")))
                .isNotEmpty();
        browser.waiting()
                .until(d -> !sheets.get(0)
                        .findElements(By.cssSelector(".extract path.town-shape"))
                        .isEmpty());
        assertThat(sheets.get(0).getText()).contains(shortlisted, "综合评分", "评分与理由", "示例数据");
        browser.screenshot("match-brochure");
    }

    @Test
    void anEnterpriseMatchesANewRequirement() {
        signIn("enterprise", "/match.html");
        browser.waiting()
                .until(d -> d.findElement(By.id("preview-panel")).isDisplayed()
                        && d.findElements(By.cssSelector("#industryCode option"))
                                        .size()
                                > 1);
        new Select(driver.findElement(By.id("siteKind"))).selectByValue("SPACE");
        WebElement min = driver.findElement(By.name("minAreaM2"));
        min.clear();
        min.sendKeys("1000");
        WebElement max = driver.findElement(By.name("maxAreaM2"));
        max.clear();
        max.sendKeys("3000");
        assertThat(driver.findElement(By.name("minAreaMu")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("#preview-panel button[type=submit]")).click();
        browser.waiting().until(d -> status().startsWith("找到"));
        assertThat(cards("items")).isNotEmpty().allSatisfy(card -> {
            assertThat(card.getText()).contains("厂房 Floor space");
            long area = Long.parseLong(card.findElement(By.className("figures"))
                    .getText()
                    .split(" m²")[0]
                    .replaceAll("[^0-9]", ""));
            assertThat(area).isBetween(1000L, 3000L);
        });
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("occupant", "联系人");
    }
}
