package cn.dongguan.cfk.matching;

/** The hard filters of SPEC §6, by the name the answer gives them. */
enum HardFilter {
    SITE_KIND("siteKind"),
    AREA("area"),
    CEILING_HEIGHT("ceilingHeight"),
    FLOOR_LOAD("floorLoad"),
    POWER("power"),
    RENT("rent"),
    FIRE_CLASS("fireClass"),
    PLANNING_USE("planningUse"),
    AVAILABILITY("availability"),
    LOCATION("location");

    private final String key;

    HardFilter(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
