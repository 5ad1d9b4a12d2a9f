package cn.dongguan.cfk.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fire-hazard classes of production (火灾危险性, GB 50016), from the most hazardous (甲) to the least (戊).
 * A building allows a class at most and hosts that class and every less hazardous one: a building
 * allowing 丙 hosts 丙, 丁 and 戊. JSON and messages show the class by its character. The SQL twin is
 * {@code fire_hazard_rank(text)} (V50).
 */
public enum FireHazardClass {
    JIA("甲"),
    YI("乙"),
    BING("丙"),
    DING("丁"),
    WU("戊");

    private final String code;

    FireHazardClass(String code) {
        this.code = code;
    }

    /** The Chinese character stored and sent in JSON. */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /** 1 for 甲 … 5 for 戊, as {@code fire_hazard_rank} in SQL. */
    public int rank() {
        return ordinal() + 1;
    }

    /** Whether a building allowing this class hosts production of {@code production}. */
    public boolean hosts(FireHazardClass production) {
        return production.rank() >= rank();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(FireHazardClass::code).toList();
    }

    public static Optional<FireHazardClass> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** The class, or a 400 naming {@code field}; null for null. */
    public static FireHazardClass parse(String code, String field) {
        if (code == null) {
            return null;
        }
        return of(code.trim())
                .orElseThrow(() -> new BadRequestException(
                        field,
                        "字段 " + field + " 的值 “" + code + "” 无效，火灾危险性类别应为 " + String.join("、", codes()),
                        "Field '" + field + "' has an invalid value '" + code + "': fire-hazard classes are "
                                + String.join(", ", codes())));
    }
}
