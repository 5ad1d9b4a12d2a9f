package cn.dongguan.cfk.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Axe;
import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15: staff open the dashboard, read the city's stock as the statistics give it, see the trends,
 * move the vacancy map to a past month, and download the quarter's bulletin.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

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

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    @Test
    void staffSeeTheCityStockItsTrendsAndThePastMonthsOnTheMap() {
        open("/login.html");
        driver.findElement(By.id("username")).sendKeys("staff");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
        open("/dashboard.html");

        List<WebElement> kpis = browser.waiting().until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#kpis li"));
            return items.isEmpty() ? null : items;
        });
        BigDecimal stock = jdbc.sql("SELECT sum(floor_area_m2) FROM stock_as_of(dongguan_today())")
                .query(BigDecimal.class)
                .single();
        assertThat(kpis.get(0).getText())
                .startsWith("存量 Stock")
                .contains(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                        .format(stock.divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP)));
        assertThat(driver.findElement(By.id("chart-city")).findElements(By.tagName("canvas")))
                .isNotEmpty();
        assertThat(driver.findElement(By.id("chart-groups")).getDomAttribute("aria-label"))
                .contains("空置率");

        // the map: every park coloured, at first as of this month, then as of the first of the 24
        List<WebElement> parks = browser.waiting().until(d -> {
            List<WebElement> shapes = d.findElements(By.cssSelector("#vacancy-map path.leaflet-interactive"));
            return shapes.size() >= 35 ? shapes : null;
        });
        assertThat(parks).hasSize(35);
        String thisMonth = jdbc.sql("SELECT to_char(dongguan_today(), 'YYYY-MM')")
                .query(String.class)
                .single();
        assertThat(driver.findElement(By.id("map-month-label")).getText()).isEqualTo(thisMonth);
        ((JavascriptExecutor) driver).executeScript("""
                const slider = document.getElementById('map-month');
                slider.value = 0;
                slider.dispatchEvent(new Event('input'));""");
        String first = jdbc.sql("SELECT to_char(dongguan_today() - interval '23 months', 'YYYY-MM')")
                .query(String.class)
                .single();
        browser.waiting()
                .until(d -> d.findElement(By.id("map-month-label")).getText().equals(first));
        assertThat(driver.findElement(By.id("map-legend")).getText()).startsWith(first);
        assertThat(driver.findElements(By.cssSelector("#vacancy-map path.leaflet-interactive")))
                .hasSize(35)
                .allSatisfy(p -> assertThat(p.getDomAttribute("fill")).startsWith("#"));
        // the parks' 亩均 figures (issue 16): the city and every park, the city's occupants as the data has them
        List<WebElement> efficiency = browser.waiting().until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#efficiency-table tbody tr"));
            return rows.size() == 36 ? rows : null;
        });
        long occupants = jdbc.sql("SELECT count(DISTINCT occupant_enterprise_id) FROM space_unit")
                .query(Long.class)
                .single();
        assertThat(efficiency.get(0).getText())
                .startsWith("全市 City")
                .contains(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(occupants));
        assertThat(Axe.seriousFindings(driver))
                .as("axe-core, serious or critical")
                .isEmpty();

        // the quarter's bulletin: from the dashboard's link, its tables by town and park, and the
        // workbook it downloads holding the same stock as the statistics
        driver.findElement(By.id("bulletin-link")).click();
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#parks tbody tr")).size() == 35);
        long towns = jdbc.sql("SELECT count(*) FROM town").query(Long.class).single();
        assertThat(driver.findElements(By.cssSelector("#towns tbody tr"))).hasSize((int) towns);
        String href = browser.waiting().until(d -> {
            String link = d.findElement(By.id("download")).getDomAttribute("href");
            return link != null && link.startsWith("/api/stats/bulletin") ? link : null;
        });
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                  .then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); })
                  .catch(e => done('failed ' + e));""", href);
        assertThat(base64).isInstanceOf(String.class);
        assertThat((String) base64).doesNotStartWith("failed");
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode((String) base64)))) {
            var summary = workbook.getSheet("概要 Summary");
            assertThat(summary.getRow(6).getCell(0).getStringCellValue()).startsWith("存量");
            assertThat(BigDecimal.valueOf(summary.getRow(6).getCell(1).getNumericCellValue()))
                    .as("the current quarter's stock, as of today")
                    .isEqualByComparingTo(stock);
            assertThat(workbook.getSheet("园区 Parks").getLastRowNum()).isEqualTo(35);
        } catch (java.io.IOException e) {
            throw new AssertionError("the bulletin is not a workbook", e);
        }
    }
}
