package cn.dongguan.cfk.enquiry;

/** The way an enquiry is worked: it only moves forward, and may be closed at any time. */
enum EnquiryStatus {
    NEW,
    CONTACTED,
    VIEWING,
    CLOSED;

    boolean canMoveTo(EnquiryStatus next) {
        return next.ordinal() >= ordinal();
    }
}
