package cn.dongguan.cfk.gisdata;

import java.util.List;

/** The 19 industry codes of the backend's V2__industry_catalogue.sql, in catalogue order. */
final class IndustryCatalogue {

    record Industry(String code, String name, String companyWord) {}

    static final List<Industry> ALL = List.of(
            new Industry("NEW_GEN_ICT", "新一代电子信息", "电子科技"),
            new Industry("HIGH_END_EQUIPMENT", "高端装备", "智能装备"),
            new Industry("SEMICONDUCTOR", "半导体及集成电路", "半导体"),
            new Industry("NEW_MATERIALS", "新材料", "新材料科技"),
            new Industry("NEW_ENERGY", "新能源", "新能源科技"),
            new Industry("BIOMEDICINE", "生物医药及高端医疗器械", "医疗器械"),
            new Industry("ARTIFICIAL_INTELLIGENCE", "人工智能", "智能科技"),
            new Industry("LOW_ALTITUDE", "低空经济", "航空科技"),
            new Industry("SIX_G", "6G", "通信技术"),
            new Industry("FRONTIER_MATERIALS", "前沿新材料", "材料研究"),
            new Industry("EMBODIED_AI", "具身智能", "机器人"),
            new Industry("FUTURE_HEALTH", "未来生命健康", "生命科技"),
            new Industry("ELECTRICAL_MACHINERY", "电气机械及设备", "电气"),
            new Industry("GENERAL_EQUIPMENT", "通用设备", "机械"),
            new Industry("TEXTILES_APPAREL", "纺织服装", "服饰"),
            new Industry("FOOD_BEVERAGE", "食品饮料", "食品"),
            new Industry("PAPER", "造纸及纸制品", "纸业"),
            new Industry("FURNITURE", "家具", "家具"),
            new Industry("TOYS", "玩具", "玩具"));

    private IndustryCatalogue() {}

    static Industry byCode(String code) {
        return ALL.stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown industry " + code));
    }

    static int order(String code) {
        return ALL.indexOf(byCode(code));
    }
}
