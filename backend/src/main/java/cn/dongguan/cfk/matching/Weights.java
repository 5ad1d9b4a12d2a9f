package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.shared.BadRequestException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each criterion counts, in points that sum to 100. A request may override them as
 * {@code area:30,cost:20,…}; criteria it leaves out count 0. The site criteria are always there; the
 * 亩均 grade criterion ({@link #GRADE}, issue 16) only in weights that have it (staff's matches under the
 * policy {@code cfk.efficiency.policy.favour-a-b}), after them.
 */
record Weights(Map<String, Double> points) {

    /** The site criteria, in the order the scorer computes and answers list them. */
    static final List<String> NAMES = List.of("area", "cost", "industry", "location", "readiness", "freshness");

    /** The differentiated-allocation criterion: the project's enterprise's 亩均效益 grade. */
    static final String GRADE = "grade";

    static final Weights DEFAULT = new Weights(Map.of(
            "area", 25.0, "cost", 20.0, "industry", 20.0, "location", 15.0, "readiness", 10.0, "freshness", 10.0));

    private static final double TOLERANCE = 1e-6;

    Weights {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String name : NAMES) {
            ordered.put(name, points.getOrDefault(name, 0.0));
        }
        if (points.containsKey(GRADE)) {
            ordered.put(GRADE, points.get(GRADE));
        }
        points = java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * The default weights with the grade criterion at {@code gradePoints}: the site criteria's defaults
     * scaled to the rest, in whole points (largest remainders first, ties in the order of {@link #NAMES}).
     */
    static Weights withGrade(int gradePoints) {
        int rest = 100 - gradePoints;
        Map<String, Double> points = new LinkedHashMap<>();
        double[] exact =
                NAMES.stream().mapToDouble(n -> DEFAULT.of(n) * rest / 100).toArray();
        int[] whole = new int[exact.length];
        int left = rest;
        for (int i = 0; i < exact.length; i++) {
            whole[i] = (int) Math.floor(exact[i]);
            left -= whole[i];
        }
        Integer[] byRemainder = new Integer[exact.length];
        for (int i = 0; i < exact.length; i++) {
            byRemainder[i] = i;
        }
        java.util.Arrays.sort(byRemainder, (a, b) -> Double.compare(exact[b] - whole[b], exact[a] - whole[a]));
        for (int i = 0; i < left; i++) {
            whole[byRemainder[i]]++;
        }
        for (int i = 0; i < exact.length; i++) {
            points.put(NAMES.get(i), (double) whole[i]);
        }
        points.put(GRADE, (double) gradePoints);
        return new Weights(points);
    }

    /** The criteria these weights cover, in the order the scorer computes and answers list them. */
    List<String> names() {
        return List.copyOf(points.keySet());
    }

    boolean hasGrade() {
        return points.containsKey(GRADE);
    }

    double of(String name) {
        return points.get(name);
    }

    /** The default weights for null or blank; otherwise exactly the given ones, or 400 naming {@code weights}. */
    static Weights parse(String text) {
        return parse(text, DEFAULT);
    }

    /**
     * {@code defaults} for null or blank; otherwise exactly the given ones over the criteria of {@code
     * defaults} (those left out count 0), or 400 naming {@code weights}.
     */
    static Weights parse(String text, Weights defaults) {
        if (text == null || text.isBlank()) {
            return defaults;
        }
        List<String> names = defaults.names();
        Map<String, Double> points = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            String[] pair = part.trim().split(":", -1);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw invalid(
                        "“" + part.trim() + "” 应写作 名称:权重，如 area:30",
                        "'" + part.trim() + "' should read name:weight, e.g. area:30");
            }
            String name = pair[0].trim();
            if (!names.contains(name)) {
                throw invalid(
                        "没有名为 “" + name + "” 的评分项，可用：" + String.join(", ", names),
                        "No criterion named '" + name + "'; use " + String.join(", ", names));
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
        for (String name : names) {
            points.putIfAbsent(name, 0.0);
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
