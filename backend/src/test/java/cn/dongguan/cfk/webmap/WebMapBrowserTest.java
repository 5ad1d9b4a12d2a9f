package cn.dongguan.cfk.webmap;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web map in headless Chromium, as a user sees it: it loads without script errors, draws the parks,
 * narrows the list by a filter, opens a result's details, keeps its state in the URL and speaks both languages.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebMapBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;
    ChromeDriver driver;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(1366, 768);
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.consoleProblems()).as("browser console").isEmpty();
    }

    /** Opens the app afresh (language and URL state reset) and waits until the map and the list are drawn. */
    private void open(String hash) {
        driver.get("http://localhost:" + port + "/");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        driver.get("about:blank");
        driver.get("http://localhost:" + port + "/" + hash);
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("path.park-shape")).size() == 35);
        waitForResults();
    }

    private void waitForResults() {
        browser.waiting().until(d -> {
            String summary = d.findElement(By.cssSelector("#results .summary")).getText();
            return !summary.isBlank() && !summary.contains("…");
        });
    }

    private long total() {
        return Long.parseLong(summary().replaceAll("[^0-9]", ""));
    }

    private String summary() {
        return driver.findElement(By.cssSelector("#results .summary")).getText();
    }

    private List<WebElement> results() {
        return driver.findElements(By.cssSelector(".result-list li button"));
    }

    private void search(Runnable fill) {
        String before = summary();
        fill.run();
        driver.findElement(By.cssSelector("#space-form button[type=submit]")).click();
        browser.waiting().until(d -> !summary().equals(before) && !summary().contains("…"));
    }

    @Test
    void thePageLoadsInChineseAndDrawsTownsParksAndResults() {
        open("");
        assertThat(driver.getTitle()).contains("厂房库");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(driver.findElements(By.cssSelector("path.town-shape"))).hasSize(32);
        assertThat(driver.findElements(By.cssSelector("path.park-shape"))).hasSize(35);
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("园区空置率", "放大到 15 级显示楼栋");
        assertThat(driver.findElement(By.cssSelector(".leaflet-control-layers")).getText())
                .contains("镇街", "园区", "楼栋", "地块");
        assertThat(summary()).matches("共 [0-9,]+ 处空置空间");
        assertThat(results()).hasSize(20);
        assertThat(driver.findElements(By.cssSelector("path.result-marker"))).hasSize(20);
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("示例数据");
        assertThat(driver.findElement(By.id("map")).getDomAttribute("data-buildings"))
                .as("no buildings at city scale")
                .isEqualTo("0");
        browser.screenshot("map");
    }

    @Test
    void aFilterNarrowsTheListToSpacesThatFit() {
        open("");
        long all = total();
        search(() -> {
            new Select(driver.findElement(By.name("town"))).selectByValue("CHANGAN");
            waitForResults();
            driver.findElement(By.name("minArea")).sendKeys("2000");
            driver.findElement(By.name("minFloorLoad")).sendKeys("2000");
            new Select(driver.findElement(By.cssSelector("#space-form [name=groundFloor]"))).selectByValue("true");
            waitForResults();
        });
        long found = total();
        assertThat(found).isPositive().isLessThan(all);
        assertThat(results()).isNotEmpty().allSatisfy(item -> {
            String text = item.getText();
            assertThat(text).contains("长安镇").containsPattern("· 1(–\\d+)? 层");
            long area = Long.parseLong(text.lines()
                    .filter(l -> l.contains("m²"))
                    .findFirst()
                    .orElseThrow()
                    .split(" m²")[0]
                    .replaceAll("[^0-9]", ""));
            assertThat(area).isGreaterThanOrEqualTo(2000);
        });
        assertThat(driver.getCurrentUrl())
                .contains("town=CHANGAN", "minArea=2000", "minFloorLoad=2000", "groundFloor=true");
    }

    /** Future supply (the sample's buildings under construction): 在建 and the expected date in the list and details. */
    @Test
    void spaceUnderConstructionIsListedWithItsExpectedDate() {
        open("#futureSupply=only");
        assertThat(new Select(driver.findElement(By.cssSelector("#space-form [name=futureSupply]")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("only");
        assertThat(results())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.findElement(By.cssSelector(".badge.future"))
                                .getText())
                        .matches("在建 · 预计 \\d{4}-\\d{2}-\\d{2} 可用"));
        String badge =
                results().get(0).findElement(By.cssSelector(".badge.future")).getText();
        results().get(0).click();
        WebElement detail = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        browser.waiting().until(d -> detail.getText().contains("预计竣工"));
        assertThat(detail.findElement(By.cssSelector("h2 .badge.future")).getText())
                .isEqualTo(badge);
        search(() -> new Select(driver.findElement(By.cssSelector("#space-form [name=futureSupply]")))
                .selectByValue("exclude"));
        assertThat(driver.findElements(By.cssSelector(".result-list .badge.future")))
                .isEmpty();
    }

    @Test
    void clickingAResultOpensItsDetailsAndEscapeClosesThem() {
        open("#town=DONGCHENG");
        WebElement first = results().get(0);
        String building = first.findElement(By.className("title")).getText().split(" · ")[0];
        first.click();
        WebElement detail = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        browser.waiting()
                .until(d ->
                        d.findElement(By.cssSelector("#detail h2")).getText().contains(building));
        assertThat(detail.findElement(By.className("kind")).getText()).isEqualTo("可租售单元");
        assertThat(detail.getText()).contains("空置面积", "楼面荷载", "所在楼栋");
        assertThat(driver.getCurrentUrl()).containsPattern("detail=unit(:|%3A)\\d+");

        detail.findElement(By.xpath(".//dd/button")).click();
        browser.waiting()
                .until(d ->
                        d.findElement(By.cssSelector("#detail .kind")).getText().equals("楼栋"));
        assertThat(driver.findElements(By.cssSelector("#detail tbody tr"))).isNotEmpty();
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector(".leaflet-zoom-anim")).isEmpty()
                        && Integer.parseInt(d.findElement(By.id("map")).getDomAttribute("data-buildings")) > 0);
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("楼栋空置比例", "待核实");
        browser.screenshot("building");

        driver.findElement(By.cssSelector("#detail h2")).sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail")));
    }

    @Test
    void buildingsAndParcelsAreDrawnFromStreetLevelZoomsAndStayBounded() {
        open("#tab=land&map=15/22.78000/113.76500");
        browser.waiting().until(d -> drawn(d, "data-buildings") > 0 && drawn(d, "data-parcels") > 0);
        assertThat(Integer.parseInt(driver.findElement(By.id("map")).getDomAttribute("data-buildings")))
                .isLessThanOrEqualTo(1500);
        assertThat(Integer.parseInt(driver.findElement(By.id("map")).getDomAttribute("data-parcels")))
                .isLessThanOrEqualTo(2000);
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("楼栋空置比例", "地块", "可供应");
        new Select(driver.findElement(By.id("parcel-colouring"))).selectByValue("use");
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("M1 一类工业用地");
        browser.screenshot("street");

        for (int zoom = 14; zoom >= 12; zoom--) {
            String expected = "map=" + zoom + "/";
            driver.findElement(By.cssSelector(".leaflet-control-zoom-out")).click();
            // one step at a time: a click during the zoom animation would be lost
            browser.waiting()
                    .until(d -> d.getCurrentUrl().contains(expected)
                            && d.findElements(By.cssSelector(".leaflet-zoom-anim"))
                                    .isEmpty());
        }
        browser.waiting()
                .until(d -> "0".equals(d.findElement(By.id("map")).getDomAttribute("data-buildings"))
                        && "0".equals(d.findElement(By.id("map")).getDomAttribute("data-parcels")));
        assertThat(driver.getCurrentUrl()).contains("map=12/");
    }

    @Test
    void theKeyboardReachesTabsResultsAndDetails() {
        open("");
        WebElement spaceTab = driver.findElement(By.id("tab-space"));
        spaceTab.sendKeys(Keys.ARROW_RIGHT);
        browser.waiting()
                .until(d -> "true".equals(d.findElement(By.id("tab-land")).getAttribute("aria-selected")));
        browser.waiting().until(d -> summary().matches("共 [0-9,]+ 宗地块"));
        results().get(0).sendKeys(Keys.ENTER);
        browser.waiting()
                .until(d ->
                        d.findElement(By.cssSelector("#detail .kind")).getText().equals("地块"));
        assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("h2");
        assertThat(driver.findElement(By.id("detail")).getText()).contains("规划用途", "容积率");
    }

    @Test
    void theUrlKeepsTheTabTheFiltersTheViewAndTheDetail() {
        open("#tab=land&status=AVAILABLE&planningUse=M1&map=14/22.80000/113.78000&detail=park:DG-P11");
        assertThat(driver.findElement(By.id("tab-land")).getAttribute("aria-selected"))
                .isEqualTo("true");
        assertThat(new Select(driver.findElement(By.cssSelector("#land-form [name=status]")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("AVAILABLE");
        assertThat(results())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.getText()).contains("可供应", "M1"));
        browser.waiting()
                .until(d ->
                        d.findElement(By.cssSelector("#detail h2")).getText().startsWith("示例园区11"));
        assertThat(driver.findElement(By.id("detail")).getText()).contains("产业定位", "空置率", "可供土地", "楼栋");
        assertThat(driver.getCurrentUrl()).contains("map=14/22.8", "status=AVAILABLE", "tab=land");
    }

    @Test
    void theLanguageSwitchTurnsEveryTextToEnglishAndBack() {
        open("");
        driver.findElement(By.id("lang-switch")).click();
        browser.waiting()
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        waitForResults();
        assertThat(driver.findElement(By.id("tab-space")).getText()).isEqualTo("Floor space");
        assertThat(summary()).matches("[0-9,]+ vacant spaces");
        assertThat(driver.findElement(By.cssSelector(".leaflet-control-layers")).getText())
                .contains("Towns", "Parks");
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("Park vacancy rate");
        assertThat(new Select(driver.findElement(By.name("town")))
                        .getOptions()
                        .get(1)
                        .getText())
                .matches(".+ (Town|Subdistrict)");
        String visible = driver.findElement(By.tagName("body")).getText();
        assertThat(visible).doesNotContain("检索", "镇街", "空置率", "园区空置");
        assertThat(driver.getCurrentUrl()).contains("lang=en");
        browser.screenshot("map-en");

        driver.findElement(By.id("lang-switch")).click();
        browser.waiting()
                .until(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver.findElement(By.id("tab-space")).getText()).isEqualTo("厂房空间");
    }

    @Test
    void theStatisticsShowVacancyByTownAndByPark() {
        open("");
        driver.findElement(By.id("stats-open")).click();
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#chart-rate canvas")).size() == 1
                        && d.findElements(By.cssSelector("#chart-area canvas")).size() == 1);
        browser.waiting()
                .until(d -> d.findElement(By.cssSelector(".stats-summary"))
                        .getText()
                        .contains("空置率"));
        assertThat(driver.findElement(By.id("chart-rate")).getAttribute("aria-label"))
                .isEqualTo("各镇街空置率");
        driver.findElement(By.cssSelector("#stats input[value=park]")).click();
        browser.waiting()
                .until(d -> "各园区空置面积".equals(d.findElement(By.id("chart-area")).getAttribute("aria-label")));
        browser.screenshot("stats");
        driver.findElement(By.id("stats-close")).click();
        assertThat(driver.findElement(By.id("stats")).isDisplayed()).isFalse();
    }

    @Test
    void onATabletThePanelFoldsAwayOverTheMap() {
        browser.viewport(768, 1024);
        try {
            open("");
            WebElement toggle = driver.findElement(By.id("panel-toggle"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("panel")).isDisplayed()).isTrue();
            toggle.click();
            assertThat(driver.findElement(By.id("panel")).isDisplayed()).isFalse();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(driver.findElements(By.cssSelector("path.park-shape"))).hasSize(35);
            browser.screenshot("tablet");
        } finally {
            browser.viewport(1366, 768);
        }
    }

    /** How many features the map says it drew of a layer; 0 until its first load has finished. */
    private static int drawn(org.openqa.selenium.WebDriver d, String attribute) {
        String count = d.findElement(By.id("map")).getDomAttribute(attribute);
        return count == null ? 0 : Integer.parseInt(count);
    }
}
