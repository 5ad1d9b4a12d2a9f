package cn.dongguan.cfk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11's newcomer, in a browser: a DG-P10 manager finds the import page in the header, downloads
 * the units template, fills it (a rent written wrongly), uploads it, sees the row error with its cell
 * marked, fixes the file, uploads and commits it, and finds the change in the unit's history and in
 * the API. No script error or CSP violation on the way.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportPageBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(1366, 900);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The template's header cells for the given JSON names, and one row of values under them. */
    private Path filled(byte[] template, List<String> names, List<Object> values) throws Exception {
        List<String> headers = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            for (String name : names) {
                for (Cell cell : header) {
                    if (cell.getStringCellValue().endsWith(" " + name)) {
                        headers.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(headers).hasSize(names.size());
        Path file = Files.createTempFile("units-", ".xlsx");
        Files.write(file, Imports.xlsx(headers, List.of(values)));
        return file;
    }

    @Test
    void aNewcomerImportsTheirUnitsFromTheTemplateFixingARowErrorOnTheWay() throws Exception {
        long unit = jdbc.queryForObject("""
                SELECT u.id FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = 'DG-P10' ORDER BY u.id LIMIT 1""", Long.class);
        ChromeDriver driver = browser.driver();
        driver.get(url("/login.html?next=%2Fimports.html"));
        driver.findElement(By.id("username")).sendKeys("manager10");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/imports.html"));
        WebElement link = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#page-header a[href='/imports.html']")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        assertThat(link.getText()).isEqualTo("数据导入");

        new Select(driver.findElement(By.id("layer"))).selectByValue("units");
        String template = driver.findElement(By.id("template")).getAttribute("href");
        HttpResponse<InputStream> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(template)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] bytes = download.body().readAllBytes();

        List<String> columns = List.of("id", "rentYuanM2Month");
        Path wrong = filled(bytes, columns, List.of(unit, "-3元"));
        driver.findElement(By.id("file")).sendKeys(wrong.toString());
        WebElement bad = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#errors td.bad")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(bad.getText()).contains("rentYuanM2Month");
        assertThat(driver.findElement(By.cssSelector("#errors tbody tr")).getText())
                .contains("2");
        assertThat(driver.findElement(By.id("commit")).isEnabled()).isTrue();

        Path fixed = filled(bytes, columns, List.of(unit, 31.5));
        driver.findElement(By.id("file")).sendKeys(fixed.toString());
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#errors tbody tr")).isEmpty()
                        && d.findElement(By.id("diff")).getText().contains("31.5"));
        driver.findElement(By.id("commit")).click();
        browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains("已提交"));
        assertThat(driver.findElement(By.id("history")).getText())
                .contains("manager10")
                .contains("units");

        driver.get(url("/api/units/" + unit + "/history"));
        JsonNode history =
                Imports.JSON.readTree(driver.findElement(By.tagName("body")).getText());
        JsonNode newest = history.get(0); // the history lists the newest change first
        assertThat(newest.get("source").asString()).isEqualTo("IMPORT");
        assertThat(newest.toString()).contains("31.5");
        driver.get(url("/api/units/" + unit));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("31.5");
        Files.deleteIfExists(wrong);
        Files.deleteIfExists(fixed);
        assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }
}
