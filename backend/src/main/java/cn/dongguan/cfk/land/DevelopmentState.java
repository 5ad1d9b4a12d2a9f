package cn.dongguan.cfk.land;

/** Whether a parcel is raw land (生地) or ready to build on (熟地). */
enum DevelopmentState {
    RAW,
    READY
}
