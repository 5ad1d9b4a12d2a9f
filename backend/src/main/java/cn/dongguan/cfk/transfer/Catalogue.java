package cn.dongguan.cfk.transfer;

import static cn.dongguan.cfk.transfer.Column.Part.KEY;
import static cn.dongguan.cfk.transfer.Column.Part.READ_ONLY;
import static cn.dongguan.cfk.transfer.Column.Part.REFERENCE;
import static cn.dongguan.cfk.transfer.ColumnType.BOOLEAN;
import static cn.dongguan.cfk.transfer.ColumnType.CODE;
import static cn.dongguan.cfk.transfer.ColumnType.DATE;
import static cn.dongguan.cfk.transfer.ColumnType.DECIMAL;
import static cn.dongguan.cfk.transfer.ColumnType.INTEGER;
import static cn.dongguan.cfk.transfer.ColumnType.TEXT;
import static cn.dongguan.cfk.transfer.ColumnType.TIMESTAMP;
import static cn.dongguan.cfk.transfer.ColumnType.WKT;

import cn.dongguan.cfk.efficiency.Grade;
import cn.dongguan.cfk.enterprise.EnterpriseRules;
import cn.dongguan.cfk.land.ParcelRules;
import cn.dongguan.cfk.shared.FireHazardClass;
import cn.dongguan.cfk.space.InventoryRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column catalogue, one list per layer: what templates, exports and imports of a layer have,
 * declared once. Enumerations come from their owners (the features' rules); the codes of parks,
 * towns and industries from the database.
 */
final class Catalogue {

    static final String PARK_CODES = "parks";
    static final String TOWN_CODES = "towns";
    static final String INDUSTRY_CODES = "industries";

    private static final Column ID = Column.of("id", "编号", "Id", INTEGER)
            .part(KEY)
            .note(
                    "系统编号：填写则更新该记录，留空则按自然键匹配或新增",
                    "The system's id: given, it updates that record; blank, the natural key matches or a new record is added")
            .build();

    private static final Column PARK = Column.of("parkCode", "园区编号", "Park code", CODE)
            .values(List.of(PARK_CODES))
            .example("DG-P01")
            .note(
                    "DG-P01 … DG-P35；留空表示园区外（镇村工业园，仅管理员）",
                    "DG-P01 … DG-P35; blank for outside the parks (administrators only)")
            .build();

    private static final Column TOWN = Column.of("townCode", "镇街编号", "Town code", CODE)
            .part(READ_ONLY)
            .note("由几何位置确定", "Follows from the geometry")
            .build();

    private static final Column GEOMETRY_WKT = Column.of("geometryWkt", "几何（WKT）", "Geometry (WKT)", WKT)
            .part(REFERENCE)
            .note(
                    "WKT 多边形，坐标系为导入时所选（默认 EPSG:4326）；留空则保留已有几何",
                    "A WKT polygon in the import's CRS (default EPSG:4326); blank keeps the stored geometry")
            .build();

    /** A point inside the unit's building (WGS84): what GIS exports of units and spaces carry as geometry. */
    static final Column LOCATION = Column.of("geometryWkt", "位置（WKT）", "Location (WKT)", WKT)
            .part(READ_ONLY)
            .note("楼栋轮廓内的一点（WGS84），仅 GIS 格式导出", "A point inside the building's footprint (WGS84), in GIS exports only")
            .build();

    private static final Column BOUNDARY = Column.of("geometryWkt", "边界（WKT）", "Boundary (WKT)", WKT)
            .part(REFERENCE)
            .note(
                    "多边形或多多边形；GIS 文件中为要素的几何，坐标系取自文件或导入时所选；留空则保留已有边界",
                    "A polygon or multipolygon; in a GIS file the feature's geometry, in the file's or the chosen CRS; blank keeps the stored boundary")
            .build();

    static final List<Column> BUILDINGS = List.of(
            ID,
            PARK,
            TOWN,
            Column.of("name", "楼栋名称", "Name", TEXT)
                    .part(KEY)
                    .required()
                    .example("A1栋")
                    .note("与园区编号一起识别楼栋", "With the park code, identifies the building")
                    .build(),
            Column.of("address", "地址", "Address", TEXT).example("东莞市东城街道示例路1号").build(),
            Column.of("type", "类型", "Type", CODE)
                    .values(InventoryRules.buildingTypes())
                    .required()
                    .example("标准厂房")
                    .build(),
            Column.of("floors", "层数", "Floors", INTEGER)
                    .unit("层")
                    .required()
                    .example("3")
                    .build(),
            Column.of("floorAreaM2", "建筑面积", "Floor area", DECIMAL)
                    .unit("m²")
                    .example("2400")
                    .note("留空则按轮廓面积 × 层数计算", "Blank: footprint area × floors")
                    .build(),
            Column.of("structure", "结构", "Structure", TEXT).example("框架结构").build(),
            Column.of("yearBuilt", "建成年份", "Year built", INTEGER)
                    .example("2018")
                    .build(),
            Column.of("landTenure", "土地性质", "Land tenure", CODE)
                    .values(List.of("国有", "集体"))
                    .example("国有")
                    .build(),
            Column.of("titleCertificate", "产权证", "Title certificate", BOOLEAN)
                    .example("是")
                    .note("是 / 否", "是 (yes) / 否 (no)")
                    .build(),
            Column.of("cargoLiftCount", "货梯数量", "Cargo lifts", INTEGER)
                    .unit("台")
                    .example("2")
                    .build(),
            Column.of("cargoLiftTonnes", "货梯载重", "Cargo lift load", DECIMAL)
                    .unit("吨")
                    .example("3")
                    .build(),
            Column.of("fireHazardClass", "火灾危险性", "Fire-hazard class", CODE)
                    .values(FireHazardClass.codes())
                    .example("丙")
                    .note("楼栋允许的最高火灾危险性类别", "The most hazardous class the building allows")
                    .build(),
            Column.of("lon", "经度", "Longitude", DECIMAL)
                    .part(REFERENCE)
                    .note(
                            "无编号时，可用楼栋轮廓内的一点（WGS84 经纬度）指认已有楼栋",
                            "Without an id, a point (WGS84) inside a stored footprint names that building")
                    .build(),
            Column.of("lat", "纬度", "Latitude", DECIMAL).part(REFERENCE).build(),
            GEOMETRY_WKT);

    private static final Map<String, String> UNIT_STATUS_ZH =
            Map.of("空置", "VACANT", "已预订", "RESERVED", "已占用", "OCCUPIED");

    static final List<Column> UNITS = List.of(
            ID,
            Column.of("parkCode", "园区编号", "Park code", CODE)
                    .part(REFERENCE)
                    .values(List.of(PARK_CODES))
                    .example("DG-P01")
                    .note("与楼栋名称一起指认楼栋", "With the building's name, names the building")
                    .build(),
            Column.of("buildingId", "楼栋编号", "Building id", INTEGER)
                    .part(REFERENCE)
                    .note("单元所在楼栋（或填园区编号 + 楼栋名称）", "The unit's building (or the park code and building name)")
                    .build(),
            Column.of("buildingName", "楼栋名称", "Building name", TEXT)
                    .part(REFERENCE)
                    .example("A1栋")
                    .build(),
            Column.of("floorFrom", "起始楼层", "Floor from", INTEGER)
                    .part(KEY)
                    .required()
                    .example("1")
                    .build(),
            Column.of("floorTo", "结束楼层", "Floor to", INTEGER)
                    .part(KEY)
                    .example("1")
                    .note("留空表示与起始楼层相同", "Blank: the same as floor from")
                    .build(),
            Column.of("position", "同层序号", "Position", INTEGER)
                    .part(KEY)
                    .note(
                            "同一楼栋同一楼层范围内的第几个单元（按编号顺序，从 1 起）；只有一个时可留空",
                            "Which unit of the building on these floors (in id order, from 1); blank when there is one")
                    .build(),
            Column.of("areaM2", "面积", "Area", DECIMAL)
                    .unit("m²")
                    .required()
                    .example("1000")
                    .build(),
            Column.of("vacantAreaM2", "空置面积", "Vacant area", DECIMAL)
                    .unit("m²")
                    .example("1000")
                    .note("留空则随状态：空置为整个单元，否则为 0", "Blank follows the status: all of the unit when vacant, else 0")
                    .build(),
            Column.of("ceilingHeightM", "层高", "Ceiling height", DECIMAL)
                    .unit("m")
                    .example("6")
                    .build(),
            Column.of("floorLoadKgM2", "楼面荷载", "Floor load", DECIMAL)
                    .unit("kg/m²")
                    .example("1500")
                    .build(),
            Column.of("powerKva", "可配电容量", "Power", DECIMAL)
                    .unit("kVA")
                    .example("400")
                    .build(),
            Column.of("rentYuanM2Month", "租金", "Rent", DECIMAL)
                    .unit("元/m²·月")
                    .example("25")
                    .build(),
            Column.of("status", "状态", "Status", CODE)
                    .values(InventoryRules.unitStatuses())
                    .synonyms(UNIT_STATUS_ZH)
                    .required()
                    .example("VACANT")
                    .note("VACANT 空置 / RESERVED 已预订 / OCCUPIED 已占用", "VACANT / RESERVED / OCCUPIED")
                    .build(),
            Column.of("availableFrom", "可用日期", "Available from", DATE)
                    .example("2025-07-01")
                    .build(),
            Column.of("occupantCreditCode", "占用企业信用代码", "Occupant's credit code", TEXT)
                    .part(REFERENCE)
                    .personal()
                    .note(
                            "占用企业的统一社会信用代码（须为已登记企业）",
                            "The occupant's unified social credit code (a registered enterprise)")
                    .build(),
            Column.of("occupantName", "占用企业名称", "Occupant", TEXT)
                    .part(READ_ONLY)
                    .personal()
                    .build(),
            Column.of("buildingType", "楼栋类型", "Building type", TEXT)
                    .part(READ_ONLY)
                    .build(),
            Column.of("address", "地址", "Address", TEXT).part(READ_ONLY).build(),
            Column.of("fireHazardClass", "火灾危险性", "Fire-hazard class", TEXT)
                    .part(READ_ONLY)
                    .build(),
            Column.of("parkName", "园区名称", "Park", TEXT).part(READ_ONLY).build(),
            TOWN,
            Column.of("townName", "镇街", "Town", TEXT).part(READ_ONLY).build(),
            Column.of("lastConfirmedAt", "最近确认时间", "Last confirmed", TIMESTAMP)
                    .part(READ_ONLY)
                    .build(),
            Column.of("stale", "待核实", "To confirm", BOOLEAN).part(READ_ONLY).build());

    static final List<Column> PARCELS = List.of(
            ID,
            Column.of("parcelNo", "宗地编号", "Parcel number", TEXT)
                    .part(KEY)
                    .required()
                    .example("DG2025-001")
                    .build(),
            PARK,
            TOWN,
            Column.of("areaM2", "面积", "Area", DECIMAL)
                    .unit("m²")
                    .part(READ_ONLY)
                    .note("由边界计算", "Computed from the boundary")
                    .build(),
            Column.of("areaMu", "面积", "Area", DECIMAL).unit("亩").part(READ_ONLY).build(),
            Column.of("planningUse", "规划用途", "Planning use", CODE)
                    .values(ParcelRules.planningUses())
                    .required()
                    .example("M1")
                    .note("M0 新型产业用地 / M1 / M2 / M3 / W 仓储", "M0 new industry / M1 / M2 / M3 / W warehouse")
                    .build(),
            Column.of("plotRatioMin", "容积率下限", "Plot ratio min", DECIMAL)
                    .example("1.5")
                    .build(),
            Column.of("plotRatioMax", "容积率上限", "Plot ratio max", DECIMAL)
                    .example("3")
                    .build(),
            Column.of("buildingDensity", "建筑密度", "Building density", DECIMAL)
                    .example("0.45")
                    .note("0–1", "0–1")
                    .build(),
            Column.of("greenRatio", "绿地率", "Green ratio", DECIMAL)
                    .example("0.15")
                    .note("0–1", "0–1")
                    .build(),
            Column.of("heightLimitM", "限高", "Height limit", DECIMAL)
                    .unit("m")
                    .example("50")
                    .build(),
            Column.of("developmentState", "开发状态", "Development state", CODE)
                    .values(ParcelRules.developmentStates())
                    .synonyms(Map.of("生地", "RAW", "现状", "RAW", "熟地", "READY"))
                    .example("READY")
                    .note("RAW 现状/生地 / READY 熟地", "RAW / READY")
                    .build(),
            Column.of("status", "供应状态", "Status", CODE)
                    .values(ParcelRules.statuses())
                    .synonyms(Map.of(
                            "储备", "RESERVE",
                            "可供应", "AVAILABLE",
                            "已出让", "SUPPLIED",
                            "在建", "UNDER_CONSTRUCTION",
                            "已建成", "BUILT"))
                    .required()
                    .example("AVAILABLE")
                    .note(
                            "RESERVE 储备 / AVAILABLE 可供应 / SUPPLIED 已出让 / UNDER_CONSTRUCTION 在建 / BUILT 已建成",
                            "RESERVE / AVAILABLE / SUPPLIED / UNDER_CONSTRUCTION / BUILT")
                    .build(),
            Column.of("referencePriceWanYuan", "参考价格", "Reference price", DECIMAL)
                    .unit("万元")
                    .example("1200")
                    .build(),
            Column.of("earliestSupplyDate", "最早供应日期", "Earliest supply date", DATE)
                    .example("2025-09-01")
                    .build(),
            Column.of("minInvestmentWanYuanMu", "标准地·投资强度下限", "Standard land: min investment intensity", DECIMAL)
                    .unit("万元/亩")
                    .example("300")
                    .note("固定资产投资 ÷ 面积（亩）", "Fixed-asset investment per mu")
                    .build(),
            Column.of("minTaxWanYuanMu", "标准地·亩均税收下限", "Standard land: min annual tax per mu", DECIMAL)
                    .unit("万元/亩")
                    .example("25")
                    .build(),
            Column.of("minOutputWanYuanMu", "标准地·亩均产值下限", "Standard land: min annual output per mu", DECIMAL)
                    .unit("万元/亩")
                    .example("600")
                    .build(),
            Column.of("maxEnergyTceWanYuan", "标准地·单位产值能耗上限", "Standard land: max energy per output", DECIMAL)
                    .unit("吨标煤/万元")
                    .example("0.05")
                    .build(),
            GEOMETRY_WKT);

    static final List<Column> ENTERPRISES = List.of(
            ID,
            Column.of("creditCode", "统一社会信用代码", "Credit code", TEXT)
                    .part(KEY)
                    .required()
                    .example("91441900MA4UJ9XX4E")
                    .note("18 位，含 GB 32100 校验位", "18 characters with the GB 32100 check character")
                    .build(),
            Column.of("name", "企业名称", "Name", TEXT)
                    .required()
                    .example("东莞示例科技有限公司")
                    .build(),
            Column.of("industryCode", "产业编号", "Industry code", CODE)
                    .values(List.of(INDUSTRY_CODES))
                    .example("NEW_ENERGY")
                    .build(),
            Column.of("grade", "亩均效益等级", "Efficiency grade", CODE)
                    .values(EnterpriseRules.GRADES)
                    .example("A")
                    .evaluation()
                    .note(
                            "评价结果，不公开；由亩均效益导入更新为最新年度的等级",
                            "An evaluation result, not public; the efficiency import keeps it the latest year's")
                    .build(),
            Column.of("contactName", "联系人", "Contact", TEXT).personal().build(),
            Column.of("contactPhone", "联系电话", "Phone", TEXT).personal().build(),
            Column.of("contactEmail", "电子邮件", "E-mail", TEXT).personal().build());

    /** 亩均效益 results, one row per enterprise and year (issue 16); not public: staff and administrators only. */
    static final List<Column> EFFICIENCY = List.of(
            Column.of("creditCode", "统一社会信用代码", "Credit code", TEXT)
                    .part(KEY)
                    .required()
                    .example("91441900MA4UJ9XX4E")
                    .note("已登记企业的统一社会信用代码", "The credit code of a registered enterprise")
                    .build(),
            Column.of("year", "评价年度", "Year", INTEGER)
                    .part(KEY)
                    .required()
                    .example("2025")
                    .build(),
            Column.of("enterpriseName", "企业名称", "Enterprise", TEXT)
                    .part(READ_ONLY)
                    .build(),
            Column.of("grade", "评价等级", "Grade", CODE)
                    .values(Grade.CODES)
                    .example("A")
                    .personal()
                    .note(
                            "A / B / C / D；留空则按配置的评价方法由指标计算，指标也空则为未评价",
                            "A / B / C / D; blank: graded from the figures by the configured method, or not evaluated without figures")
                    .build(),
            Column.of("taxPerMu", "亩均税收", "Tax per mu", DECIMAL)
                    .unit("万元/亩")
                    .example("35.6")
                    .personal()
                    .build(),
            Column.of("revenuePerMu", "亩均营业收入", "Revenue per mu", DECIMAL)
                    .unit("万元/亩")
                    .example("820")
                    .personal()
                    .build(),
            Column.of("energyValueAdded", "单位能耗增加值", "Value added per energy use", DECIMAL)
                    .unit("万元/吨标准煤")
                    .example("2.4")
                    .personal()
                    .build(),
            Column.of("rdShare", "研发经费占比", "R&D share", DECIMAL)
                    .example("0.035")
                    .note("研发经费占营业收入的比例，0–1", "R&D spending as a share of revenue, 0–1")
                    .personal()
                    .build(),
            Column.of("landAreaMu", "评价用地面积", "Land area evaluated", DECIMAL)
                    .unit("亩")
                    .example("42.5")
                    .personal()
                    .build(),
            Column.of("gradedBy", "评定方式", "Graded by", TEXT)
                    .part(READ_ONLY)
                    .note("BUREAU 主管部门评定 / METHOD 按评价方法计算 / NONE 未评价", "BUREAU / METHOD / NONE")
                    .build());

    static final List<Column> TOWNS = List.of(
            Column.of("code", "镇街编号", "Code", TEXT).part(KEY).build(),
            Column.of("name", "镇街名称", "Name", TEXT).build(),
            Column.of("nameEn", "英文名称", "English name", TEXT).build(),
            BOUNDARY);

    static final List<Column> PARKS = List.of(
            Column.of("code", "园区编号", "Code", TEXT).part(KEY).build(),
            Column.of("name", "园区名称", "Name", TEXT).build(),
            Column.of("level", "级别", "Level", CODE)
                    .values(List.of("国家级", "省级", "省特色", "市级", "镇村工业园"))
                    .build(),
            Column.of("towns", "所在镇街", "Towns", TEXT)
                    .part(READ_ONLY)
                    .note("由边界确定", "Follows from the boundary")
                    .build(),
            Column.of("industries", "定位产业", "Industries", TEXT)
                    .note("产业编号，以逗号分隔", "Industry codes, comma-separated")
                    .build(),
            Column.of("plannedAreaM2", "规划面积", "Planned area", DECIMAL)
                    .unit("m²")
                    .build(),
            Column.of("managingBody", "管理机构", "Managing body", TEXT).build(),
            Column.of("contactName", "联系人", "Contact", TEXT).personal().build(),
            Column.of("contactPhone", "联系电话", "Phone", TEXT).personal().build(),
            Column.of("floorAreaM2", "建筑面积", "Floor area", DECIMAL)
                    .unit("m²")
                    .part(READ_ONLY)
                    .build(),
            Column.of("vacantAreaM2", "空置面积", "Vacant area", DECIMAL)
                    .unit("m²")
                    .part(READ_ONLY)
                    .build(),
            Column.of("vacancyRate", "空置率", "Vacancy rate", DECIMAL)
                    .part(READ_ONLY)
                    .build(),
            Column.of("availableLandMu", "可供应土地", "Available land", DECIMAL)
                    .unit("亩")
                    .part(READ_ONLY)
                    .build(),
            BOUNDARY);

    private Catalogue() {}

    static Optional<Column> find(List<Column> columns, String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
