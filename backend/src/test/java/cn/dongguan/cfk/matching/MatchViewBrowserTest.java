package cn.dongguan.cfk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import cn.dongguan.cfk.support.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        jdbc.sql("DELETE FROM project_shortlist WHERE project_id = ?")
                .param(project)
                .update();
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
        // staff's matches also weigh the enterprise's 亩均 grade (issue 16)
        assertThat(first.findElements(By.cssSelector(".bars .fill"))).hasSize(7);
        assertThat(first.findElement(By.className("bars")).getText())
                .contains("面积匹配", "成本", "产业", "区位", "就绪", "数据新鲜度", "亩均效益");
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElements(By.cssSelector(".reasons li"))).hasSize(7);
        assertThat(cards("near"))
                .allSatisfy(near -> assertThat(near.findElements(By.cssSelector(".failed li")))
                        .isNotEmpty());
        String firstId = first.findElement(By.className("id")).getText();
        browser.screenshot("match-view");

        // Industry counts for nothing: the order changes, and the sliders show what is sent.
        WebElement industry = driver.findElement(By.id("w-industry"));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = 0; arguments[0].dispatchEvent(new Event('input'))", industry);
        assertThat(driver.findElement(By.id("weight-sum")).getText())
                .as("staff's defaults less industry's 18")
                .startsWith("82 →");
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

    /**
     * Issue 13 items 5 and 8: the page names the project and its requirement, shows the weights applied,
     * links each card to the site's details and keeps the shortlist with the project on the server, never
     * in another project, where a second staff member finds it and downloads it as a workbook (item 6); on a tablet the map stays in view above the cards.
     */
    @Test
    void staffSeeWhatIsMatchedAndShareTheProjectsShortlist() {
        List<Long> projects = jdbc.sql(
                        "SELECT id FROM expansion_project WHERE site_kind = 'EITHER' ORDER BY id DESC LIMIT 2")
                .query(Long.class)
                .list();
        long project = projects.get(0);
        long other = projects.get(1);
        jdbc.sql("DELETE FROM project_shortlist WHERE project_id IN (:ids)")
                .param("ids", projects)
                .update();
        String name = jdbc.sql("SELECT name FROM expansion_project WHERE id = ?")
                .param(project)
                .query(String.class)
                .single();
        signIn("staff", "/match.html?project=" + project);
        browser.waiting().until(d -> status().startsWith("找到"));
        assertThat(driver.findElement(By.id("context-title")).getText()).contains("#" + project, name);
        assertThat(driver.findElement(By.id("context-requirement")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("weights-applied")).getText())
                .contains("面积匹配 23", "成本 18", "亩均效益 10")
                .endsWith("= 100");

        List<WebElement> items = cards("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(2);
        WebElement details = items.get(0).findElement(By.cssSelector("a.details"));
        assertThat(details.getDomAttribute("href")).matches("/#detail=(building|parcel):\\d+");
        List<String> chosen = new java.util.ArrayList<>();
        for (int i : new int[] {1, 0}) {
            chosen.add(cards("items").get(i).findElement(By.className("id")).getText());
            cards("items")
                    .get(i)
                    .findElement(By.cssSelector(".actions input[type=checkbox]"))
                    .click();
            int saved = chosen.size();
            browser.waiting().until(d -> shortlistOf(project).size() == saved);
        }
        assertThat(shortlistOf(project)).containsExactlyElementsOf(chosen);
        browser.waiting()
                .until(d -> d.findElement(By.id("shortlist-saved")).getText().contains("staff"));
        browser.screenshot("match-context");

        // another project has a shortlist of its own; the first one's comes back with it
        driver.get("http://localhost:" + port + "/match.html?project=" + other);
        browser.waiting().until(d -> status().startsWith("找到"));
        assertThat(driver.findElement(By.id("shortlist-count")).getText()).isEqualTo("(0)");
        assertThat(driver.findElement(By.id("export")).isEnabled()).isFalse();

        // a second staff member finds the shortlist saved with the project, and downloads it
        String colleague = Inventory.unique("staff-b");
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, role, display_name)
                        SELECT :name, password_hash, 'STAFF', display_name FROM app_user WHERE username = 'staff'""").param("name", colleague).update();
        try {
            driver.manage().deleteAllCookies();
            signIn(colleague, "/match.html?project=" + project);
            browser.waiting().until(d -> status().startsWith("找到"));
            assertThat(driver.findElement(By.cssSelector("#page-header .who")).getText())
                    .startsWith(colleague);
            assertThat(driver.findElement(By.id("shortlist-count")).getText()).isEqualTo("(2)");
            assertThat(driver.findElement(By.id("shortlist")).getText()).contains(chosen.get(0), chosen.get(1));
            assertThat(driver.findElement(By.id("shortlist-saved")).getText())
                    .as("who saved it")
                    .contains("（staff，");
            Path downloads = browser.downloads();
            driver.findElement(By.id("export")).click();
            assertTheWorkbookListsWithTheFactsAProspectAsksFirst(browser.downloaded(downloads, ".xlsx"), chosen);
        } finally {
            driver.manage().deleteAllCookies();
            jdbc.sql("DELETE FROM app_user WHERE username = ?").param(colleague).update();
        }
        signIn("staff", "/match.html?project=" + project);

        browser.viewport(768, 1024);
        driver.get("http://localhost:" + port + "/match.html?project=" + project);
        browser.waiting().until(d -> status().startsWith("找到"));
        assertThat(driver.findElement(By.id("shortlist-count")).getText()).isEqualTo("(2)");
        assertThat(driver.findElement(By.id("shortlist")).getText()).contains(chosen.get(0), chosen.get(1));
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('#items > li.card:nth-child(2)').scrollIntoView()");
        Number mapTop = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('map').getBoundingClientRect().top");
        Number mapBottom = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('map').getBoundingClientRect().bottom");
        assertThat(mapTop.doubleValue()).as("the map's top on a tablet").isBetween(0.0, 1.0);
        assertThat(mapBottom.doubleValue()).as("the map's bottom").isBetween(300.0, 1024.0);
        browser.viewport(1366, 900);
    }

    /**
     * Issue 13 item 6: the workbook the browser downloaded lists the shortlist in its order, with the height,
     * load and power, the address and the park's contact (for staff) columns, the addresses and contacts
     * those of the sites' buildings and parks.
     */
    private void assertTheWorkbookListsWithTheFactsAProspectAsksFirst(Path xlsx, List<String> chosen) {
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("候选场地 Shortlist");
            Row headings = null;
            for (Row row : sheet) {
                if (row.getCell(1) != null && "编号 Id".equals(row.getCell(1).getStringCellValue())) {
                    headings = row;
                }
            }
            assertThat(headings).as("the header row").isNotNull();
            List<String> titles = new java.util.ArrayList<>();
            headings.forEach(cell -> titles.add(cell.getStringCellValue()));
            assertThat(titles)
                    .contains(
                            "层高 m Ceiling height (lowest)",
                            "荷载 kg/m² Floor load (lowest)",
                            "供电 kVA Power (total)",
                            "地址 Address",
                            "园区联系人 Park contact (staff only)");
            int park = titles.indexOf("园区 Park");
            int place = titles.indexOf("楼栋 / 地块 Building / parcels");
            int address = titles.indexOf("地址 Address");
            int contact = titles.indexOf("园区联系人 Park contact (staff only)");
            List<String> listed = new java.util.ArrayList<>();
            for (int r = headings.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                listed.add(row.getCell(1).getStringCellValue());
                String phone = valueOf(row.getCell(park).getStringCellValue(), "（(DG-P\\d+)）", """
                        SELECT contact_phone FROM park WHERE code = ?""");
                if (phone != null) {
                    assertThat(row.getCell(contact).getStringCellValue())
                            .as("the park's contact")
                            .contains(phone);
                }
                String expected = valueOf(row.getCell(place).getStringCellValue(), " #(\\d+)$", """
                        SELECT address FROM building WHERE id = CAST(? AS bigint)""");
                if (expected != null) {
                    assertThat(row.getCell(address).getStringCellValue())
                            .as("the building's address")
                            .isEqualTo(expected);
                }
            }
            assertThat(listed).as("the shortlist, in its order").containsExactlyElementsOf(chosen);
        } catch (IOException e) {
            throw new AssertionError("the download is not a workbook: " + xlsx, e);
        }
    }

    /** What the query answers for the key found in the text by the pattern's group; null without either. */
    private String valueOf(String text, String pattern, String query) {
        java.util.regex.Matcher key = java.util.regex.Pattern.compile(pattern).matcher(text);
        return key.find()
                ? jdbc.sql(query)
                        .param(key.group(1))
                        .query(String.class)
                        .optional()
                        .orElse(null)
                : null;
    }

    private List<String> shortlistOf(long project) {
        return jdbc.sql(
                        "SELECT coalesce(array_to_string(candidates, ','), '') FROM project_shortlist WHERE project_id = ?")
                .param(project)
                .query(String.class)
                .optional()
                .map(text -> text.isEmpty() ? List.<String>of() : List.of(text.split(",")))
                .orElse(List.of());
    }

    /** A building under construction (the sample's future supply) shows 在建 and its expected date on its card. */
    @Test
    void aBuildingUnderConstructionIsMatchedWithItsExpectedDate() {
        Map<String, Object> f = jdbc.sql("""
                        SELECT f.building_id, CAST(f.expected_completion AS text) AS expected, b.town_code,
                               sum(u.vacant_area_m2) AS area
                        FROM future_supply f JOIN building b ON b.id = f.building_id
                        JOIN space_unit u ON u.building_id = b.id AND u.status = 'VACANT'
                        GROUP BY f.building_id, f.expected_completion, b.town_code
                        HAVING min(u.last_confirmed_at) > now() - interval '50 days'
                        ORDER BY f.expected_completion LIMIT 1""").query().singleRow();
        String expected = (String) f.get("expected");
        long project = jdbc.sql("""
                        INSERT INTO expansion_project (name, site_kind, status, assigned_staff, location_hard,
                                                       min_area_m2, max_area_m2, needed_by)
                        VALUES ('在建楼栋测试项目', 'SPACE', 'SITING', 'staff', true, :area, :area,
                                CAST(:expected AS date) + 30)
                        RETURNING id""")
                .param("area", f.get("area"))
                .param("expected", expected)
                .query(Long.class)
                .single();
        try {
            jdbc.sql("INSERT INTO project_town (project_id, town_code) VALUES (?, ?)")
                    .params(project, f.get("town_code"))
                    .update();
            signIn("staff", "/match.html?project=" + project);
            browser.waiting().until(d -> status().startsWith("找到"));
            assertThat(cards("items"))
                    .anySatisfy(card -> assertThat(
                                    card.findElement(By.className("future")).getText())
                            .contains("在建 under construction", "预计 " + expected + " 可用"));
        } finally {
            jdbc.sql("DELETE FROM project_town WHERE project_id = ?")
                    .param(project)
                    .update();
            jdbc.sql("DELETE FROM expansion_project WHERE id = ?")
                    .param(project)
                    .update();
        }
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
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("occupant", "联系人", "亩均效益");
        assertThat(driver.findElements(By.id("w-grade")))
                .as("no grade slider for an enterprise")
                .isEmpty();
        assertThat(driver.findElement(By.id("weights-applied")).getText())
                .contains("面积匹配 25", "成本 20")
                .endsWith("= 100");
    }
}
