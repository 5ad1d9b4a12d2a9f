package cn.dongguan.cfk.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Axe;
import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 items 2 and 9: each role lands on its own page after signing in and finds its work in the
 * navigation, with who is signed in and the way out on every page, the map too; and axe-core finds
 * nothing serious or critical on any page, each of which has an h1; Escape gives the focus back.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolePagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The frontend's pages, as served from the classpath's static folder. */
    private static final Path STATIC = Path.of("../frontend/src/main/resources/static");

    Browser browser;
    ChromeDriver driver;
    /** Who signed in last, null when nobody did. */
    String signedIn;
    /** The pages {@link #check} opened, without their query. */
    final Set<String> visited = new TreeSet<>();

    @BeforeAll
    void startBrowser() {
        browser = new Browser(1366, 768);
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private String path() {
        return (String) ((JavascriptExecutor) driver).executeScript("return location.pathname");
    }

    /** Signs in from the sign-in page with nowhere to go back to, and answers where the user lands. */
    private String signIn(String user) {
        driver.manage().deleteAllCookies();
        signedIn = user;
        open("/login.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
        return path();
    }

    /** The navigation's links as shown, once the header knows who is signed in. */
    private List<String> navigation(String who) {
        browser.waiting()
                .until(d -> d.findElement(By.cssSelector("#page-header .who"))
                        .getText()
                        .contains(who));
        assertThat(driver.findElement(By.id("sign-out")).isDisplayed())
                .as("sign-out")
                .isTrue();
        return driver.findElements(By.cssSelector("#page-header nav a")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void eachRoleLandsOnItsWorkAndEveryPageShowsWhoIsSignedIn() {
        assertThat(signIn("enterprise"))
                .as("an enterprise starts with the search")
                .isEqualTo("/");
        assertThat(navigation("enterprise · 企业")).containsExactly("地图", "我的需求", "我的匹配", "咨询", "修改密码");
        // Escape closes a site's details and gives the focus back to the result it was opened from
        WebElement result = browser.waiting()
                .until(d -> d.findElements(By.cssSelector(".result-list li button")).stream()
                        .findFirst()
                        .orElse(null));
        result.click();
        browser.waiting().until(d -> d.findElement(By.id("detail")).isDisplayed());
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waiting().until(d -> !d.findElement(By.id("detail")).isDisplayed());
        assertThat((Boolean) ((JavascriptExecutor) driver)
                        .executeScript("return document.activeElement === arguments[0]", result))
                .as("the focus is back on the result")
                .isTrue();

        // a let unit without a date is not "available now"
        long let = jdbc.sql("""
                        SELECT min(u.id) FROM space_unit u WHERE u.status = 'OCCUPIED' AND u.available_from IS NULL
                        AND u.last_confirmed_at > now() - interval '100 days'""").query(Long.class).single();
        open("/#detail=unit:" + let);
        driver.navigate().refresh();
        String unit = browser.waiting().until(d -> {
            String text = d.findElement(By.id("detail")).getText();
            return text.contains("已使用") ? text : null;
        });
        assertThat(unit).contains("暂不可入驻").doesNotContain("即时可用");

        browser.viewport(768, 1024);
        open("/");
        assertThat(navigation("enterprise · 企业")).contains("我的匹配");
        // on a tablet a site's details open over the search panel, not under it
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector(".result-list li button")).stream()
                        .findFirst()
                        .orElse(null))
                .click();
        browser.waiting().until(d -> d.findElement(By.id("detail")).isDisplayed());
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript("""
                                const r = document.getElementById('detail').getBoundingClientRect();
                                const hit = document.elementFromPoint(r.left + 40, r.top + r.height / 2);
                                return Boolean(hit && hit.closest('#detail'));"""))
                .as("the details are on top")
                .isTrue();
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waiting().until(d -> !d.findElement(By.id("detail")).isDisplayed());
        // with the search panel folded away, the legend is folded too on a tablet, and opens from its title
        driver.findElement(By.id("panel-toggle")).click();
        WebElement legend = driver.findElement(By.cssSelector("details.legend"));
        assertThat(legend.getDomProperty("open")).isEqualTo("false");
        legend.findElement(By.className("legend-title")).click();
        assertThat(legend.getText()).contains("园区空置率");
        browser.viewport(1366, 768);
        driver.findElement(By.cssSelector("#page-header nav a[href='/match.html']"))
                .click();
        assertThat(navigation("enterprise")).contains("我的匹配");
        // a refusal names the form's label, not the API's parameter
        browser.waiting().until(d -> d.findElement(By.id("preview-panel")).isDisplayed());
        WebElement min = driver.findElement(By.name("minAreaM2"));
        min.clear();
        min.sendKeys("9000");
        driver.findElement(By.cssSelector("#preview-panel button[type=submit]")).click();
        browser.waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("最小面积 m² Minimum area："));
        open("/manage.html");
        browser.waiting().until(d -> path().equals("/"));
        navigation("enterprise · 企业");
        driver.findElement(By.id("sign-out")).click();
        browser.waiting()
                .until(d -> d.findElement(By.cssSelector("#page-header .who a[href='/login.html']"))
                        .isDisplayed());

        assertThat(signIn("staff")).as("staff start with their projects").isEqualTo("/projects.html");
        assertThat(navigation("staff · 招商人员")).contains("地图", "项目", "匹配", "驾驶舱", "园区数据", "企业");
        open("/");
        assertThat(navigation("staff · 招商人员")).contains("项目");

        assertThat(signIn("manager07")).isEqualTo("/manage.html");
        assertThat(navigation("manager07 · 园区管理员")).containsExactly("地图", "咨询", "园区数据", "数据导入", "修改密码");
        // the page follows the language chosen in the header
        browser.waiting()
                .until(d -> d.findElement(By.id("queue-count")).getText().startsWith("("));
        driver.findElement(By.id("lang-switch")).click();
        browser.waiting()
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(driver.findElement(By.id("queue-heading")).getText())
                .contains("To confirm")
                .doesNotContain("待核实");
        assertThat(driver.findElement(By.cssSelector("label[for=park]")).getText())
                .isEqualTo("Park");
        assertThat(driver.findElement(By.id("units-heading")).getText()).isEqualTo("Units");
        driver.findElement(By.id("lang-switch")).click();
        browser.waiting()
                .until(d -> d.findElement(By.id("units-heading")).getText().equals("单元 Units"));

        assertThat(signIn("admin")).isEqualTo("/manage.html");
        assertThat(navigation("admin · 管理员")).contains("驾驶舱", "用户", "基础数据", "审计");
        assertThat(browser.consoleProblems())
                .as("browser console: only the refusal met")
                .allMatch(line -> line.contains("400"));
    }

    /** The pages of the web app: every HTML file the frontend serves. */
    private static Set<String> allPages() throws IOException {
        try (Stream<Path> files = Files.list(STATIC)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".html"))
                    .map(f -> f.equals("index.html") ? "/" : "/" + f)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * Every page the frontend serves, signed out or as a user who may open it: axe-core finds nothing serious
     * or critical, the headings go in order under one h1 (axe's heading rules), and on a signed-in user's page
     * the header names them, with the way to sign out.
     */
    @Test
    void axeFindsNothingSeriousOnAnyPageAndEachShowsWhoIsSignedIn() throws IOException {
        Map<String, List<String>> findings = new LinkedHashMap<>();
        visited.clear();
        driver.manage().deleteAllCookies();
        signedIn = null;
        for (String page : List.of("/", "/login.html", "/signup.html")) {
            check(findings, page);
        }
        signIn("enterprise");
        check(findings, "/", ".result-list li");
        check(findings, "/projects.html");
        check(findings, "/enquiries.html");
        signIn("staff");
        for (String page : List.of("/projects.html", "/manage.html", "/admin-enterprises.html", "/enquiries.html")) {
            check(findings, page);
        }
        check(findings, "/", ".result-list li");
        check(findings, "/dashboard.html", "#kpis li");
        check(findings, "/bulletin.html?quarter=2025Q3", "#parks tbody tr");
        check(findings, "/efficiency.html", "#results tbody tr");
        check(findings, "/redevelopment.html", "#completions thead th");
        check(findings, "/standard-land.html", "#shortfalls");
        long project = jdbc.sql("SELECT min(id) FROM expansion_project WHERE site_kind = 'EITHER'")
                .query(Long.class)
                .single();
        String site = firstCandidate(project);
        check(findings, "/match.html?project=" + project, "#near > li.card");
        check(findings, "/brochure.html?project=" + project + "&ids=" + site, "article.sheet");
        signIn("manager07");
        check(findings, "/manage.html", "#queue-count");
        check(findings, "/password.html");
        check(findings, "/imports.html");
        signIn("admin");
        for (String page : List.of("/admin-users.html", "/admin-reference.html", "/admin-audit.html")) {
            check(findings, page);
        }
        assertThat(visited).as("the pages checked").containsAll(allPages());
        assertThat(findings)
                .as("axe-core findings (serious or critical; heading order), and who is signed in, by page")
                .isEmpty();
    }

    /**
     * Issue 13 item 2 on a tablet and a phone: on the map, the dashboard, the bulletin, a brochure and the
     * pages of issue 16 the header names who is signed in, with the sign-out within the window; it signs out.
     */
    @Test
    void whoIsSignedInAndTheSignOutAreInReachOnATabletAndAPhone() {
        signIn("staff");
        long project = jdbc.sql("SELECT min(id) FROM expansion_project WHERE site_kind = 'EITHER'")
                .query(Long.class)
                .single();
        String site = firstCandidate(project);
        List<String> pages = List.of(
                "/",
                "/dashboard.html",
                "/bulletin.html?quarter=2025Q3",
                "/brochure.html?project=" + project + "&ids=" + site,
                "/efficiency.html",
                "/standard-land.html",
                "/redevelopment.html");
        try {
            for (int[] size : new int[][] {{768, 1024}, {390, 844}}) {
                browser.viewport(size[0], size[1]);
                for (String page : pages) {
                    open(page);
                    navigation("staff · 招商人员");
                    WebElement signOut = driver.findElement(By.id("sign-out"));
                    ((JavascriptExecutor) driver)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'})", signOut);
                    Number right = (Number) ((JavascriptExecutor) driver)
                            .executeScript("return arguments[0].getBoundingClientRect().right", signOut);
                    assertThat(right.doubleValue())
                            .as("the sign-out's right edge on %s at %d px", page, size[0])
                            .isLessThanOrEqualTo(size[0]);
                }
            }
            driver.findElement(By.id("sign-out")).click();
            browser.waiting()
                    .until(d -> d.findElement(By.cssSelector("#page-header .who a[href='/login.html']"))
                            .isDisplayed());
        } finally {
            browser.viewport(1366, 768);
        }
    }

    /** The first site the match page offers the project. */
    private String firstCandidate(long project) {
        open("/match.html?project=" + project);
        return browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#items > li.card .id")).stream()
                        .findFirst()
                        .map(WebElement::getText)
                        .orElse(null));
    }

    private void check(Map<String, List<String>> findings, String page) {
        check(findings, page, "#page-header");
    }

    /**
     * Opens the page, lets it settle (the header filled in, what it shows there, no request under way), and
     * runs axe, its heading rules too; a page without an h1 is a finding, and so is a signed-in user's page
     * whose header does not name them with a way to sign out.
     */
    private void check(Map<String, List<String>> findings, String page, String shown) {
        open(page);
        visited.add(page.replaceAll("\\?.*", ""));
        browser.waiting().until(d -> !d.findElements(By.cssSelector(shown)).isEmpty());
        browser.waiting()
                .until(d -> !d.findElement(By.cssSelector("#page-header .brand"))
                        .getText()
                        .isBlank());
        browser.settled();
        List<String> found = new ArrayList<>(Axe.seriousFindings(driver));
        found.addAll(Axe.headingFindings(driver));
        if (driver.findElements(By.tagName("h1")).isEmpty()) {
            found.add("no h1");
        }
        if (signedIn != null) {
            String who = driver.findElement(By.cssSelector("#page-header .who")).getText();
            List<WebElement> signOut = driver.findElements(By.id("sign-out"));
            if (!who.startsWith(signedIn + " · ")
                    || signOut.isEmpty()
                    || !signOut.get(0).isDisplayed()) {
                found.add("who is signed in: '" + who + "', sign-out shown: " + !signOut.isEmpty());
            }
        }
        if (!found.isEmpty()) {
            findings.put(signedIn == null ? page : page + " (" + signedIn + ")", found);
        }
    }
}
