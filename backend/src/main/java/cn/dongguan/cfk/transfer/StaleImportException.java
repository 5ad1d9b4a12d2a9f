package cn.dongguan.cfk.transfer;

/** A record an import would change was changed since its preview: the commit writes nothing. */
class StaleImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String zh;

    StaleImportException(String zh, String en) {
        super(en);
        this.zh = zh;
    }

    static void requireAll(int written, int expected, String what) {
        if (written != expected) {
            throw new StaleImportException(
                    (expected - written) + " 个" + what + "在预览之后被修改：请重新导入以核对最新数据",
                    (expected - written) + " " + what
                            + " changed since the preview: import the file again to check it against them");
        }
    }
}
