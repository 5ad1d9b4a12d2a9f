package cn.dongguan.cfk.space;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The kinds of building, as stored and sent in JSON (the schema checks the same list). */
enum BuildingType {
    STANDARD("标准厂房"),
    DETACHED("独立厂房"),
    MULTI_STOREY("多层厂房"),
    RESEARCH("研发楼"),
    WAREHOUSE("仓库");

    private final String code;

    BuildingType(String code) {
        this.code = code;
    }

    @JsonValue
    String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    static BuildingType of(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown stored building type " + code));
    }
}
