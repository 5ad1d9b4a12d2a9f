package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.park.ParkCode;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.QueryParams;
import cn.dongguan.cfk.shared.XlsxAnswers;
import cn.dongguan.cfk.space.SpaceListings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "exports", description = "数据导出 · Exports")
class ExportController {

    private static final Pattern TOWN = Pattern.compile("[A-Z]+");

    private final Exports exports;

    ExportController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/exports/{file}")
    @Operation(
            summary = "Export a layer as .xlsx, .csv, .geojson, .gpkg or .shp.zip: buildings, units, parcels,"
                    + " enterprises, efficiency (staff and administrators), parks, towns, spaces · 导出",
            description =
                    "{layer}.{xlsx|csv|geojson|gpkg|shp.zip}. Inventories take park= and town= (comma-separated"
                            + " codes); spaces take the filters of GET /api/spaces. GIS formats are in EPSG:4326 (units and"
                            + " spaces as a point of their building). Occupants and contacts only for viewers who may see them.")
    @ApiResponse(
            responseCode = "200",
            description = "The layer as a file · 导出文件",
            content = {
                @Content(mediaType = XlsxAnswers.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/geo+json", schema = @Schema(type = "object")),
                @Content(
                        mediaType = "application/geopackage+sqlite3",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "415", description = "A Shapefile, and ogr2ogr is missing · 缺少 ogr2ogr")
    void export(
            @PathVariable String file,
            @RequestParam(required = false) String park,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) BigDecimal minArea,
            @RequestParam(required = false) BigDecimal maxArea,
            @RequestParam(required = false) BigDecimal minCeilingHeight,
            @RequestParam(required = false) BigDecimal minFloorLoad,
            @RequestParam(required = false) BigDecimal minPowerKva,
            @RequestParam(required = false) BigDecimal maxRent,
            @RequestParam(required = false) String fireClass,
            @RequestParam(required = false) String availableBy,
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean groundFloor,
            @RequestParam(required = false) String futureSupply,
            @RequestParam(required = false) String sort,
            HttpServletResponse response)
            throws IOException {
        int dot = file.toLowerCase(Locale.ROOT).endsWith(".shp.zip") ? file.length() - 8 : file.lastIndexOf('.');
        TransferLayer layer = TransferLayer.of(dot < 0 ? file : file.substring(0, dot));
        Exports.Format format = format(dot < 0 ? "" : file.substring(dot + 1));
        String name = "cfk-" + layer.path + "-" + LocalDate.now() + "." + format.extension;
        if (layer == TransferLayer.SPACES) {
            SpaceListings.Filters filters = new SpaceListings.Filters(
                    town,
                    park,
                    industry,
                    minArea,
                    maxArea,
                    minCeilingHeight,
                    minFloorLoad,
                    minPowerKva,
                    maxRent,
                    fireClass,
                    availableBy,
                    bbox,
                    q,
                    groundFloor,
                    futureSupply,
                    sort);
            // the filters are checked before the first byte is sent: a bad one is still a 400 problem
            exports.spaces(format, filters, new DeferredOutput(response, format, name));
            return;
        }
        Exports.Scope scope = new Exports.Scope(parks(park), QueryParams.codes(town, "town", TOWN, "DONGCHENG"));
        exports.inventory(layer, format, scope, new DeferredOutput(response, format, name));
    }

    private static Exports.Format format(String extension) {
        return Arrays.stream(Exports.Format.values())
                .filter(f -> f.extension.equalsIgnoreCase(extension))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "不支持的导出格式 “" + extension + "”：可用 xlsx、csv、geojson、gpkg、shp.zip",
                        "Export format '" + extension + "' is not offered: use xlsx, csv, geojson, gpkg or shp.zip"));
    }

    private static List<String> parks(String park) {
        if (park == null || park.isBlank()) {
            return List.of();
        }
        return Arrays.stream(park.split(","))
                .map(p -> ParkCode.parse(p, "park"))
                .distinct()
                .toList();
    }
}
