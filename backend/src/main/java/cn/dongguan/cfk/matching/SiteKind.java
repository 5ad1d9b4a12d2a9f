package cn.dongguan.cfk.matching;

/** The kind of site a project looks for: floor space, land, or either. */
enum SiteKind {
    SPACE,
    LAND,
    EITHER;

    boolean wantsSpace() {
        return this != LAND;
    }

    boolean wantsLand() {
        return this != SPACE;
    }
}
