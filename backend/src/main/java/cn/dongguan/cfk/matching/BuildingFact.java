package cn.dongguan.cfk.matching;

import java.util.List;

/**
 * A building as matching reads it, with all its units (any status, so whole floors can be told from
 * part floors); {@code x, y} is its centroid in EPSG:4547 metres.
 */
record BuildingFact(
        long id,
        String name,
        String parkCode,
        String townCode,
        String fireHazardClass,
        double x,
        double y,
        List<UnitFact> units)
        implements BuildingTraits {

    BuildingFact {
        units = List.copyOf(units);
    }

    Site site() {
        return new Site(parkCode, townCode, x, y);
    }
}
