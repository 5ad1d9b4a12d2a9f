package cn.dongguan.cfk.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff-only layer of occupants' 亩均 grades on the web map (issue 16), in headless Chromium: staff
 * switch it on at street level and see occupied buildings drawn with the grades' legend; an enterprise
 * is not offered the layer at all.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OccupantGradesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    ChromeDriver driver;
    String view;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(1366, 768);
        driver = browser.driver();
        Map<String, Object> b = jdbc.queryForMap("""
                SELECT ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat
                FROM building_occupant_grade ORDER BY id LIMIT 1""");
        view = String.format(
                Locale.ROOT,
                "#map=17/%.5f/%.5f",
                ((Number) b.get("lat")).doubleValue(),
                ((Number) b.get("lon")).doubleValue());
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

    private void signIn(String user) {
        driver.get("http://localhost:" + port + "/login.html");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
    }

    private void openMap() {
        driver.get("http://localhost:" + port + "/" + view);
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("path.park-shape")).size() == 35);
    }

    private WebElement layers() {
        return driver.findElement(By.cssSelector(".leaflet-control-layers"));
    }

    @Test
    void staffSwitchOnTheGradesAndSeeOccupiedBuildingsWithTheLegend() {
        signIn("staff");
        openMap();
        assertThat(layers().getText()).contains("入驻企业亩均等级");
        assertThat(driver.findElement(By.id("map")).getDomAttribute("data-grades"))
                .as("off until switched on")
                .isIn(null, "0");
        WebElement toggle = layers().findElements(By.cssSelector("label")).stream()
                .filter(l -> l.getText().contains("入驻企业亩均等级"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("input"));
        toggle.click();
        browser.waiting().until(d -> {
            String drawn = d.findElement(By.id("map")).getDomAttribute("data-grades");
            return drawn != null && Integer.parseInt(drawn) > 0;
        });
        String legend = driver.findElement(By.cssSelector(".legend")).getText();
        assertThat(legend).contains("入驻企业亩均效益等级", "A 级", "D 级", "未评价");
        browser.screenshot("occupant-grades");
    }

    @Test
    void anEnterpriseIsNotOfferedTheLayer() {
        signIn("enterprise");
        openMap();
        assertThat(layers().getText()).contains("楼栋").doesNotContain("亩均");
        assertThat(driver.findElement(By.cssSelector(".legend")).getText()).doesNotContain("亩均");
    }
}
