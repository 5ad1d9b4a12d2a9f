package cn.dongguan.cfk.maplayer;

import static cn.dongguan.cfk.maplayer.FieldType.BOOLEAN;
import static cn.dongguan.cfk.maplayer.FieldType.DATE;
import static cn.dongguan.cfk.maplayer.FieldType.INTEGER;
import static cn.dongguan.cfk.maplayer.FieldType.NUMBER;
import static cn.dongguan.cfk.maplayer.FieldType.NUMBER_ARRAY;
import static cn.dongguan.cfk.maplayer.FieldType.STRING;
import static cn.dongguan.cfk.maplayer.FieldType.STRING_ARRAY;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalogue of map layers: which table, which public attributes in tiles, in OGC features and on
 * the web map, which properties may be filtered on, and at which zooms tiles exist. The only SQL that
 * client input selects is here; occupants and contacts are in none of it. Limits are configured
 * ({@link MapLayerProperties}).
 */
final class Layers {

    /**
     * Tiles exist from z0 to z22 at most; deeper coordinates are refused. Each layer starts where its
     * features are a few pixels wide: towns (about 10 km) at z4, parks (1–3 km) at z6, parcels at
     * z11, buildings at z13; below that its tiles are empty (204).
     */
    static final int MAX_ZOOM = 22;

    // The vacancy figures are the views park_figures and building_vacancy (V55), as everywhere else.
    private static final String PARK_FIGURES = "JOIN park_figures f ON f.park_code = t.code";
    private static final String BUILDING_VACANCY = "JOIN building_vacancy v ON v.building_id = t.id";

    /** A building with a vacant listing confirmed before the cut-off needs confirming (space.Freshness). */
    private static final String BUILDING_STALE = "coalesce(v.oldest_vacant_confirmed_at < :staleBefore, false)";

    private static final String PARCEL_AREA_MU = "m2_to_mu(t.area_m2)";
    private static final String PARK_TOWNS =
            "ARRAY(SELECT pt.town_code FROM park_town pt WHERE pt.park_code = t.code ORDER BY 1)";
    private static final String PARK_INDUSTRIES =
            "ARRAY(SELECT pi.industry_code FROM park_industry pi WHERE pi.park_code = t.code ORDER BY 1)";

    /** Where the web map writes a label: a point inside the (unsimplified) boundary, [lon, lat]. */
    private static final Field LABEL = new Field(
            "label",
            NUMBER_ARRAY,
            "json_build_array(ST_X(ST_PointOnSurface(t.geom)), ST_Y(ST_PointOnSurface(t.geom)))");

    // Attributes that several representations of a layer share, each declared once.
    private static final Field ID = new Field("id", INTEGER, "t.id");
    private static final Field PARK_CODE = new Field("parkCode", STRING, "t.park_code");
    private static final Field TOWN_CODE = new Field("townCode", STRING, "t.town_code");
    private static final Field NAME = new Field("name", STRING, "t.name");
    private static final Field CODE = new Field("code", STRING, "t.code");
    private static final Field TYPE = new Field("type", STRING, "t.type");
    private static final Field FLOORS = new Field("floors", INTEGER, "t.floors");
    private static final Field FLOOR_AREA_M2 = new Field("floorAreaM2", NUMBER, "t.floor_area_m2");
    private static final Field FIRE_HAZARD_CLASS = new Field("fireHazardClass", STRING, "t.fire_hazard_class");
    private static final Field BUILDING_VACANT_M2 = new Field("vacantAreaM2", NUMBER, "v.vacant_area_m2");
    private static final Field BUILDING_VACANCY_SHARE = new Field("vacancyShare", NUMBER, "v.vacancy_share");
    private static final Field STALE = new Field("stale", BOOLEAN, BUILDING_STALE);
    private static final Field PARCEL_NO = new Field("parcelNo", STRING, "t.parcel_no");
    private static final Field PLANNING_USE = new Field("planningUse", STRING, "t.planning_use");
    private static final Field STATUS = new Field("status", STRING, "t.status");
    private static final Field AREA_MU = new Field("areaMu", NUMBER, PARCEL_AREA_MU);

    private static final Field GRADE = new Field("grade", STRING, "t.grade");
    private static final Field OCCUPANTS = new Field("occupants", INTEGER, "t.occupants");
    /** The occupied building, its grade and its occupants by grade: gradeA … gradeD, notEvaluated. */
    private static final List<Field> GRADE_PROPERTIES = Stream.of(
                    Stream.of(ID, NAME, PARK_CODE, TOWN_CODE, GRADE, OCCUPANTS),
                    Stream.of("A", "B", "C", "D")
                            .map(g -> new Field("grade" + g, INTEGER, "t.grade_" + g.toLowerCase(Locale.ROOT))),
                    Stream.of(new Field("notEvaluated", INTEGER, "t.not_evaluated")))
            .flatMap(f -> f)
            .toList();

