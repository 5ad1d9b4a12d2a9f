package cn.dongguan.cfk.gisdata;

/**
 * The 标准地 (standard land) figures of the sample data (issue 16): the indicators published for a
 * parcel's supply, and a project's planned figures at full production. Each is drawn from a stream of
 * its own, seeded by the parcel's or project's id, so that adding them shifts none of the other data.
 */
final class StandardLand {

    /** A parcel's indicators: 万元/亩 (tax and output a year) and 吨标煤/万元 of output. */
    record Indicators(
            double minInvestmentWanYuanMu,
            double minTaxWanYuanMu,
            double minOutputWanYuanMu,
            double maxEnergyTceWanYuan) {}

    /** A project's planned figures: 万元 a year and 吨标煤 a year. */
    record Planned(double taxWanYuanYear, double outputWanYuanYear, double energyTceYear) {}

    private static final long PARCEL_SALT = 0x5eed_1600_0001L;
    private static final long PROJECT_SALT = 0x5eed_1600_0002L;

    private StandardLand() {}

    /**
     * Most land on offer and most supplied land (whose 达产 is checked) carries indicators; warehouse
     * land and about a fifth of the rest do not. New industrial land (M0) asks for more.
     */
    static Indicators indicators(long parcelId, String planningUse, String status) {
        Rng rng = new Rng(PARCEL_SALT ^ (parcelId * 0x9E37_79B9_7F4A_7C15L));
        double share = switch (status) {
            case "AVAILABLE" -> 0.85;
            case "RESERVE" -> 0.5;
            default -> 0.7;
        };
        if ("W".equals(planningUse) || !rng.chance(share)) {
            return null;
        }
        boolean m0 = "M0".equals(planningUse);
        return new Indicators(
                Rounding.toStep(m0 ? rng.between(400, 600) : rng.between(250, 450), 10),
                Rounding.toStep(m0 ? rng.between(30, 60) : rng.between(15, 40), 1),
                Rounding.toStep(m0 ? rng.between(800, 1500) : rng.between(400, 1000), 10),
                Rounding.round(rng.between(0.03, 0.12), 3));
    }

    /** About half the projects that look for land state their planned figures. */
    static Planned planned(long projectId, boolean land, double investmentWanYuan) {
        Rng rng = new Rng(PROJECT_SALT ^ (projectId * 0x9E37_79B9_7F4A_7C15L));
        if (!land || !rng.chance(0.5)) {
            return null;
        }
        double output = Rounding.toStep(investmentWanYuan * rng.between(0.8, 2.5), 10);
        return new Planned(
                Rounding.toStep(investmentWanYuan * rng.between(0.04, 0.12), 10),
                output,
                Rounding.toStep(output * rng.between(0.01, 0.04), 1));
    }
}
