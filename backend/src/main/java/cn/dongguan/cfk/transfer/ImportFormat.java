package cn.dongguan.cfk.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A file format an import reads (a seam: the spreadsheet formats are here, the GIS formats join as
 * further beans). It claims files by their name, says whether the bytes are what the name claims,
 * and opens a {@link RowReader}.
 */
interface ImportFormat {

    /** A short code, stored with the job: {@code xlsx}, {@code csv}. */
    String code();

    /** The file name endings it claims, lower case, with the dot. */
    List<String> extensions();

    /** Whether the file's first bytes are of this format. */
    boolean recognises(byte[] head);

    RowReader open(Path file, ImportOptions options);

    default boolean claims(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return extensions().stream().anyMatch(name::endsWith);
    }

    /** What the first bytes look like, for a message when they are not what the name claims. */
    static String describe(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "ZIP 压缩包|a ZIP archive";
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11) {
            return "旧版 Excel .xls（请另存为 .xlsx）|an old Excel .xls file (save it as .xlsx)";
        }
        if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return "PDF 文件|a PDF file";
        }
        for (byte b : head) {
            if (b == 0) {
                return "二进制文件|a binary file";
            }
        }
        return "文本文件|a text file";
    }
}
