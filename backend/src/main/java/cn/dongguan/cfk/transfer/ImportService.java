package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.transfer.ImportJob.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import jobs (issue 11): a file is taken (who may, how large, which format), a job is stored and
 * validated in the background with the uploader's identity; its commit writes all of its rows in one
 * transaction, or none, also in the background. Park managers and administrators only; managers see
 * and commit their own jobs, administrators every job; enterprises' records are the administrators'.
 */
@Service
class ImportService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final Map<TransferLayer, LayerImport> layers;
    private final List<ImportFormat> formats;
    private final CurrentViewer viewer;
    private final ImportProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService executor;

    ImportService(
            ImportJobs jobs,
            ImportRunner runner,
            List<LayerImport> layers,
            List<ImportFormat> formats,
            CurrentViewer viewer,
            ImportProperties properties,
            TransactionTemplate tx,
            Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.layers = layers.stream().collect(Collectors.toMap(LayerImport::layer, Function.identity()));
        this.formats = formats;
        this.viewer = viewer;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
        this.executor = Executors.newFixedThreadPool(properties.threads(), r -> {
            Thread t = new Thread(r, "import-job");
            t.setDaemon(true);
            return t;
        });
    }

    ImportJob start(String layerPath, MultipartFile file, String encoding, String crs) {
        TransferLayer layer = TransferLayer.importable(layerPath);
        requireImporter(layer);
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("file", "请上传文件（字段 file）", "Upload a file in the field 'file'");
        }
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw new FileTooLargeException(properties.maxFileSize());
        }
        if (encoding != null && !encoding.isBlank()) {
            CsvRowReader.chosen(encoding);
        }
        String chosenCrs = crs == null || crs.isBlank() ? null : cn.dongguan.cfk.geometry.Footprints.crsCode(crs);
        ImportOptions options =
                new ImportOptions(encoding == null || encoding.isBlank() ? null : encoding.trim(), chosenCrs, layer);
        Path saved = save(file);
        byte[] head = head(saved);
        Optional<ImportFormat> claimed = formats.stream()
                .filter(f -> f.claims(file.getOriginalFilename()))
                .findFirst();
        ImportFormat format = claimed.orElseGet(() ->
                formats.stream().filter(f -> f.recognises(head)).findFirst().orElse(null));
        if (format instanceof ShapefileFormat shapefile) {
            try {
                shapefile.requireTool();
            } catch (GisToolMissingException e) {
                delete(saved);
                throw e;
            }
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        long id = jobs.create(
                layer,
                format == null ? "unknown" : format.code(),
                name,
                file.getSize(),
                options,
                viewer.requireUsername());
        if (format == null || !format.recognises(head)) {
            reject(id, saved, name, format, head);
        } else {
            LayerImport importer = layers.get(layer);
            executor.execute(
                    new DelegatingSecurityContextRunnable(() -> runner.validate(id, saved, format, options, importer)));
        }
        return jobs.find(id).orElseThrow();
    }

    /** A job the viewer may see; 404 when there is none, 403 when it is someone else's. */
    ImportJob job(long id) {
        requireSignedInImporter();
        ImportJob job = jobs.find(id)
                .orElseThrow(() -> new NotFoundException("导入任务 " + id + " 不存在", "Import " + id + " does not exist"));
        if (!viewer.isAdmin() && !job.createdBy().equals(viewer.requireUsername())) {
            throw new ForbiddenException("这是其他用户的导入任务", "This import is another user's");
        }
        return job;
    }

    /** Newest first: the administrators see every job, a park manager their own. */
    List<ImportJob> history(int limit, long offset) {
        requireSignedInImporter();
        return jobs.history(viewer.isAdmin() ? null : viewer.requireUsername(), limit, offset);
    }

    long historyCount() {
        return jobs.count(viewer.isAdmin() ? null : viewer.requireUsername());
    }

    /**
     * Starts the commit of a job in PREVIEW: all its rows, or with {@code validOnly} those without
     * errors. 409 when the job is not in PREVIEW or has errors and validOnly was not asked for.
     */
    ImportJob commit(long id, boolean validOnly) {
        ImportJob job = job(id);
        if (job.status() != Status.PREVIEW) {
            throw new ImportConflictException(
                    "导入任务 " + id + " 的状态为 " + job.status() + "，只有 PREVIEW（预览）状态的任务可以提交",
                    "Import " + id + " is " + job.status() + ": only an import in PREVIEW can be committed");
        }
        if (job.counts().rejected() > 0 && !validOnly) {
            throw new ImportConflictException(
                    "有 " + job.counts().rejected() + " 行有错误：请修正后重新导入，或以 validOnly=true 只提交无误的行",
                    job.counts().rejected() + " rows have errors: correct them and import again, or commit with"
                            + " validOnly=true to write only the valid rows");
        }
        if (!jobs.transition(id, Status.PREVIEW, Status.COMMITTING)) {
            throw new ImportConflictException("导入任务 " + id + " 已在提交", "Import " + id + " is already being committed");
        }
        String actor = viewer.requireUsername();
        LayerImport importer = layers.get(job.layer());
        executor.execute(new DelegatingSecurityContextRunnable(() -> write(job, importer, actor, validOnly)));
        return jobs.find(id).orElseThrow();
    }

    private void write(ImportJob job, LayerImport importer, String actor, boolean validOnly) {
        try {
            tx.executeWithoutResult(status -> {
                StaleImportException.requireAll(stagedOutcomes(job.id()), job.rowsRead(), "暂存行|staged rows");
                importer.commit(job.id(), actor, clock.instant());
                jobs.committed(job.id(), actor, validOnly);
            });
        } catch (StaleImportException e) {
            jobs.status(job.id(), Status.FAILED, e.zh + " / " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Commit of import {} refused by the database", job.id(), e);
            String reason = rootMessage(e);
            jobs.status(
                    job.id(),
                    Status.FAILED,
                    "数据库拒绝了写入，未写入任何数据：" + reason + " / The database refused the write, nothing was written: " + reason);
        }
    }

    private int stagedOutcomes(long job) {
        return jobs.stagedOutcomes(job);
    }

    private void reject(long id, Path saved, String name, ImportFormat format, byte[] head) {
        String[] looks = ImportFormat.describe(head).split("\\|");
        String accepted = formats.stream().flatMap(f -> f.extensions().stream()).collect(Collectors.joining(" "));
        RowError error = format == null
                ? RowError.file(
                        "无法识别文件 " + name + " 的格式（看来是" + looks[0] + "）：请上传 " + accepted,
                        "The format of " + name + " is not one an import reads (it looks like " + looks[1]
                                + "): upload " + accepted)
                : RowError.file(
                        "文件 " + name + " 声称是 " + format.code() + "，但内容是" + looks[0],
                        "The file " + name + " claims to be " + format.code() + " but holds " + looks[1]);
        runner.reject(id, List.of(error));
        delete(saved);
    }

    private static void delete(Path saved) {
        try {
            Files.deleteIfExists(saved);
        } catch (IOException e) {
            log.warn("Could not delete the upload {}", saved, e);
        }
    }

    private void requireImporter(TransferLayer layer) {
        requireSignedInImporter();
        if (layer == TransferLayer.EFFICIENCY) {
            if (!viewer.isStaffOrAdmin()) {
                throw new ForbiddenException(
                        "只有招商人员和管理员可以导入亩均效益评价结果", "Only staff and administrators may import 亩均 efficiency results");
            }
            return;
        }
        if (!viewer.isAdmin() && viewer.managedParks().isEmpty()) {
            throw new ForbiddenException(
                    "招商人员只可导入亩均效益评价结果（efficiency）", "Staff may import 亩均 efficiency results (efficiency) only");
        }
        if (layer == TransferLayer.ENTERPRISES && !viewer.isAdmin()) {
            throw new ForbiddenException("只有管理员可以导入企业", "Only administrators may import enterprises");
        }
        if ((layer == TransferLayer.TOWNS || layer == TransferLayer.PARKS) && !viewer.isAdmin()) {
            throw new ForbiddenException(
                    "只有管理员可以导入" + layer.zh + "（含边界）",
                    "Only administrators may import " + layer.en + " (with their boundaries)");
        }
    }

    private void requireSignedInImporter() {
        if (viewer.username().isEmpty()) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "Sign in to import");
        }
        if (!viewer.isStaffOrAdmin() && viewer.managedParks().isEmpty()) {
            throw new ForbiddenException(
                    "只有管理员、招商人员和园区管理员可以导入数据", "Only administrators, staff and park managers may import data");
        }
    }

    private static Path save(MultipartFile file) {
        try {
            Path saved = Files.createTempFile("cfk-import-", ".upload");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, saved, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).replace("ERROR: ", "");
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
