package cn.dongguan.cfk.gisdata;

import java.util.List;

/** The industry codes of the backend's V2__industry_catalogue.sql, copied here so the tests check the generator's list. */
final class Industries {

    static final List<String> CODES = List.of(
            "NEW_GEN_ICT",
            "HIGH_END_EQUIPMENT",
            "SEMICONDUCTOR",
            "NEW_MATERIALS",
            "NEW_ENERGY",
            "BIOMEDICINE",
            "ARTIFICIAL_INTELLIGENCE",
            "LOW_ALTITUDE",
            "SIX_G",
            "FRONTIER_MATERIALS",
            "EMBODIED_AI",
            "FUTURE_HEALTH",
            "ELECTRICAL_MACHINERY",
            "GENERAL_EQUIPMENT",
            "TEXTILES_APPAREL",
            "FOOD_BEVERAGE",
            "PAPER",
            "FURNITURE",
            "TOYS");

    private Industries() {}
}
