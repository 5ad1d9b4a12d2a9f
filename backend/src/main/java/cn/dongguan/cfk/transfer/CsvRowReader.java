package cn.dongguan.cfk.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180, comma-separated) with Apache Commons CSV, streaming. The character
 * set is the one the user chose, or detected: UTF-8 when the file starts with its byte-order mark or
 * is valid UTF-8 throughout, otherwise GB18030 (which reads GBK and GB2312 too). Every cell is text.
 */
final class CsvRowReader implements RowReader {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final Charset charset;
    private final boolean bom;

    CsvRowReader(Path file, String encoding) {
        this.file = file;
        try {
            this.bom = startsWithBom(file);
            this.charset = encoding == null ? detect(file, bom) : chosen(encoding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String encoding() {
        return charset.name();
    }

    @Override
    public void read(Consumer<SourceRow> row) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (bom) {
                in.skipNBytes(BOM.length);
            }
            Reader reader = new InputStreamReader(in, charset);
            try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
                for (CSVRecord record : parser) {
                    List<Cell> cells = new ArrayList<>(record.size());
                    record.forEach(value -> cells.add(value.isEmpty() ? Cell.EMPTY : Cell.text(value)));
                    row.accept(new SourceRow((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            String why = e.getMessage();
            throw new FileRejected("CSV 文件无法读取：" + why, "The CSV file cannot be read: " + why);
        }
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
        }
    }

    private static Charset detect(Path file, boolean bom) throws IOException {
        if (bom || validUtf8(file)) {
            return StandardCharsets.UTF_8;
        }
        return Charset.forName("GB18030");
    }

    private static boolean validUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(8192);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteBuffer bytes = ByteBuffer.allocate(8192);
            byte[] chunk = new byte[4096];
            int n;
            while ((n = in.read(chunk)) > 0) {
                bytes.put(chunk, 0, n);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError()
                    && !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The character set of a chosen encoding; 400 naming encoding when it is none we read. */
    static Charset chosen(String encoding) {
        return switch (encoding.trim().toUpperCase(Locale.ROOT).replace("_", "-")) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GB18030", "GBK", "GB2312", "CP936" -> Charset.forName("GB18030");
            default ->
                throw new cn.dongguan.cfk.shared.BadRequestException(
                        "encoding",
                        "不支持的编码 " + encoding + "：请用 UTF-8 或 GB18030（GBK）",
                        "Encoding " + encoding + " is not supported: use UTF-8 or GB18030 (GBK)");
        };
    }
}
