package cn.dongguan.cfk.geometry;

/**
 * The limits of inventory writes (buildings, units, parcels), in one place: the lengths of text fields
 * (the widths of their columns), the smallest area a geometry may cover, how many listings one
 * request confirms. Free text is kept trimmed, and blank text is none.
 */
public final class InventoryInput {

    public static final int NAME_LENGTH = 128;
    public static final int ADDRESS_LENGTH = 256;
    public static final int STRUCTURE_LENGTH = 32;
    public static final int PARCEL_NO_LENGTH = 32;

    /** How many listings one request may confirm. */
    public static final int CONFIRM_AT_ONCE = 5000;

    /** A footprint or boundary covering less is taken for a mistake in the coordinates or their CRS. */
    public static final int MIN_AREA_M2 = 1;

    private InventoryInput() {}
}
