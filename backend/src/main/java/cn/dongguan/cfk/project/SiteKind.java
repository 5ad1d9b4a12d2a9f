package cn.dongguan.cfk.project;

/** The kind of site a project looks for: floor space, land, or either. */
public enum SiteKind {
    SPACE,
    LAND,
    EITHER;

    public boolean wantsSpace() {
        return this != LAND;
    }

    public boolean wantsLand() {
        return this != SPACE;
    }
}
