package cn.dongguan.cfk.park;

import cn.dongguan.cfk.shared.BadRequestException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Park codes DG-P01 … DG-P35, accepted in any letter case. */
public final class ParkCode {

    private static final Pattern CODE = Pattern.compile("DG-P\\d{2}");

    private ParkCode() {}

    /** The canonical code, or a 400 naming {@code field} when the text is not a park code. */
    public static String parse(String text, String field) {
        String code = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new BadRequestException(
                    field,
                    "参数 " + field + "：园区编号 “" + text + "” 格式有误，应为 DG-P01 这样的编号",
                    "Parameter '" + field + "': park code '" + text + "' is malformed, expected a code like DG-P01");
        }
        return code;
    }
}
