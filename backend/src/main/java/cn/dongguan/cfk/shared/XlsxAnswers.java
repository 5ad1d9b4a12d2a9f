package cn.dongguan.cfk.shared;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Excel workbooks as HTTP answers: the media type, and a workbook sent as a download. */
public final class XlsxAnswers {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.parseMediaType(MEDIA_TYPE);

    private XlsxAnswers() {}

    /** The operation answers 200 with an Excel workbook (in the API document). */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "200",
            description = "Excel 工作簿 · The workbook",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
    public @interface Workbook {}

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
