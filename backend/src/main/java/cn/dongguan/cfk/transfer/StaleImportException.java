package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.shared.BadRequestException;

/** A record an import would change was changed since its preview: the commit writes nothing. */
class StaleImportException extends ImportConflictException {

    private static final long serialVersionUID = 1L;

    StaleImportException(String zh, String en) {
        super(zh, en);
    }

    /** A row the commit's own checks refused (its geometry now overlaps a feature written since the preview). */
    static StaleImportException row(int row, BadRequestException e) {
        return new StaleImportException(
                "第 " + row + " 行：" + e.messageZh() + "（自预览以来数据已变化，未写入任何数据）",
                "Row " + row + ": " + e.getMessage() + " (the data changed since the preview; nothing was written)");
    }

    /** {@code what} is "中文|English". */
    static void requireAll(int written, int expected, String what) {
        String[] names = what.split("\\|");
        if (written != expected) {
            throw new StaleImportException(
                    Math.abs(expected - written) + " 个" + names[0] + "在预览之后被修改：请重新导入以核对最新数据",
                    Math.abs(expected - written) + " " + names[names.length - 1]
                            + " changed since the preview: import the file again to check it against them");
        }
    }
}
