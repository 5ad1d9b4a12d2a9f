package cn.dongguan.cfk.shared;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Excel workbooks as HTTP answers: the media type, and a workbook sent as a download. */
public final class XlsxAnswers {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.parseMediaType(MEDIA_TYPE);

    private XlsxAnswers() {}

    /** 200 with the workbook as an attachment named {@code filename}. */
    public static ResponseEntity<byte[]> attachment(byte[] workbook, String filename) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(workbook);
    }
}
