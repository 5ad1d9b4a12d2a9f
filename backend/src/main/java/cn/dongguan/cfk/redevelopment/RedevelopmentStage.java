package cn.dongguan.cfk.redevelopment;

/** A redevelopment project's stage; a project moves one stage forward at a time. */
enum RedevelopmentStage {
    APPROVED("立项"),
    DEMOLITION("拆除"),
    CONSTRUCTION("在建"),
    COMPLETED("竣工");

    private final String zh;

    RedevelopmentStage(String zh) {
        this.zh = zh;
    }

    String zh() {
        return zh;
    }

    /** The next stage only: no skipping, no going back. */
    boolean canMoveTo(RedevelopmentStage next) {
        return next.ordinal() == ordinal() + 1;
    }
}
