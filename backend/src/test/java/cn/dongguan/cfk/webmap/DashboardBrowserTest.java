package cn.dongguan.cfk.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Axe;
import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
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
 * and move the vacancy map to a past month.
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
        assertThat(Axe.seriousFindings(driver))
                .as("axe-core, serious or critical")
                .isEmpty();
    }
}
