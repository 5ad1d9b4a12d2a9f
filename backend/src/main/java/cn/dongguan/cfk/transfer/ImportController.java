package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.Paging;
import cn.dongguan.cfk.shared.PagingProperties;
import cn.dongguan.cfk.shared.XlsxAnswers;
import cn.dongguan.cfk.transfer.ImportViews.ErrorView;
import cn.dongguan.cfk.transfer.ImportViews.JobView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "imports", description = "数据导入 · Imports (park managers, administrators)")
record ImportController(
        ImportService imports,
        ImportViews views,
        Templates templates,
        PagingProperties paging,
        ImportProperties properties) {

    @PostMapping(path = "/{layer}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a file of a layer (.xlsx, CSV, GeoJSON, GeoPackage, zipped Shapefile): validated in the"
                    + " background, nothing written · 导入",
            description = "Layers: buildings, units, parcels, enterprises, towns, parks (the last three administrators"
                    + " only). 202 with the job and Location: /api/imports/{id}. crs: the CRS of the geometries"
                    + " (EPSG:4326, 4490, 4547, 3857) when the file declares none (.prj, GPKG srs, GeoJSON crs);"
                    + " one that contradicts the file's rejects it. encoding: of a CSV file or a Shapefile's .dbf"
                    + " (UTF-8 or GB18030/GBK; detected when absent). 415 when a zipped Shapefile arrives and"
                    + " GDAL's ogr2ogr is missing on the server.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "413", description = "The file is larger than the import limit · 文件过大")
    @ApiResponse(responseCode = "415", description = "A zipped Shapefile, and ogr2ogr is missing · 缺少 ogr2ogr")
    ResponseEntity<JobView> start(
            @PathVariable String layer,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String crs,
            @RequestParam(required = false) String encoding) {
        ImportJob job = imports.start(layer, file, encoding, crs);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/imports/" + job.id()))
                .body(views.summary(job));
    }

    @GetMapping
    @Operation(summary = "The history of imports, newest first: who, when, which file, counts · 导入记录")
    Page<JobView> history(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging p = paging.of(page, size);
        return p.answer(
                imports.history(p.size(), p.offset()).stream()
                        .map(views::summary)
                        .toList(),
                imports.historyCount());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "An import's status, counts, errors and the paged diff of new and changed rows · 导入任务",
            description = "errors lists the first errors (errorsTotal counts them all; /errors pages them); "
                    + "page and size page the diff.")
    JobView job(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging p = paging.of(page, size);
        return views.detail(imports.job(id), properties.errorsShown(), p.page(), p.size());
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "Every error of an import, by row · 导入错误")
    Page<ErrorView> errors(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ImportJob job = imports.job(id);
        Paging p = paging.of(page, size);
        return p.answer(views.errors(job.id(), p.size(), p.offset()), views.errorsTotal(job.id()));
    }

    @PostMapping("/{id}/commit")
    @Operation(
            summary = "Commit an import in PREVIEW: all rows in one transaction, or none · 提交导入",
            description = "validOnly=true writes the rows without errors only. 202; the job goes COMMITTING, "
                    + "then COMMITTED or FAILED (nothing written).")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The import is not in PREVIEW, or its data changed · 无法提交")
    ResponseEntity<JobView> commit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean validOnly) {
        ImportJob job = imports.commit(id, validOnly);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/imports/" + id))
                .body(views.summary(job));
    }

    @GetMapping("/templates/{layer}.xlsx")
    @Operation(summary = "The template of a layer: its columns with units, drop-down lists, an example, notes · 导入模板")
    @XlsxAnswers.Workbook
    ResponseEntity<byte[]> template(@PathVariable String layer) {
        TransferLayer l = TransferLayer.importable(layer);
        return ResponseEntity.ok()
                .contentType(XlsxAnswers.XLSX)
                .header("Content-Disposition", Exports.attachment("cfk-" + l.path + "-template.xlsx"))
                .body(templates.workbook(l));
    }
}
