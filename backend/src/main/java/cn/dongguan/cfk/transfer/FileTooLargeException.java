package cn.dongguan.cfk.transfer;

import org.springframework.util.unit.DataSize;

/** An upload over the imports' size limit: 413. */
class FileTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String zh;

    FileTooLargeException(DataSize limit) {
        super("The file is larger than the import limit of " + megabytes(limit) + " MB");
        this.zh = "文件超过导入上限 " + megabytes(limit) + " MB";
    }

    private static long megabytes(DataSize limit) {
        return Math.max(1, limit.toMegabytes());
    }
}