    private static final List<Field> TOWN_PROPERTIES = List.of(CODE, NAME, new Field("nameEn", STRING, "t.name_en"));

    private static final List<Field> PARK_PROPERTIES = List.of(
            CODE,
            NAME,
            new Field("level", STRING, "t.level"),
            new Field("towns", STRING_ARRAY, PARK_TOWNS),
            new Field("industries", STRING_ARRAY, PARK_INDUSTRIES),
            new Field("floorAreaM2", NUMBER, "f.floor_area_m2"),
            new Field("vacantAreaM2", NUMBER, "f.vacant_area_m2"),
            new Field("vacancyRate", NUMBER, "f.vacancy_rate"),
            new Field("availableLandMu", NUMBER, "f.available_land_mu"));

    /** The web map's properties of a layer of areas: those of its features, and where to write its label. */
    private static List<Field> withLabel(List<Field> properties) {
        return Stream.concat(properties.stream(), Stream.of(LABEL)).toList();
    }

    /** ST_AsMVT would write numeric values as strings; MVT numbers are doubles. Features keep numeric's scale (40.0, not 40), so GIS clients infer real fields. */
    private static String tileNumber(String sql) {
        return "(" + sql + ")::float8";
    }

    static final Layer TOWNS = new Layer(
            "towns",
            "镇街",
            "Towns and streets",
            "东莞市 32 个镇街的边界（示意）",
            "Boundaries of Dongguan's 32 towns and streets (schematic)",
            "town",
            false,
            false,
            new Layer.Tiles(4, MAX_ZOOM, 12, "t.feature_id", "", List.of(CODE, NAME)),
            new Layer.Features("t.code", false, "", TOWN_PROPERTIES, List.of(Queryable.code("code", "t.code"))),
            // About 30 m: invisible at the zooms where the whole city is in view, and a 10th of the size.
            new Layer.WebMap(0.0003, 6, "", withLabel(TOWN_PROPERTIES)));

    static final Layer PARKS = new Layer(
            "parks",
            "产业园区",
            "Industrial parks",
            "35 个现代化产业园区，含空置面积与空置率",
            "The 35 modern industrial parks with vacant floor area and vacancy rate",
            "park",
            false,
            false,
            new Layer.Tiles(
                    6,
                    MAX_ZOOM,
                    12,
                    "t.feature_id",
                    PARK_FIGURES,
                    List.of(
                            CODE,
                            NAME,
                            new Field("vacancyRate", NUMBER, tileNumber("f.vacancy_rate")),
                            new Field("vacantAreaM2", NUMBER, tileNumber("f.vacant_area_m2")))),
            new Layer.Features(
                    "t.code",
                    false,
                    PARK_FIGURES,
                    PARK_PROPERTIES,
                    List.of(
                            Queryable.parkCode("code", "t.code"),
                            Queryable.text("level", "t.level", "国家级", "省级", "省特色", "市级", "镇村工业园"))),
            new Layer.WebMap(0, 6, PARK_FIGURES, withLabel(PARK_PROPERTIES)));

    static final Layer BUILDINGS = new Layer(
            "buildings",
            "楼栋/厂房",
            "Factory buildings",
            "厂房楼栋的轮廓，含空置面积、空置比例与待核实标记",
            "Building footprints with vacant area, vacancy share and the to-confirm flag",
            "building",
            true,
            false,
            new Layer.Tiles(
                    13,
                    MAX_ZOOM,
                    0,
                    "t.id",
                    BUILDING_VACANCY,
                    List.of(
                            ID,
                            PARK_CODE,
                            FLOORS,
                            new Field("vacantAreaM2", NUMBER, tileNumber("v.vacant_area_m2")),
                            new Field("vacancyShare", NUMBER, tileNumber("v.vacancy_share")),
                            STALE)),
            new Layer.Features(
                    "t.id",
                    true,
                    BUILDING_VACANCY,
                    List.of(
                            ID,
                            PARK_CODE,
                            TOWN_CODE,
                            NAME,
                            new Field("address", STRING, "t.address"),
                            TYPE,
                            FLOORS,
                            FLOOR_AREA_M2,
                            BUILDING_VACANT_M2,
                            BUILDING_VACANCY_SHARE,
                            new Field("structure", STRING, "t.structure"),
                            new Field("yearBuilt", INTEGER, "t.year_built"),
                            FIRE_HAZARD_CLASS,
                            STALE),
                    List.of(
                            Queryable.parkCode("parkCode", "t.park_code"),
                            Queryable.code("townCode", "t.town_code"),
                            Queryable.text("type", "t.type", "标准厂房", "独立厂房", "多层厂房", "研发楼", "仓库"))),
            new Layer.WebMap(
                    0,
                    6,
                    BUILDING_VACANCY,
                    List.of(
                            ID,
                            NAME,
                            TYPE,
                            PARK_CODE,
                            TOWN_CODE,
                            FLOORS,
                            FLOOR_AREA_M2,
                            FIRE_HAZARD_CLASS,
                            BUILDING_VACANT_M2,
                            BUILDING_VACANCY_SHARE,
                            new Field("vacantUnits", INTEGER, "v.vacant_units"),
                            STALE)));

