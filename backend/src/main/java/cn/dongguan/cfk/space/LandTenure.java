package cn.dongguan.cfk.space;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Who owns the land under a building, as stored and sent in JSON. */
enum LandTenure {
    STATE("国有"),
    COLLECTIVE("集体");

    private final String code;

    LandTenure(String code) {
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

    /** The stored code's tenure; null for none. */
    static LandTenure of(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(t -> t.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown stored land tenure " + code));
    }
}
