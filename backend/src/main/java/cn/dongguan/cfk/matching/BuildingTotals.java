package cn.dongguan.cfk.matching;

import java.math.BigDecimal;

/**
 * What {@link HardFilters#mayPass} reads of a building: its traits and the totals of its units that
 * pass the unit tests (the bounded query's aggregate, or a changed unit's building in the reverse match).
 */
interface BuildingTotals extends BuildingTraits {

    /** The vacant area of the units that pass the unit tests. */
    BigDecimal strictAreaM2();

    /** Their known power (unknown counts nothing). */
    double strictKnownPowerKva();
}
