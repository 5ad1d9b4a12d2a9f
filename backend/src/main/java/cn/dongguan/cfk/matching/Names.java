package cn.dongguan.cfk.matching;

import java.util.Map;

/** Names of towns, parks and industries for the reasons, by code. */
record Names(Map<String, String[]> towns, Map<String, String> parks, Map<String, String[]> industries) {

    static final Names NONE = new Names(Map.of(), Map.of(), Map.of());

    String townZh(String code) {
        return name(towns, code, 0);
    }

    String townEn(String code) {
        return name(towns, code, 1);
    }

    String parkZh(String code) {
        String name = parks.get(code);
        return name == null ? code : name;
    }

    String parkEn(String code) {
        return "park " + code;
    }

    String industryZh(String code) {
        return name(industries, code, 0);
    }

    String industryEn(String code) {
        return name(industries, code, 1);
    }

    String placeZh(String townCode, String parkCode) {
        return parkCode == null ? townZh(townCode) : townZh(townCode) + " · " + parkZh(parkCode);
    }

    String placeEn(String townCode, String parkCode) {
        return parkCode == null ? townEn(townCode) : townEn(townCode) + ", " + parkEn(parkCode);
    }

    /** The name in Chinese (0) or English (1); the code itself when it has none. */
    private static String name(Map<String, String[]> names, String code, int language) {
        String[] both = names.get(code);
        return both == null ? code : both[language];
    }
}
