package cn.dongguan.cfk.matching;

/** What the building-level filters read: a building's fire-hazard class and where it is. */
interface BuildingTraits {

    /** The most hazardous class of production the building allows (甲 … 戊); null when unknown. */
    String fireHazardClass();

    String townCode();

    /** Null outside the parks. */
    String parkCode();
}
