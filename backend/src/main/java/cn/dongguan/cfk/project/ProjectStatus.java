package cn.dongguan.cfk.project;

/** The pipeline; a project only moves forward, and may be dropped until it produces. */
enum ProjectStatus {
    INTENT,
    SITING,
    SIGNED,
    STARTED,
    PRODUCING,
    DROPPED;

    boolean canMoveTo(ProjectStatus next) {
        if (next == this) {
            return true;
        }
        if (this == DROPPED || this == PRODUCING) {
            return false;
        }
        return next == DROPPED || next.ordinal() > ordinal();
    }

    /** Not yet under construction: what the overdue list counts. */
    boolean beforeStart() {
        return this == INTENT || this == SITING || this == SIGNED;
    }
}
