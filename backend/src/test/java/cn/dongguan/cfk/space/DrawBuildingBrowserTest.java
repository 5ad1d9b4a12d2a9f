package cn.dongguan.cfk.space;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.Axe;
import cn.dongguan.cfk.support.Browser;
import cn.dongguan.cfk.support.BrowserTest;
import cn.dongguan.cfk.support.FreeLand;
import cn.dongguan.cfk.support.FreeLand.Box;
import cn.dongguan.cfk.support.Inventory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 item 3 in Chromium: a park manager draws a building among the park's neighbours, sees an
 * outline outside the park refused and the overlap with a neighbour before saving, fixes the outline, saves it with every field, adds a unit to it, and
 * the unit is listed in the public search. The test owns park DG-P14's new buildings: its neighbour
 * stands on free ground found for it.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrawBuildingBrowserTest {

    private static final String PARK = "DG-P14";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    ChromeDriver driver;
    long neighbour;

    @BeforeAll
    void aNeighbourOnTheLeftOfFreeGround() {
        Box ground = new FreeLand(jdbc).inPark(PARK, 200);
        Box left = ground.part(0, 0, 0.5, 1);
        neighbour = jdbc.queryForObject(
                """
                INSERT INTO building (park_code, town_code, name, type, floors, floor_area_m2, geom)
                SELECT ?, t.code, ?, '标准厂房', 2, 4000, f.g
                FROM (SELECT ST_MakeEnvelope(?, ?, ?, ?, 4326) AS g) f
                JOIN town t ON ST_Intersects(t.geom, ST_PointOnSurface(f.g))
                ORDER BY t.code LIMIT 1
                RETURNING id""", Long.class, PARK, Inventory.unique("邻楼 "), left.west(), left.south(), left.east(), left.north());
        browser = new Browser(1366, 768);
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private String text(String id, String contains) {
        return browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.id(id)).getText();
            return text.contains(contains) ? text : null;
        });
    }

    /** Clicks the map at fractions of the neighbour's drawn box (x from its left, y from its top). */
    private void clickAt(Map<String, Number> box, double fx, double fy) {
        double x = box.get("left").doubleValue() + fx * box.get("width").doubleValue();
        double y = box.get("top").doubleValue() + fy * box.get("height").doubleValue();
        new Actions(driver)
                .moveToLocation((int) Math.round(x), (int) Math.round(y))
                .click()
                .perform();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> neighbourOnScreen() {
        WebElement path = browser.waiting()
                .withMessage(() -> "the neighbour on the drawing map; status: "
                        + driver.findElement(By.id("status")).getText() + "; map: "
                        + driver.executeScript("return JSON.stringify(document.getElementById('draw-map').dataset)")
                        + "; console: " + browser.consoleProblems())
                .until(d ->
                        d.findElements(By.cssSelector("#draw-map path[data-building-id='" + neighbour + "']")).stream()
                                .findFirst()
                                .orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("draw-map")));
        return (Map<String, Number>) driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, top: r.top, width: r.width, height: r.height};",
                path);
    }

    private void fill(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Signs in as the park's manager on the manage page, the drawing map showing the whole park. */
    private void signIn() {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login.html?next=%2Fmanage.html");
        driver.findElement(By.id("username")).sendKeys("manager14");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        // the park's boundary, its buildings and parcels are drawn as the neighbours
        neighbourOnScreen();
    }

    /** Turns the mouse wheel over the map at (x, y), and waits until the zoom has ended and the neighbour is redrawn. */
    private Map<String, Number> wheel(int x, int y, int deltaY) {
        double before = neighbourOnScreen().get("width").doubleValue();
        new Actions(driver)
                .scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(x, y), 0, deltaY)
                .perform();
        return browser.waiting().until(d -> {
            boolean zooming = (Boolean)
                    driver.executeScript("return document.querySelector('#draw-map .leaflet-zoom-anim') !== null");
            Map<String, Number> box = neighbourOnScreen();
            return !zooming && box.get("width").doubleValue() != before ? box : null;
        });
    }

    /** Zoomed in on the neighbour with the mouse wheel, as one draws. */
    private Map<String, Number> zoomToTheNeighbour() {
        Map<String, Number> box = neighbourOnScreen();
        for (int i = 0; i < 8 && box.get("width").doubleValue() < 60; i++) {
            box = wheel(
                    (int) (box.get("left").doubleValue() + box.get("width").doubleValue() / 2),
                    (int) (box.get("top").doubleValue() + box.get("height").doubleValue() / 2),
                    -120);
        }
        return box;
    }

    private Map<String, Number> signInAndZoomToTheNeighbour() {
        signIn();
        return zoomToTheNeighbour();
    }

    /**
     * Issue 13 item 3: an outline drawn outside the park is refused while it is drawn, before any save. Zoomed
     * out from the whole park, the map has room around it: a square in its widest margin lies outside.
     */
    @SuppressWarnings("unchecked")
    private void anOutlineOutsideTheParkIsRefusedBeforeSaving() {
        WebElement map = driver.findElement(By.id("draw-map"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
        Map<String, Number> whole = (Map<String, Number>) driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2};",
                map);
        wheel(whole.get("x").intValue(), whole.get("y").intValue(), 120);
        Map<String, Number> free = (Map<String, Number>) driver.executeScript("""
                const m = arguments[0].getBoundingClientRect();
                const p = [...arguments[0].querySelectorAll("path[stroke='#12466e']")]
                  .map(e => e.getBoundingClientRect())
                  .reduce((a, r) => ({ left: Math.min(a.left, r.left), right: Math.max(a.right, r.right),
                                       top: Math.min(a.top, r.top), bottom: Math.max(a.bottom, r.bottom) }));
                const margins = [
                  { x: (m.left + p.left) / 2, y: m.top + m.height / 2, room: p.left - m.left },
                  { x: (p.right + m.right) / 2, y: m.top + m.height / 2, room: m.right - p.right },
                  { x: m.left + m.width / 2, y: (m.top + p.top) / 2, room: p.top - m.top },
                  { x: m.left + m.width / 2, y: (p.bottom + m.bottom) / 2, room: m.bottom - p.bottom }];
                return margins.reduce((a, b) => (b.room > a.room ? b : a));""", map);
        assertThat(free.get("room").doubleValue())
                .as("room beside the park on the map, px")
                .isGreaterThan(40);
        int x = free.get("x").intValue();
        int y = free.get("y").intValue();
        for (int[] corner : new int[][] {{-12, -12}, {12, -12}, {12, 12}, {-12, 12}}) {
            new Actions(driver)
                    .moveToLocation(x + corner[0], y + corner[1])
                    .click()
                    .perform();
        }
        assertThat(text("draw-check", PARK)).startsWith("⚠ 轮廓：").contains("超出园区 " + PARK, "lies outside park " + PARK);
        assertThat(driver.findElement(By.id("draw-check")).getDomAttribute("data-state"))
                .isEqualTo("problem");
        driver.findElement(By.id("clear-points")).click();
        text("point-count", "0 个角点");
    }

    @Test
    void aManagerSeesTheOverlapWhileDrawingFixesItSavesEveryFieldAndAddsAUnitThatIsListed() throws Exception {
        signIn();
        long buildings = jdbc.queryForObject("SELECT count(*) FROM building WHERE park_code = ?", Long.class, PARK);
        anOutlineOutsideTheParkIsRefusedBeforeSaving();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM building WHERE park_code = ?", Long.class, PARK))
                .as("checking wrote nothing")
                .isEqualTo(buildings);
        Map<String, Number> box = zoomToTheNeighbour();
        assertThat(box.get("width").doubleValue())
                .as("the neighbour's width on screen")
                .isGreaterThan(30);
        assertThat(Integer.parseInt(driver.findElement(By.id("draw-map")).getDomAttribute("data-buildings")))
                .isGreaterThan(1);
        assertThat(driver.findElements(By.cssSelector("#draw-map path[stroke='#12466e']")))
                .as("the park's boundary")
                .isNotEmpty();

        // an outline reaching over the neighbour: the warning before any save, the neighbour marked
        clickAt(box, 0.5, 0.2);
        clickAt(box, 1.8, 0.2);
        clickAt(box, 1.8, 0.8);
        clickAt(box, 0.5, 0.8);
        assertThat(text("draw-check", "重叠")).contains("⚠ 轮廓：", "Outline: ", "overlaps building " + neighbour);
        browser.waiting()
                .until(d -> "#e03131"
                        .equals(d.findElement(By.cssSelector("#draw-map path[data-building-id='" + neighbour + "']"))
                                .getDomAttribute("fill")));
        browser.screenshot("building-overlap");
        long before = jdbc.queryForObject("SELECT count(*) FROM building WHERE park_code = ?", Long.class, PARK);

        // cleared and drawn clear of it: fine
        driver.findElement(By.id("clear-points")).click();
        box = neighbourOnScreen();
        clickAt(box, 1.3, 0.2);
        clickAt(box, 1.8, 0.2);
        clickAt(box, 1.8, 0.8);
        clickAt(box, 1.3, 0.8);
        assertThat(text("draw-check", "可以保存")).contains("m²");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM building WHERE park_code = ?", Long.class, PARK))
                .as("checking wrote nothing")
                .isEqualTo(before);

        // every field of the building
        String name = Inventory.unique("绘制测试厂房");
        fill("b-name", name);
        fill("b-address", "东莞市测试路 8 号");
        new Select(driver.findElement(By.id("b-type"))).selectByVisibleText("多层厂房");
        fill("b-floors", "3");
        fill("b-area", "2400");
        fill("b-structure", "钢结构");
        fill("b-year", "2019");
        new Select(driver.findElement(By.id("b-tenure"))).selectByValue("国有");
        new Select(driver.findElement(By.id("b-title"))).selectByValue("true");
        fill("b-lifts", "2");
        fill("b-lift-t", "3");
        new Select(driver.findElement(By.id("b-fire"))).selectByVisibleText("丁");
        driver.findElement(By.cssSelector("#building-form button[type=submit]")).click();
        text("building-message", "已保存");
        Map<String, Object> saved = jdbc.queryForMap(
                "SELECT id, address, type, floors, floor_area_m2::int AS area, structure, year_built, land_tenure,"
                        + " title_certificate, cargo_lift_count, cargo_lift_tonnes::int AS tonnes, fire_hazard_class"
                        + " FROM building WHERE name = ?",
                name);
        assertThat(saved)
                .containsEntry("address", "东莞市测试路 8 号")
                .containsEntry("type", "多层厂房")
                .containsEntry("floors", 3)
                .containsEntry("area", 2400)
                .containsEntry("structure", "钢结构")
                .containsEntry("year_built", 2019)
                .containsEntry("land_tenure", "国有")
                .containsEntry("title_certificate", true)
                .containsEntry("cargo_lift_count", 2)
                .containsEntry("tonnes", 3)
                .containsEntry("fire_hazard_class", "丁");

        // a unit of the new building: a refusal names the form's label, then it is added
        fill("u-from", "5");
        fill("u-area", "800");
        driver.findElement(By.cssSelector("#unit-form button[type=submit]")).click();
        assertThat(text("unit-message", "楼层")).startsWith("起始楼层：").contains("From floor: ");
        fill("u-from", "1");
        fill("u-to", "1");
        fill("u-height", "8.5");
        fill("u-load", "1200");
        fill("u-power", "315");
        fill("u-rent", "26");
        driver.findElement(By.cssSelector("#unit-form button[type=submit]")).click();
        text("unit-message", "已添加");
        assertThat(driver.findElement(By.id("new-unit-list")).getText()).contains("800", "空置");
        long unit = jdbc.queryForObject(
                "SELECT id FROM space_unit WHERE building_id = ?", Long.class, ((Number) saved.get("id")).longValue());

        // and the public search lists it
        HttpResponse<String> spaces = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/spaces?park=" + PARK
                                        + "&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode items = JsonMapper.builder().build().readTree(spaces.body()).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asLong()).isEqualTo(unit);
        assertThat(items.get(0).get("ceilingHeightM").asDouble()).isEqualTo(8.5);

        assertThat(Axe.seriousFindings(driver)).as("axe on the manager's page").isEmpty();
        assertThat(browser.consoleProblems())
                .as("the console: only the refusals the manager met")
                .allMatch(line -> line.contains("400"));
    }

    @Test
    void aManagerDrawsAParcelBesideTheNeighbourAndItIsOfferedInTheLandSearch() throws Exception {
        Map<String, Number> box = signInAndZoomToTheNeighbour();
        driver.findElement(By.cssSelector("input[name=draw-kind][value=parcel]"))
                .click();
        browser.waiting().until(d -> d.findElement(By.id("parcel-form")).isDisplayed());
        assertThat(driver.findElement(By.id("building-form")).isDisplayed()).isFalse();
        box = neighbourOnScreen(); // where it is after the choice, the map scrolled into view

        // a strip of the free ground beside the neighbour's upper part (the building test draws further right)
        clickAt(box, 1.05, 0.05);
        clickAt(box, 1.25, 0.05);
        clickAt(box, 1.25, 0.4);
        clickAt(box, 1.05, 0.4);
        assertThat(text("point-count", "4")).as("the corners clicked").startsWith("4 个角点");
        String parcelNo = Inventory.unique("DG-TEST-");
        fill("p-no", parcelNo);
        new Select(driver.findElement(By.id("p-use"))).selectByValue("M0");
        new Select(driver.findElement(By.id("p-status"))).selectByValue("AVAILABLE");
        fill("p-fmin", "1.5");
        fill("p-fmax", "3.5");
        fill("p-price", "880");
        driver.findElement(By.cssSelector("#parcel-form button[type=submit]")).click();
        String said = browser.waiting()
                .until(d -> d.findElement(By.id("parcel-message")).getText().isBlank()
                        ? null
                        : d.findElement(By.id("parcel-message")).getText());
        assertThat(said).contains("已保存", parcelNo, "saved");

        Map<String, Object> saved = jdbc.queryForMap(
                "SELECT id, park_code, planning_use, status, plot_ratio_min::text AS fmin, plot_ratio_max::text AS fmax,"
                        + " ST_Area(geom::geography) AS area FROM parcel WHERE parcel_no = ?",
                parcelNo);
        assertThat(saved)
                .containsEntry("park_code", PARK)
                .containsEntry("planning_use", "M0")
                .containsEntry("status", "AVAILABLE")
                .containsEntry("fmin", "1.50")
                .containsEntry("fmax", "3.50");
        assertThat(((Number) saved.get("area")).doubleValue())
                .as("m², a strip of the 200 m square")
                .isBetween(200.0, 10_000.0);

        // offered in the public land search
        HttpResponse<String> parcels = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/parcels?park=" + PARK + "&size=500"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(parcels.statusCode()).isEqualTo(200);
        JsonNode items = JsonMapper.builder().build().readTree(parcels.body()).get("items");
        java.util.List<String> offered = new java.util.ArrayList<>();
        items.forEach(i -> offered.add(i.get("parcelNo").asString()));
        assertThat(offered).contains(parcelNo);
        assertThat(Axe.seriousFindings(driver)).as("axe with the parcel form").isEmpty();
        driver.manage().deleteAllCookies();
    }
}
