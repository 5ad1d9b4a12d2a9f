package cn.dongguan.cfk.gisdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 32 towns and subdistricts with their approximate centres. The centres are read from
 * {@code cfk-sample/dongguan-town-centres.tsv}, a copy of the project's shared reference file
 * {@code shared/data/dongguan-town-centres.tsv} (approximate town-centre positions, not survey data).
 */
final class TownCatalogue {

    static final String CENTRES_RESOURCE = "/cfk-sample/dongguan-town-centres.tsv";

    record TownCentre(String code, String name, String nameEn, String abbreviation, double lon, double lat) {}

    /** Chinese name without 镇/街道 → {code (pinyin, no tones), abbreviation used in parcel numbers}. */
    private static final Map<String, String[]> CODES = Map.ofEntries(
            Map.entry("东城", new String[] {"DONGCHENG", "DC"}),
            Map.entry("万江", new String[] {"WANJIANG", "WJ"}),
            Map.entry("望牛墩", new String[] {"WANGNIUDUN", "WND"}),
            Map.entry("莞城", new String[] {"GUANCHENG", "GC"}),
            Map.entry("道滘", new String[] {"DAOJIAO", "DJ"}),
            Map.entry("常平", new String[] {"CHANGPING", "CP"}),
            Map.entry("南城", new String[] {"NANCHENG", "NC"}),
            Map.entry("厚街", new String[] {"HOUJIE", "HJ"}),
            Map.entry("樟木头", new String[] {"ZHANGMUTOU", "ZMT"}),
            Map.entry("虎门", new String[] {"HUMEN", "HM"}),
            Map.entry("长安", new String[] {"CHANGAN", "CA"}),
            Map.entry("大朗", new String[] {"DALANG", "DL"}),
            Map.entry("黄江", new String[] {"HUANGJIANG", "HUJ"}),
            Map.entry("塘厦", new String[] {"TANGXIA", "TX"}),
            Map.entry("凤岗", new String[] {"FENGGANG", "FG"}),
            Map.entry("清溪", new String[] {"QINGXI", "QX"}),
            Map.entry("谢岗", new String[] {"XIEGANG", "XG"}),
            Map.entry("桥头", new String[] {"QIAOTOU", "QT"}),
            Map.entry("石龙", new String[] {"SHILONG", "SL"}),
            Map.entry("石碣", new String[] {"SHIJIE", "SJ"}),
            Map.entry("高埗", new String[] {"GAOBU", "GB"}),
            Map.entry("中堂", new String[] {"ZHONGTANG", "ZT"}),
            Map.entry("洪梅", new String[] {"HONGMEI", "HOM"}),
            Map.entry("麻涌", new String[] {"MACHONG", "MC"}),
            Map.entry("沙田", new String[] {"SHATIAN", "ST"}),
            Map.entry("茶山", new String[] {"CHASHAN", "CS"}),
            Map.entry("企石", new String[] {"QISHI", "QS"}),
            Map.entry("横沥", new String[] {"HENGLI", "HL"}),
            Map.entry("寮步", new String[] {"LIAOBU", "LB"}),
            Map.entry("东坑", new String[] {"DONGKENG", "DK"}),
            Map.entry("石排", new String[] {"SHIPAI", "SP"}),
            Map.entry("大岭山", new String[] {"DALINGSHAN", "DLS"}));

    private TownCatalogue() {}

    /** The towns in the order of the file. */
    static List<TownCentre> load() {
        try (InputStream in = TownCatalogue.class.getResourceAsStream(CENTRES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CENTRES_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<TownCentre> towns = new ArrayList<>();
            reader.readLine(); // header: name, lon, lat
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                towns.add(centre(f[0].trim(), Double.parseDouble(f[1]), Double.parseDouble(f[2])));
            }
            return towns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TownCentre centre(String name, double lon, double lat) {
        boolean subdistrict = name.endsWith("街道");
        String shortName = subdistrict
                ? name.substring(0, name.length() - 2)
                : name.endsWith("镇") ? name.substring(0, name.length() - 1) : name;
        String[] code = CODES.get(shortName);
        if (code == null) {
            throw new IllegalStateException("no code for town " + name);
        }
        String nameEn = code[0].charAt(0)
                + code[0].substring(1).toLowerCase(java.util.Locale.ROOT)
                + (subdistrict ? " Subdistrict" : " Town");
        return new TownCentre(code[0], name, nameEn, code[1], lon, lat);
    }
}
