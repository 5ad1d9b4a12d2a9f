package cn.dongguan.cfk.transfer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The response's body, opened at the first byte written: until then an error can still be answered
 * as a problem (a bad filter found while the query starts), after it the download has begun.
 */
final class DeferredOutput extends OutputStream {

    private final HttpServletResponse response;
    private final Exports.Format format;
    private final String fileName;
    private OutputStream out;

    DeferredOutput(HttpServletResponse response, Exports.Format format, String fileName) {
        this.response = response;
        this.format = format;
        this.fileName = fileName;
    }

    private OutputStream out() throws IOException {
        if (out == null) {
            response.setContentType(format.mediaType);
            response.setHeader("Content-Disposition", Exports.attachment(fileName));
            out = response.getOutputStream();
        }
        return out;
    }

    @Override
    public void write(int b) throws IOException {
        out().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }
}