    static final Layer PARCELS = new Layer(
            "parcels",
            "地块",
            "Land parcels",
            "土地库地块，含面积（亩）、规划用途与供应状态",
            "Land-bank parcels with area in mu, planning use and supply status",
            "parcel",
            false,
            false,
            new Layer.Tiles(
                    11,
                    MAX_ZOOM,
                    13,
                    "t.id",
                    "",
                    List.of(ID, new Field("areaMu", NUMBER, tileNumber(PARCEL_AREA_MU)), PLANNING_USE, STATUS)),
            new Layer.Features(
                    "t.id",
                    true,
                    "",
                    List.of(
                            ID,
                            PARCEL_NO,
                            PARK_CODE,
                            TOWN_CODE,
                            new Field("areaM2", NUMBER, "t.area_m2"),
                            AREA_MU,
                            PLANNING_USE,
                            new Field("plotRatioMin", NUMBER, "t.plot_ratio_min"),
                            new Field("plotRatioMax", NUMBER, "t.plot_ratio_max"),
                            new Field("buildingDensity", NUMBER, "t.building_density"),
                            new Field("greenRatio", NUMBER, "t.green_ratio"),
                            new Field("heightLimitM", NUMBER, "t.height_limit_m"),
                            new Field("developmentState", STRING, "t.development_state"),
                            STATUS,
                            new Field("referencePriceWanYuan", NUMBER, "t.reference_price_wan_yuan"),
                            new Field("earliestSupplyDate", DATE, "t.earliest_supply_date")),
                    List.of(
                            Queryable.text(
                                    "status",
                                    "t.status",
                                    "RESERVE",
                                    "AVAILABLE",
                                    "SUPPLIED",
                                    "UNDER_CONSTRUCTION",
                                    "BUILT"),
                            Queryable.text("planningUse", "t.planning_use", "M0", "M1", "M2", "M3", "W"),
                            Queryable.code("townCode", "t.town_code"),
                            Queryable.parkCode("parkCode", "t.park_code"))),
            new Layer.WebMap(0, 6, "", List.of(ID, PARCEL_NO, PARK_CODE, PLANNING_USE, STATUS, AREA_MU)));

    /**
     * Occupied buildings by their occupants' 亩均 grade (issue 16), for staff only: the grade of the
     * occupant holding most of the building's occupied floor area and the number of occupants of each
     * grade, as the view {@code building_occupant_grade} (V230) derives them from each enterprise's latest
     * result ({@code enterprise_latest_grade}).
     */
    static final Layer OCCUPANT_GRADES = new Layer(
            "occupant-grades",
            "入驻企业亩均效益等级",
            "Occupants' 亩均 grades",
            "有入驻企业的楼栋，按入驻企业最新亩均效益评价等级（A/B/C/D/未评价）着色；仅供招商人员和管理员",
            "Occupied buildings by their occupants' latest 亩均 grade (A/B/C/D/not evaluated); staff and"
                    + " administrators only",
            "building_occupant_grade",
            false,
            true,
            new Layer.Tiles(13, MAX_ZOOM, 0, "t.id", "", List.of(ID, PARK_CODE, GRADE, OCCUPANTS)),
            new Layer.Features(
                    "t.id",
                    true,
                    "",
                    GRADE_PROPERTIES,
                    List.of(
                            Queryable.text("grade", "t.grade", "A", "B", "C", "D", "NONE"),
                            Queryable.parkCode("parkCode", "t.park_code"),
                            Queryable.code("townCode", "t.town_code"))),
            new Layer.WebMap(0, 6, "", GRADE_PROPERTIES));

    /** The layers anyone may read. */
    static final List<Layer> PUBLIC = List.of(TOWNS, PARKS, BUILDINGS, PARCELS);

    /** Every layer: the public ones and those for staff only. */
    static final List<Layer> ALL = List.of(TOWNS, PARKS, BUILDINGS, PARCELS, OCCUPANT_GRADES);

    private Layers() {}

    static Optional<Layer> byId(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The layer, or a 404 naming the layers there are. */
    static Layer require(String id) {
        return byId(id).orElseThrow(() -> MapLayerProblems.unknownLayer(id));
    }
}
