package cn.dongguan.cfk.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Axe;
import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import cn.dongguan.cfk.support.Inventory;
import java.util.Map;
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
 * Issue 13 item 6 in Chromium: a site's handout shows its neighbours, the park's outline, a scale and
 * north on the map, and what a prospect asks first — the address, the park's managing body, the
 * building's structure, cargo lifts, title certificate and tenure, each unit's height, load and power;
 * the park's contact only on a handout staff print, never on an enterprise's. The test owns a building
 * of park DG-P15 made for it.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrochureBrowserTest {

    private static final String PARK = "DG-P15";
    private static final String REQUIREMENT = "{\"siteKind\":\"SPACE\",\"minAreaM2\":200,\"maxAreaM2\":5000}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    ChromeDriver driver;
    long unit;
    String address;
    Map<String, Object> park;

    @BeforeAll
    void aBuildingWithEveryFactAndAUnit() {
        Inventory inventory = new Inventory(jdbc);
        long building = inventory.building(PARK, 3, 3600);
        address = Inventory.unique("东莞市简介测试路 ");
        jdbc.update(
                "UPDATE building SET address = ?, structure = '钢结构', cargo_lift_count = 2, cargo_lift_tonnes = 3,"
                        + " title_certificate = true, land_tenure = '集体' WHERE id = ?",
                address,
                building);
        unit = inventory.unit(building, "VACANT");
        // a neighbour on the next free ground of the park
        inventory.building(PARK);
        jdbc.update(
                "UPDATE space_unit SET ceiling_height_m = 9.5, floor_load_kg_m2 = 1500, power_kva = 400 WHERE id = ?",
                unit);
        jdbc.update(
                "UPDATE park SET managing_body = coalesce(managing_body, '简介测试管委会'),"
                        + " contact_name = coalesce(contact_name, '简介联系人'),"
                        + " contact_phone = coalesce(contact_phone, '0769-22000000') WHERE code = ?",
                PARK);
        park = jdbc.queryForMap("SELECT managing_body, contact_name, contact_phone FROM park WHERE code = ?", PARK);
        browser = new Browser(1366, 768);
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private WebElement handoutAs(String user) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login.html?next=%2Fmatch.html");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/match.html"));
        driver.executeScript("sessionStorage.setItem('cfk-match-requirement', arguments[0])", REQUIREMENT);
        driver.get("http://localhost:" + port + "/brochure.html?ids=U" + unit);
        browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains("页"));
        return driver.findElement(By.cssSelector("article.sheet"));
    }

    @Test
    void staffPrintTheSiteWithItsNeighboursItsFactsAndTheParksContact() {
        WebElement sheet = handoutAs("staff");
        browser.waiting()
                .until(d -> !sheet.findElements(By.cssSelector(".extract path.neighbour-building"))
                        .isEmpty());
        assertThat(sheet.findElements(By.cssSelector(".extract path.park-outline")))
                .isNotEmpty();
        assertThat(sheet.findElement(By.cssSelector(".extract .leaflet-control-scale"))
                        .getText())
                .matches("(?s).*\\d+ (m|km).*");
        assertThat(sheet.findElement(By.cssSelector(".extract .north-arrow")).getText())
                .contains("N");

        String text = sheet.getText();
        assertThat(text)
                .contains("地址 Address", address)
                .contains("结构 Structure", "钢结构")
                .contains("货梯 Cargo lifts", "2 部 × 3 吨 t")
                .contains("产权证 Title certificate", "有 yes")
                .contains("土地性质 Land tenure", "集体 collective")
                .contains("园区管理机构 Managing body", (String) park.get("managing_body"))
                .contains("联系人 Contact", (String) park.get("contact_name"), (String) park.get("contact_phone"));
        WebElement unitRow = sheet.findElement(By.cssSelector(".unit-table tbody tr"));
        assertThat(unitRow.getText()).contains("#" + unit, "9.5 m", "1,500 kg/m²", "400 kVA");
        assertThat(Axe.seriousFindings(driver)).as("axe on the brochure").isEmpty();
        browser.screenshot("brochure");
    }

    @Test
    void anEnterprisesHandoutHasNoContact() {
        WebElement sheet = handoutAs("enterprise");
        String text = sheet.getText();
        assertThat(text).contains(address, "钢结构", (String) park.get("managing_body"), "9.5 m");
        assertThat(text)
                .doesNotContain("联系人 Contact")
                .doesNotContain((String) park.get("contact_name"))
                .doesNotContain((String) park.get("contact_phone"));
    }
}
