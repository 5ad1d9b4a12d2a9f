package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dongguan.cfk.support.HttpIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GDAL, as GIS staff use it, against the running app: {@code ogrinfo} lists the collections of the
 * OGC API – Features service, {@code ogr2ogr} copies each one whole, and the MVT driver reads a tile
 * straight from its URL.
 */
@HttpIntegrationTest
class GdalCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String service() {
        return "OAPIF:http://localhost:" + port + "/ogc";
    }

    @Test
    void ogrinfoListsTheFourCollections() {
        String out = Gdal.run("ogrinfo", "-ro", "-so", service());

        assertThat(out)
                .contains("using driver `OAPIF' successful")
                .contains("1: towns (title: 镇街 · Towns and streets) (Multi Polygon)")
                .contains("2: parks (title: 产业园区 · Industrial parks) (Multi Polygon)")
                .contains("3: buildings (title: 楼栋/厂房 · Factory buildings) (Polygon)")
                .contains("4: parcels (title: 地块 · Land parcels) (Multi Polygon)");
        assertThat(Gdal.run("ogrinfo", "-ro", "-so", service(), "parcels"))
                .contains("Feature Count: " + jdbc.queryForObject("SELECT count(*) FROM parcel", Long.class))
                .contains("status: String")
                .contains("areaMu: Real");
    }

    @Test
    void ogr2ogrCopiesEveryCollectionWhole(@TempDir Path dir) throws Exception {
        for (Layer layer : Layers.PUBLIC) {
            Path out = dir.resolve(layer.id() + ".geojson");

            Gdal.run("ogr2ogr", "-f", "GeoJSON", out.toString(), service(), layer.id());

            JsonNode copy = JSON.readTree(Files.readString(out));
            List<String> copied = new ArrayList<>();
            copy.get("features")
                    .forEach(f -> copied.add(f.get("properties")
                            .get(layer.features().numericId() ? "id" : "code")
                            .asString()));
            String idColumn = layer.features().numericId() ? "id::text" : "code";
            assertThat(copied)
                    .as(layer.id())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(
                            jdbc.queryForList("SELECT " + idColumn + " FROM " + layer.table(), String.class));
        }
    }

    @Test
    void gdalReadsATileFromItsUrl() {
        var centre = jdbc.queryForMap("SELECT ST_X(c) AS lon, ST_Y(c) AS lat FROM "
                + "(SELECT ST_PointOnSurface(geom) AS c FROM park WHERE code = 'DG-P01') p");
        TileCoordinates at = TileCoordinates.containing(
                ((Number) centre.get("lon")).doubleValue(), ((Number) centre.get("lat")).doubleValue(), 14);
        String url = "/vsicurl/http://localhost:" + port + "/tiles/buildings/" + at.z() + "/" + at.x() + "/" + at.y()
                + ".mvt";

        String out = Gdal.run(
                "ogrinfo", "-ro", "-al", "-so", "-oo", "X=" + at.x(), "-oo", "Y=" + at.y(), "-oo", "Z=" + at.z(), url);

        assertThat(out)
                .contains("using driver `MVT' successful")
                .contains("Layer name: buildings")
                .contains("vacancyShare: Real")
                .contains("stale: Integer(Boolean)");
        assertThat(out).containsPattern("Feature Count: [1-9]");
    }
}
