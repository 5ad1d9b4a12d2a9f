package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.shared.BadRequestException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each criterion counts, in points that sum to 100. A request may override them as
 * {@code area:30,cost:20,…}; criteria it leaves out count 0.
 */
record Weights(Map<String, Double> points) {

    /** The criteria, in the order the scorer computes and answers list them. */
    static final List<String> NAMES = List.of("area", "cost", "industry", "location", "readiness", "freshness");

    static final Weights DEFAULT = new Weights(Map.of(
            "area", 25.0, "cost", 20.0, "industry", 20.0, "location", 15.0, "readiness", 10.0, "freshness", 10.0));

    private static final double TOLERANCE = 1e-6;

    Weights {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String name : NAMES) {
            ordered.put(name, points.getOrDefault(name, 0.0));
        }
        points = java.util.Collections.unmodifiableMap(ordered);
    }

    double of(String name) {
        return points.get(name);
    }

    /** The default weights for null or blank; otherwise exactly the given ones, or 400 naming {@code weights}. */
    static Weights parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        Map<String, Double> points = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            String[] pair = part.trim().split(":", -1);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw invalid(
                        "“" + part.trim() + "” 应写作 名称:权重，如 area:30",
                        "'" + part.trim() + "' should read name:weight, e.g. area:30");
            }
            String name = pair[0].trim();
            if (!NAMES.contains(name)) {
                throw invalid(
                        "没有名为 “" + name + "” 的评分项，可用：" + String.join(", ", NAMES),
                        "No criterion named '" + name + "'; use " + String.join(", ", NAMES));
            }
            if (points.containsKey(name)) {
                throw invalid("评分项 “" + name + "” 重复", "Criterion '" + name + "' is given twice");
            }
            double value;
            try {
                value = Double.parseDouble(pair[1].trim());
            } catch (NumberFormatException e) {
                throw invalid(
                        "“" + name + "” 的权重 “" + pair[1].trim() + "” 不是数字",
                        "The weight of '" + name + "', '" + pair[1].trim() + "', is not a number");
            }
            if (!Double.isFinite(value) || value < 0) {
                throw invalid("“" + name + "” 的权重不能为负数", "The weight of '" + name + "' must not be negative");
            }
            points.put(name, value);
        }
        double sum = points.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 100) > TOLERANCE) {
            throw invalid("各项权重之和应为 100，现为 " + Fmt.number(sum), "The weights must sum to 100, not " + Fmt.number(sum));
        }
        return new Weights(points);
    }

    /** The form {@code parse} reads: {@code area:25,cost:20,…}. */
    String asText() {
        StringBuilder text = new StringBuilder();
        points.forEach((name, value) ->
                text.append(text.isEmpty() ? "" : ",").append(name).append(':').append(Fmt.number(value)));
        return text.toString();
    }

    private static BadRequestException invalid(String zh, String en) {
        return new BadRequestException("weights", "权重有误：" + zh, "Invalid weights: " + en);
    }
}
