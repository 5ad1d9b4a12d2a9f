package cn.dongguan.cfk.land;

/** Where a parcel is in the land supply, from reserve to built. */
enum ParcelStatus {
    RESERVE,
    AVAILABLE,
    SUPPLIED,
    UNDER_CONSTRUCTION,
    BUILT
}
