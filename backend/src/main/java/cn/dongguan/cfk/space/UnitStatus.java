package cn.dongguan.cfk.space;

/** Whether a unit is vacant (空置), reserved (已预订) or occupied (已占用), as stored and sent in JSON. */
enum UnitStatus {
    VACANT,
    RESERVED,
    OCCUPIED
}
