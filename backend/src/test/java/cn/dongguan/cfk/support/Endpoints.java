package cn.dongguan.cfk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET endpoint of the app, found from its request mappings (so endpoints added later are walked
 * too), with its path variables filled with values that exist in the sample data.
 */
public final class Endpoints {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    /** One GET endpoint: its pattern, a path that reaches real data, and its handler. */
    public record Get(String pattern, String path, HandlerMethod handler) {}

    private final Map<String, Object> sample;

    public Endpoints(JdbcTemplate jdbc) {
        this(jdbc, "TRUE");
    }

    /** Variables filled from an occupied unit, so that personal data stands behind every filled path. */
    public static Endpoints onOccupiedUnit(JdbcTemplate jdbc) {
        return new Endpoints(jdbc, "u.occupant_enterprise_id IS NOT NULL");
    }

    private Endpoints(JdbcTemplate jdbc, String unitCondition) {
        this.sample = jdbc.queryForMap("""
                SELECT u.id AS unit, b.id AS building, b.park_code AS park,
                       (SELECT min(id) FROM parcel WHERE park_code = b.park_code) AS parcel,
                       (SELECT min(id) FROM expansion_project) AS project,
                       (SELECT min(id) FROM enterprise) AS enterprise,
                       ST_X(ST_PointOnSurface(b.geom)) AS lon, ST_Y(ST_PointOnSurface(b.geom)) AS lat
                FROM space_unit u JOIN building b ON b.id = u.building_id
                WHERE b.park_code = 'DG-P01' AND %s ORDER BY u.id LIMIT 1""".formatted(unitCondition));
    }

    /** The sample the variables are filled from: unit, building, park, parcel, project, enterprise, lon, lat. */
    public Map<String, Object> sample() {
        return sample;
    }

    public List<Get> gets(RequestMappingHandlerMapping mappings) {
        List<Get> gets = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/swagger") || pattern.startsWith("/v3/api-docs") || pattern.contains("**")) {
                    continue;
                }
                gets.add(new Get(pattern, fill(pattern), entry.getValue()));
            }
        }
        gets.sort(java.util.Comparator.comparing(Get::pattern));
        return gets;
    }

    /** The pattern with {@code variable} set to {@code value} and the others to real values. */
    public String fill(String pattern, String variable, String value) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = m.group(1).equals(variable) ? value : value(pattern, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String fill(String pattern) {
        return fill(pattern, null, null);
    }

    public static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private String value(String pattern, String variable) {
        double lon = ((Number) sample.get("lon")).doubleValue();
        double lat = ((Number) sample.get("lat")).doubleValue();
        int z = 15;
        int x = (int) Math.floor((lon + 180) / 360 * (1 << z));
        double latRad = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * (1 << z));
        return switch (variable) {
            case "code", "parkCode" -> (String) sample.get("park");
            case "layer", "collectionId", "collection" -> "buildings";
            case "z" -> String.valueOf(z);
            case "x" -> String.valueOf(x);
            case "y" -> String.valueOf(y);
            case "featureId" -> String.valueOf(sample.get("building"));
            case "username" -> "staff";
            default -> {
                if (pattern.startsWith("/api/units")) yield String.valueOf(sample.get("unit"));
                if (pattern.startsWith("/api/buildings")) yield String.valueOf(sample.get("building"));
                if (pattern.startsWith("/api/parcels")) yield String.valueOf(sample.get("parcel"));
                if (pattern.startsWith("/api/projects")) yield String.valueOf(sample.get("project"));
                if (pattern.startsWith("/api/enterprises")) yield String.valueOf(sample.get("enterprise"));
                yield "1";
            }
        };
    }
}
