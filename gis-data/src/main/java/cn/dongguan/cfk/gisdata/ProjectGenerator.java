package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Expansion projects across the whole pipeline. Some projects not yet started have a planned start
 * in the past: the overdue backlog the 清零行动 is about.
 */
final class ProjectGenerator {

    private static final List<String> STATUSES =
            List.of("INTENT", "SITING", "SIGNED", "STARTED", "PRODUCING", "DROPPED");
    private static final double[] STATUS_SHARES = {0.24, 0.24, 0.16, 0.13, 0.13, 0.10};
    private static final List<String> SITE_KINDS = List.of("SPACE", "LAND", "EITHER");
    private static final List<String> FIRE_CLASSES = List.of("丙", "丁", "戊", "乙", "甲");
    private static final List<String> PURPOSES = List.of("扩产", "增资扩产", "新建生产基地", "技改扩产", "总部及研发中心");

    private ProjectGenerator() {}

    static List<SampleData.Project> generate(
            int count,
            List<SampleData.Enterprise> enterprises,
            List<SampleData.Town> towns,
            List<SampleData.Park> parks,
            Rng rng) {
        List<String> statuses = spread(STATUSES, STATUS_SHARES, count, rng);
        List<String> kinds = spread(SITE_KINDS, new double[] {0.4, 0.33, 0.27}, count, rng);
        List<SampleData.Project> projects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = i + 1;
            SampleData.Enterprise enterprise = rng.pick(enterprises);
            String status = statuses.get(i);
            String kind = kinds.get(i);
            boolean space = !"LAND".equals(kind);
            boolean land = !"SPACE".equals(kind);

            Double minM2 = null;
            Double maxM2 = null;
            if (space) {
                minM2 = Rounding.toStep(rng.logBetween(1_000, 12_000), 100);
                maxM2 = Rounding.toStep(Math.min(20_000, minM2 * rng.between(1.2, 2.0)), 100);
            }
            Double minMu = null;
            Double maxMu = null;
            if (land) {
                minMu = Rounding.toStep(rng.logBetween(5, 60), 1);
                maxMu = Rounding.toStep(Math.min(100, minMu * rng.between(1.2, 2.0)), 1);
            }
            List<String> preferredTowns = new ArrayList<>();
            for (int k = rng.weighted(List.of(0, 1, 2), 0.35, 0.4, 0.25); k > 0; k--) {
                String town = rng.pick(towns).code();
                if (!preferredTowns.contains(town)) {
                    preferredTowns.add(town);
                }
            }
            List<String> preferredParks = new ArrayList<>();
            if (rng.chance(0.35)) {
                preferredParks.add(rng.pick(parks).code());
            }
            boolean anyPreference = !preferredTowns.isEmpty() || !preferredParks.isEmpty();

            Integer plannedStart = switch (status) {
                case "INTENT", "SITING", "SIGNED" -> rng.chance(0.4) ? rng.between(-120, -5) : rng.between(20, 300);
                case "STARTED", "PRODUCING" -> rng.between(-720, -30);
                default -> rng.chance(0.5) ? null : rng.between(-200, 200);
            };
            String industry = enterprise.industryCode();
            double investment = Rounding.toStep(rng.logBetween(2_000, 50_000), 100);
            projects.add(new SampleData.Project(
                    id,
                    String.format(
                            "示例项目%02d：%s%s",
                            id, IndustryCatalogue.byCode(industry).name(), rng.pick(PURPOSES)),
                    enterprise.id(),
                    industry,
                    kind,
                    minM2,
                    maxM2,
                    minMu,
                    maxMu,
                    rng.chance(0.7) ? Rounding.round(rng.between(4.5, 8.0), 1) : null,
                    rng.chance(0.6) ? Rounding.toStep(rng.between(500, 2000), 50) : null,
                    rng.chance(0.6) ? Rounding.toStep(rng.between(200, 2000), 50) : null,
                    rng.weighted(FIRE_CLASSES, 0.45, 0.25, 0.15, 0.12, 0.03),
                    rng.weighted(List.of(1, 2, 3), 0.6, 0.3, 0.1),
                    List.copyOf(preferredTowns),
                    List.copyOf(preferredParks),
                    anyPreference && rng.chance(0.3),
                    space ? Rounding.round(rng.between(15, 40), 1) : null,
                    land ? Rounding.toStep(maxMu * rng.between(80, 180), 10) : null,
                    investment,
                    "DROPPED".equals(status) ? null : rng.between(30, 540),
                    plannedStart,
                    status,
                    rng.chance(0.7) ? "staff" : null,
                    StandardLand.planned(id, land, investment)));
        }
        return projects;
    }

    /** {@code count} values in about the given shares, every value at least once, in random order. */
    private static List<String> spread(List<String> values, double[] shares, int count, Rng rng) {
        List<String> list = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            long n = Math.max(1, Math.round(shares[v] * count));
            for (int k = 0; k < n && list.size() < count; k++) {
                list.add(values.get(v));
            }
        }
        while (list.size() < count) {
            list.add(values.get(0));
        }
        rng.shuffle(list);
        return list;
    }
}
