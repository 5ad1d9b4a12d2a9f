package cn.dongguan.cfk.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Every page in headless Chromium, with a basemap configured (tiles from the app itself): each loads
 * without script errors and shows the shared header, and each map (the web map, the manage and match
 * maps, the brochure's extracts) stands on the basemap, with its attribution.
 */
@BrowserTest
@TestPropertySource(
        properties = {
            "cfk.map.basemap-url=" + PagesBrowserTest.TILES + "?z={z}&x={x}&y={y}",
            "cfk.map.basemap-attribution=" + PagesBrowserTest.ATTRIBUTION
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTest {

    /** A plain tile among the test resources (static/img), served by the app like any static file. */
    static final String TILES = "/img/test-basemap-tile.png";

    static final String ATTRIBUTION = "Test basemap";

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

    /** Each test starts signed out, in the default language. */
    @BeforeEach
    void freshBrowser() {
        driver.manage().deleteAllCookies();
        open("/login.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.consoleProblems()).as("browser console").isEmpty();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void signIn(String user) {
        open("/login.html");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
    }

    private WebElement header() {
        return browser.waiting().until(d -> {
            List<WebElement> brand = d.findElements(By.cssSelector("#page-header .brand"));
            return brand.isEmpty() || brand.get(0).getText().isBlank() ? null : d.findElement(By.id("page-header"));
        });
    }

    /** The shared header: brand, sample-data notice, navigation to the map, the language switch. */
    private void assertSharedHeader(String pageName) {
        WebElement header = header();
        assertThat(header.findElement(By.className("brand")).getText()).isEqualTo("厂房库 GIS");
        assertThat(header.findElement(By.cssSelector(".title small")).getText()).isEqualTo(pageName);
        assertThat(header.findElement(By.className("notice")).getText()).isEqualTo("示例数据，非官方数据");
        assertThat(header.findElements(By.cssSelector("nav a[href='/']"))).hasSize(1);
        assertThat(header.findElement(By.id("lang-switch")).getText()).isEqualTo("English");
        assertThat(driver.getTitle()).isEqualTo(pageName + " · 厂房库 GIS");
    }

    private void assertSignedInAs(String who) {
        browser.waiting()
                .until(d -> d.findElement(By.cssSelector("#page-header .who"))
                        .getText()
                        .contains(who));
        assertThat(driver.findElement(By.id("sign-out")).isDisplayed()).isTrue();
    }

    /** Waits until the map in container shows basemap tiles that loaded, and names the tiles' source. */
    private void assertOnTheBasemap(String container) {
        browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript(
                        "return [...document.querySelectorAll(arguments[0] + ' img.leaflet-tile')]"
                                + ".some(img => img.complete && img.naturalWidth === 256"
                                + " && new URL(img.src).pathname === arguments[1])",
                        container,
                        TILES));
        assertThat(driver.findElement(By.cssSelector(container + " .leaflet-control-attribution"))
                        .getText())
                .contains(ATTRIBUTION);
    }

    @Test
    void thePublicPagesShowTheSharedHeaderAndTheWebMapStandsOnTheBasemap() {
        open("/");
        assertSharedHeader("东莞产业空间与土地");
        assertThat(header().findElement(By.cssSelector("a[href='/login.html']")).getText())
                .isEqualTo("登录");
        assertThat(header().findElement(By.cssSelector("a[href='/match.html']")).isDisplayed())
                .as("matching is for signed-in staff and enterprises")
                .isFalse();
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("path.park-shape")).size() == 35);
        assertOnTheBasemap("#map");

        open("/login.html");
        assertSharedHeader("登录");
        assertThat(driver.findElement(By.id("login")).isDisplayed()).isTrue();
    }

    @Test
    void aParkManagersPageShowsTheSharedHeaderAndItsMapStandsOnTheBasemap() {
        signIn("manager01");
        open("/manage.html");
        assertSharedHeader("我的园区");
        assertSignedInAs("manager01 · 园区管理员");
        assertThat(header().findElement(By.cssSelector("a[href='/manage.html']"))
                        .getDomAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(header().findElement(By.cssSelector("a[href='/match.html']")).isDisplayed())
                .isFalse();
        assertOnTheBasemap("#draw-map");
    }

    @Test
    void theStaffPagesShowTheSharedHeaderAndTheirMapsStandOnTheBasemap() {
        signIn("staff");
        open("/projects.html");
        assertSharedHeader("增资扩产项目");
        assertSignedInAs("staff · 招商人员");
        assertThat(header().findElement(By.cssSelector("a[href='/match.html']")).isDisplayed())
                .isTrue();
        browser.waiting().until(d -> d.findElement(By.id("total")).getText().startsWith("共"));

        long project = jdbc.sql("SELECT min(id) FROM expansion_project WHERE site_kind = 'EITHER'")
                .query(Long.class)
                .single();
        open("/match.html?project=" + project);
        assertSharedHeader("选址匹配");
        assertSignedInAs("staff");
        browser.waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("找到"));
        assertOnTheBasemap("#map");
        String first =
                driver.findElement(By.cssSelector("#items > li.card .id")).getText();

        open("/brochure.html?project=" + project + "&ids=" + first);
        assertSharedHeader("场地简介");
        assertSignedInAs("staff");
        browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains("页"));
        assertOnTheBasemap("#extract-0");
    }

    @Test
    void theLanguageSwitchInTheHeaderHoldsAcrossPages() {
        signIn("staff");
        open("/projects.html");
        assertSignedInAs("staff · 招商人员");
        driver.findElement(By.id("lang-switch")).click();
        browser.waiting()
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(header().getText()).contains("Factory Space GIS", "Expansion projects", "Sample data", "Sign out");
        assertThat(driver.getTitle()).isEqualTo("Expansion projects · Factory Space GIS");

        open("/match.html");
        assertSignedInAs("staff · Investment staff");
        assertThat(header().getText()).contains("Site matching", "Map", "Matching", "中文");

        driver.findElement(By.id("lang-switch")).click();
        browser.waiting()
                .until(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(header().getText()).contains("选址匹配", "退出");
    }

    /** Street level at an occupied building, where the layer of occupants' grades draws. */
    private void openMapAtAnOccupiedBuilding() {
        Map<String, Object> b = jdbc.sql("""
                        SELECT ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat
                        FROM building_occupant_grade ORDER BY id LIMIT 1""").query().singleRow();
        open(String.format(
                Locale.ROOT,
                "/#map=17/%.5f/%.5f",
                ((Number) b.get("lat")).doubleValue(),
                ((Number) b.get("lon")).doubleValue()));
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("path.park-shape")).size() == 35);
    }

    /** The staff-only layer of occupants' 亩均 grades (issue 16): switched on, drawn, with its legend. */
    @Test
    void staffSwitchOnTheOccupantsGradesAndSeeThemWithTheirLegend() {
        signIn("staff");
        openMapAtAnOccupiedBuilding();
        WebElement layers = driver.findElement(By.cssSelector(".leaflet-control-layers"));
        assertThat(layers.getText()).contains("入驻企业亩均等级");
        assertThat(driver.findElement(By.id("map")).getDomAttribute("data-grades"))
                .as("off until switched on")
                .isIn(null, "0");
        layers.findElements(By.cssSelector("label")).stream()
                .filter(l -> l.getText().contains("入驻企业亩均等级"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("input"))
                .click();
        browser.waiting().until(d -> {
            String drawn = d.findElement(By.id("map")).getDomAttribute("data-grades");
            return drawn != null && Integer.parseInt(drawn) > 0;
        });
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("入驻企业亩均效益等级", "A 级", "D 级", "未评价");
        browser.screenshot("occupant-grades");
    }

    @Test
    void anEnterpriseIsNotOfferedTheOccupantsGrades() {
        signIn("enterprise");
        openMapAtAnOccupiedBuilding();
        assertThat(driver.findElement(By.cssSelector(".leaflet-control-layers")).getText())
                .contains("楼栋")
                .doesNotContain("亩均");
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).doesNotContain("亩均");
    }
}
