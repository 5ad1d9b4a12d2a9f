package cn.dongguan.cfk.efficiency;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A 亩均效益 grade: A (the best) to D (the worst). */
public enum Grade {
    A,
    B,
    C,
    D;

    public static final List<String> CODES =
            Arrays.stream(values()).map(Enum::name).toList();

    /** The grade of a stored code; empty for none (not evaluated). */
    public static Optional<Grade> of(String code) {
        return code == null ? Optional.empty() : Optional.of(valueOf(code));
    }
}
