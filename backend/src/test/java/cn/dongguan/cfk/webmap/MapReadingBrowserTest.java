package cn.dongguan.cfk.webmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.dongguan.cfk.support.Axe;
import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import cn.dongguan.cfk.support.Inventory;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
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
 * Issue 13 item 7 in Chromium: a search fits the map to its results, the result dots leave the town
 * names readable, the legend folds away, the city total names the buildings outside the parks, and
 * an occupied unit never reads "可入驻 即时可用".
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapReadingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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

    private void open(String hash) {
        driver.get("http://localhost:" + port + "/");
        driver.executeScript("localStorage.clear()");
        driver.get("about:blank");
        driver.get("http://localhost:" + port + "/" + hash);
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("path.park-shape")).size() == 35);
        browser.waiting().until(d -> {
            String summary = d.findElement(By.cssSelector("#results .summary")).getText();
            return !summary.isBlank() && !summary.contains("…");
        });
    }

    /** How many result dots lie inside the map's box on screen, and how many there are. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> dotsInView() {
        return (Map<String, Number>) driver.executeScript("""
                const map = document.getElementById('map').getBoundingClientRect();
                const dots = [...document.querySelectorAll('path.result-marker')].map(d => d.getBoundingClientRect());
                const inside = dots.filter(r => r.width > 0 && r.left >= map.left && r.right <= map.right
                  && r.top >= map.top && r.bottom <= map.bottom);
                return { inside: inside.length, all: dots.length };""");
    }

    @Test
    void aSearchFitsTheMapToItsResultsAndTheDotsLeaveTheTownNamesReadable() {
        // zoomed into a corner of the city: most of the results lie beyond the view
        open("#map=16/22.70000/113.60000");
        browser.waiting().until(d -> dotsInView().get("all").intValue() > 5);
        assertThat(dotsInView().get("inside").intValue())
                .isLessThan(dotsInView().get("all").intValue());
        WebElement fit = driver.findElement(By.cssSelector("#results .fit-results"));
        assertThat(fit.getText()).isEqualTo("地图缩放到全部结果");
        fit.click();
        browser.waiting().until(d -> {
            Map<String, Number> dots = dotsInView();
            return dots.get("inside").intValue() == dots.get("all").intValue();
        });

        browser.screenshot("map-fitted");

        // the town names are drawn above the dots
        Number labels = (Number) driver.executeScript("""
                return +getComputedStyle(document.querySelector('.town-label').parentElement).zIndex""");
        Number dots = (Number) driver.executeScript("""
                return +getComputedStyle(document.querySelector('path.result-marker').closest('.leaflet-pane')).zIndex""");
        assertThat(labels.intValue()).as("the town names' layer over the dots'").isGreaterThan(dots.intValue());

        // the legend folds away and opens again
        WebElement legend = driver.findElement(By.cssSelector("details.legend"));
        WebElement title = legend.findElement(By.className("legend-title"));
        if ("false".equals(legend.getDomProperty("open"))) {
            title.click();
        }
        assertThat(legend.getText()).contains("园区空置率");
        title.click();
        assertThat(legend.getDomProperty("open")).isEqualTo("false");
        assertThat(legend.getText()).doesNotContain("园区空置率");
        assertThat(Axe.seriousFindings(driver)).as("axe on the map").isEmpty();
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    @Test
    void theCityTotalNamesTheBuildingsOutsideTheParks() {
        open("");
        driver.findElement(By.id("stats-open")).click();
        String byTown = browser.waiting().until(d -> {
            String t = d.findElement(By.cssSelector(".stats-summary")).getText();
            return t.contains("园区外") ? t : null;
        });
        double city = number(byTown, "全市建筑面积 ([0-9,.]+) 万");
        double parks = number(byTown, "个园区内 ([0-9,.]+) 万");
        double outside = number(byTown, "园区外建筑（镇村工业园）([0-9,.]+) 万");
        assertThat(city - parks).isCloseTo(outside, within(0.11));
        double stored = jdbc.queryForObject(
                "SELECT sum(floor_area_m2) / 1e4 FROM building WHERE park_code IS NULL"
                        + " AND started_on <= dongguan_today()", // in the stock today: not future supply (V220)
                Double.class);
        assertThat(outside).isCloseTo(stored, within(0.2));

        driver.findElement(By.cssSelector("#stats input[value=park]")).click();
        String byPark = browser.waiting().until(d -> {
            String t = d.findElement(By.cssSelector(".stats-summary")).getText();
            return t.contains("相差") ? t : null;
        });
        assertThat(number(byPark, "个园区建筑面积 ([0-9,.]+) 万")).isEqualTo(parks);
        assertThat(number(byPark, "全市 ([0-9,.]+) 万")).isEqualTo(city);
        assertThat(byPark).contains("是园区外的建筑（镇村工业园）");
        driver.findElement(By.id("stats-close")).click();
    }

    @Test
    void anOccupiedUnitNeverReadsAvailableNow() {
        Inventory inventory = new Inventory(jdbc);
        long building = inventory.building("DG-P12");
        long occupied = inventory.unit(building, "OCCUPIED");
        long vacant = inventory.unit(building, "VACANT");
        // a date gone by, as an occupied unit keeps from before it was let
        jdbc.update("UPDATE space_unit SET available_from = current_date - 30 WHERE id IN (?, ?)", occupied, vacant);

        open("#detail=unit:" + occupied);
        String detail = browser.waiting().until(d -> {
            String t = d.findElement(By.id("detail")).getText();
            return t.contains("可入驻") ? t : null;
        });
        assertThat(detail).contains("暂不可入驻").doesNotContain("即时可用");

        open("#detail=unit:" + vacant);
        String free = browser.waiting().until(d -> {
            String t = d.findElement(By.id("detail")).getText();
            return t.contains("可入驻") ? t : null;
        });
        assertThat(free).contains("即时可用");
        List<String> problems = browser.consoleProblems();
        assertThat(problems).isEmpty();
    }
}
