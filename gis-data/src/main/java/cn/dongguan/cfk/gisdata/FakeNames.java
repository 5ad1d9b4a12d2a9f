package cn.dongguan.cfk.gisdata;

import java.util.List;

/** Invented contact details: common names and phone numbers that belong to nobody in particular. */
final class FakeNames {

    private static final List<String> SURNAMES = List.of(
            "陈", "李", "黄", "张", "王", "刘", "林", "叶", "何", "梁", "罗", "钟", "郑", "吴", "周", "蔡", "谢", "邓", "袁", "卢", "莫",
            "麦", "冯", "祁");
    private static final List<String> GIVEN_NAMES = List.of(
            "志明", "伟强", "丽华", "建国", "晓燕", "文杰", "嘉欣", "国强", "秀英", "俊杰", "少芳", "永康", "慧敏", "家豪", "美玲", "振华", "海燕", "子健",
            "敏仪", "锦权", "淑贞", "炳坤", "颖", "涛", "芳", "斌");
    private static final List<String> MOBILE_PREFIXES = List.of("138", "139", "137", "136", "135", "150", "186");

    private FakeNames() {}

    static String person(Rng rng) {
        return rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
    }

    /** A Dongguan landline, 0769-2xxxxxxx. */
    static String landline(Rng rng) {
        return "0769-2" + rng.digits(7);
    }

    static String mobile(Rng rng) {
        return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
    }
}
