package cn.dongguan.cfk.land;

/** Industrial planning uses of land (M0 new industry … M3, W warehouse), as stored and sent in JSON. */
enum PlanningUse {
    M0,
    M1,
    M2,
    M3,
    W
}
