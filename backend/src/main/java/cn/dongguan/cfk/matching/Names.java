package cn.dongguan.cfk.matching;

import java.util.Map;

/** Names of towns, parks and industries for the reasons, by code. */
record Names(Map<String, String[]> towns, Map<String, String> parks, Map<String, String[]> industries) {

    static final Names NONE = new Names(Map.of(), Map.of(), Map.of());

    String townZh(String code) {
        String[] names = towns.get(code);
        return names == null ? code : names[0];
    }

    String townEn(String code) {
        String[] names = towns.get(code);
        return names == null ? code : names[1];
    }

    String parkZh(String code) {
        String name = parks.get(code);
        return name == null ? code : name;
    }

    String parkEn(String code) {
        return "park " + code;
    }

    String industryZh(String code) {
        String[] names = industries.get(code);
        return names == null ? code : names[0];
    }

    String industryEn(String code) {
        String[] names = industries.get(code);
        return names == null ? code : names[1];
    }

    String placeZh(String townCode, String parkCode) {
        return parkCode == null ? townZh(townCode) : townZh(townCode) + " · " + parkZh(parkCode);
    }

    String placeEn(String townCode, String parkCode) {
        return parkCode == null ? townEn(townCode) : townEn(townCode) + ", " + parkEn(parkCode);
    }
}
