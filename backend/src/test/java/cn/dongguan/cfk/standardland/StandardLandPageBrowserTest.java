package cn.dongguan.cfk.standardland;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Axe;
import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff page of 达产 checks (issue 16): staff record a supplied 标准地 parcel's year and find it in
 * the list of parcels falling short, with the indicator and both numbers; axe finds nothing serious.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandardLandPageBrowserTest {

    private static final int YEAR = 2021;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;
    ChromeDriver driver;
    long parcel;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(1366, 768);
        driver = browser.driver();
        parcel = jdbc.sql("""
                SELECT min(id) FROM parcel WHERE status = 'SUPPLIED' AND min_investment_wan_yuan_mu IS NOT NULL""").query(Long.class).single();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        jdbc.sql("DELETE FROM standard_land_check WHERE parcel_id = ? AND year = ?")
                .params(parcel, YEAR)
                .update();
    }

    @Test
    void staffRecordAYearAndSeeTheParcelFallShort() {
        driver.get("http://localhost:" + port + "/login.html");
        driver.findElement(By.id("username")).sendKeys("staff");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
        driver.get("http://localhost:" + port + "/standard-land.html");
        browser.waiting().until(d -> !d.findElement(By.id("total")).getText().isBlank());

        driver.findElement(By.id("parcelId")).sendKeys(Long.toString(parcel));
        driver.findElement(By.id("year")).sendKeys(Integer.toString(YEAR));
        driver.findElement(By.id("investmentWanYuan")).sendKeys("1");
        driver.findElement(By.cssSelector("#record button[type=submit]")).click();
        browser.waiting().until(d -> d.findElement(By.id("result")).getText().contains("投资强度"));
        assertThat(driver.findElement(By.id("result")).getText()).contains("低于标准地要求的", "below the");

        driver.findElement(By.id("f-year")).sendKeys(Integer.toString(YEAR));
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        String parcelNo = jdbc.sql("SELECT parcel_no FROM parcel WHERE id = ?")
                .param(parcel)
                .query(String.class)
                .single();
        browser.waiting()
                .until(d -> d.findElement(By.id("shortfalls")).getText().contains(parcelNo));
        assertThat(Axe.seriousFindings(driver))
                .as("serious or critical axe-core findings")
                .isEmpty();

        driver.findElement(By.id("enterpriseId")).sendKeys("999999999");
        driver.findElement(By.cssSelector("#record button[type=submit]")).click();
        browser.waiting().until(d -> d.findElement(By.id("status")).getText().contains("999999999"));
        assertThat(driver.findElement(By.id("status")).getText())
                .contains("企业编号：企业 999999999 不存在", "Enterprise id: Enterprise 999999999 does not exist");
    }
}
