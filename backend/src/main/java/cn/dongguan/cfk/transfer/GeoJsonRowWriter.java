package cn.dongguan.cfk.transfer;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a GeoJSON FeatureCollection (RFC 7946: WGS84 longitude/latitude, no crs member), a feature at
 * a time; coordinates exactly as stored. Attribute names may be renamed (a Shapefile's short names).
 */
final class GeoJsonRowWriter implements RowWriter {

    private final JsonGenerator json;
    private final String name;
    private final ZoneId zone;
    private final UnaryOperator<String> rename;
    private GisFeatures features;

    GeoJsonRowWriter(OutputStream out, String name, ZoneId zone) {
        this(out, name, zone, UnaryOperator.identity());
    }

    GeoJsonRowWriter(OutputStream out, String name, ZoneId zone, UnaryOperator<String> rename) {
        this.json = Rows.JSON.createGenerator(out, JsonEncoding.UTF8);
        this.name = name;
        this.zone = zone;
        this.rename = rename;
    }

    @Override
    public void header(List<Column> columns) {
        features = new GisFeatures(columns, zone);
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        json.writeStringProperty("name", name);
        json.writeArrayPropertyStart("features");
    }

    @Override
    public void row(List<Object> row) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeObjectPropertyStart("properties");
        List<Column> attributes = features.attributes();
        List<Object> values = features.values(row);
        for (int i = 0; i < attributes.size(); i++) {
            json.writeName(rename.apply(attributes.get(i).name()));
            Object v = values.get(i);
            if (v == null) {
                json.writeNull();
            } else if (v instanceof BigDecimal d) {
                json.writeNumber(d);
            } else if (v instanceof Long || v instanceof Integer) {
                json.writeNumber(((Number) v).longValue());
            } else if (v instanceof Number n) {
                json.writeNumber(n.doubleValue());
            } else if (v instanceof Boolean b) {
                json.writeBoolean(b);
            } else {
                json.writeString(v.toString());
            }
        }
        json.writeEndObject();
        json.writeName("geometry");
        Geometry geometry = features.geometry(row);
        if (geometry == null) {
            json.writeNull();
        } else {
            json.writeRawValue(GeoJsonText.of(geometry));
        }
        json.writeEndObject();
    }

    @Override
    public void close() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
