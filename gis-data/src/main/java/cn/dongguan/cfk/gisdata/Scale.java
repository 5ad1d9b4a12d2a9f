package cn.dongguan.cfk.gisdata;

/**
 * How much to generate. Towns and parks are the same at every scale; the targets are met closely
 * but not exactly, since buildings and parcels come in whole blocks.
 */
enum Scale {
    SMALL(3_000, 300, 430, 170, 200, 30, new double[] {0.6, 0.3, 0.1}),
    /** Mostly low-rise village estates, so floors are let in smaller pieces to reach about 250,000 units. */
    CITY(14_000, 46_000, 3_000, 12_000, 4_000, 300, new double[] {0.3, 0.45, 0.25});

    final int parkBuildings;
    final int villageBuildings;
    final int parkParcels;
    final int villageParcels;
    final int enterprises;
    final int projects;
    /** How often a floor is let as 1, 2 or 3 units. */
    final double[] unitsPerFloorWeights;

    Scale(
            int parkBuildings,
            int villageBuildings,
            int parkParcels,
            int villageParcels,
            int enterprises,
            int projects,
            double[] unitsPerFloorWeights) {
        this.parkBuildings = parkBuildings;
        this.villageBuildings = villageBuildings;
        this.parkParcels = parkParcels;
        this.villageParcels = villageParcels;
        this.enterprises = enterprises;
        this.projects = projects;
        this.unitsPerFloorWeights = unitsPerFloorWeights;
    }

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Scale of(String id) {
        for (Scale s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scale '" + id + "' (small or city)");
    }
}
