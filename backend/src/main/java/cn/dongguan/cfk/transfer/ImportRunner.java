package cn.dongguan.cfk.transfer;

import cn.dongguan.cfk.geometry.FootprintBatch;
import cn.dongguan.cfk.geometry.Footprints;
import cn.dongguan.cfk.geometry.VertexLimit;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.transfer.ImportJob.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates an uploaded file as a job, in the background: reads it row by row (the header first),
 * stages the rows' typed values with COPY, resolves them against the stored records in one SQL
 * statement per layer, checks each by the feature's rules and stages the outcomes. Nothing of the
 * inventory is written. The job ends in PREVIEW, or REJECTED when the file as a whole is refused.
 */
@Component
record ImportRunner(
        ImportJobs jobs, Staging staging, DataSource dataSource, Footprints footprints, VertexLimit vertexLimit) {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final int BATCH = 5000;

    /** Runs the job to its preview; the file is deleted at the end. */
    void validate(long jobId, Path file, ImportFormat format, ImportOptions options, LayerImport layer) {
        ErrorSink errors = new ErrorSink(jobId);
        try {
            BitSet unreadable = new BitSet();
            long started = System.nanoTime();
            int rows;
            try (RowReader reader = format.open(file, options);
                    StagingLane lane = new StagingLane(jobId)) {
                rows = read(jobId, reader, layer, errors, unreadable, lane);
                fileCrs(jobId, reader, options);
                List<RowError> problems = reader.problems();
                if (!problems.isEmpty()) {
                    errors.addAll(problems);
                    errors.flush();
                    jobs.status(jobId, Status.REJECTED, null);
                    return;
                }
            }
            if (rows == 0) {
                throw new FileRejected("文件中没有数据行（表头之下是空的）", "The file has no data rows below its header");
            }
            jobs.progress(jobId, 0.3, rows);
            long read = System.nanoTime();
            long geometries = check(jobId, layer, rows, errors, unreadable);
            errors.flush();
            jobs.finish(jobId, Status.PREVIEW);
            long end = System.nanoTime();
            log.info(
                    "Import job {} ({}, {} rows): read and staged in {} ms, resolved and checked in {} ms"
                            + " (of which the batch geometry checks {} ms)",
                    jobId,
                    layer.layer(),
                    rows,
                    (read - started) / 1_000_000,
                    (end - read) / 1_000_000,
                    geometries / 1_000_000);
        } catch (FileRejected e) {
            errors.addAll(e.errors());
            errors.flush();
            jobs.status(jobId, Status.REJECTED, null);
        } catch (RuntimeException e) {
            log.error("Import job {} failed", jobId, e);
            jobs.status(jobId, Status.FAILED, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the upload {}", file, e);
            }
        }
    }

    /**
     * The CRS a GIS file declares becomes the job's, when it is one of SPEC §4's; one the user chose
     * must agree with it (a file without one takes the user's, else EPSG:4326).
     */
    private void fileCrs(long jobId, RowReader reader, ImportOptions options) {
        String declared = reader.crs();
        if (declared == null) {
            return;
        }
        String code;
        try {
            code = Footprints.crsCode(declared);
        } catch (BadRequestException e) {
            throw new FileRejected(
                    "文件声明的坐标系不受支持：" + e.messageZh(), "The file's CRS is not supported: " + e.getMessage());
        }
        if (options.crs() != null && !options.crs().equals(code)) {
            throw new FileRejected(
                    "文件声明的坐标系为 " + code + "，与所选的 " + options.crs() + " 不一致：请不选坐标系，或修正文件的坐标系说明",
                    "The file declares " + code + " but " + options.crs()
                            + " was chosen: choose none, or correct the file's CRS");
        }
        if (options.crs() == null) {
            jobs.crs(jobId, code);
        }
    }

    /** Refuses a job's file as a whole before reading it (not the format it claims). */
    void reject(long jobId, List<RowError> errors) {
        staging.errors(jobId, 0, errors);
        jobs.status(jobId, Status.REJECTED, null);
    }

    /** Reads and stages the rows; answers how many data rows there are. */
    private int read(
            long jobId, RowReader reader, LayerImport layer, ErrorSink errors, BitSet unreadable, StagingLane lane) {
        List<Column> columns = layer.layer().columns;
        int[] counts = {0, 0, 0}; // data rows, empty rows between data rows, empty rows since the last data row
        HeaderMap[] header = {null};
        CellParser[] parser = {null};
        List<Object[]> batch = new ArrayList<>(BATCH);
        // a GIS file's geometry (its last cell) is left out for a layer without one (units, enterprises)
        boolean dropGeometry =
                reader.spatial() && Catalogue.find(columns, GisRows.GEOMETRY).isEmpty();
        reader.read(read -> {
            SourceRow row = dropGeometry && !read.cells().isEmpty()
                    ? new SourceRow(
                            read.number(), read.cells().subList(0, read.cells().size() - 1))
                    : read;
            if (row.blank()) {
                if (header[0] != null) {
                    counts[2]++;
                }
                return;
            }
            if (header[0] == null) {
                header[0] = HeaderMap.of(row, columns, layer.identities());
                parser[0] = new CellParser(reader.date1904(), vertexLimit);
                return;
            }
            counts[0]++;
            counts[1] += counts[2];
            counts[2] = 0;
            ObjectNode given = Rows.object();
            for (int i = 0; i < Math.max(header[0].width(), row.cells().size()); i++) {
                Column column = header[0].at(i);
                Cell cell = row.cell(i);
                if (column == null) {
                    if (!cell.blank()) {
                        unreadable.set(row.number());
                        errors.add(new RowError(
                                row.number(),
                                null,
                                cell.shown(),
                                "第 " + (i + 1) + " 列没有列名，却有值",
                                "Column " + (i + 1) + " has a value but no header"));
                    }
                    continue;
                }
                if (!column.imported()) {
                    continue;
                }
                try {
                    JsonNode value = parser[0].parse(column, cell);
                    given.set(column.name().equals("geometryWkt") ? "geometry" : column.name(), value);
                } catch (CellParser.Refused e) {
                    unreadable.set(row.number());
                    errors.add(new RowError(row.number(), column.name(), cell.shown(), e.zh, e.en));
                }
            }
            batch.add(new Object[] {row.number(), given.toString()});
            if (batch.size() == BATCH) {
                List<Object[]> full = List.copyOf(batch);
                batch.clear();
                lane.submit(() -> staging.rows(jobId, full));
                errors.flush();
                jobs.progress(jobId, 0.3 * (1 - 1.0 / (1 + counts[0] / 20000.0)), counts[0]);
            }
        });
        lane.await();
        if (header[0] == null) {
            throw new FileRejected("文件是空的：没有表头", "The file is empty: it has no header");
        }
        staging.rows(jobId, batch);
        jobs.read(jobId, counts[0], counts[1], reader.encoding(), header[0].names());
        return counts[0];
    }

    /** Resolves and checks the staged rows; answers the nanoseconds spent in the batch geometry checks. */
    private long check(long jobId, LayerImport layer, int rows, ErrorSink errors, BitSet unreadable) {
        ImportJob job = jobs.find(jobId).orElseThrow();
        LayerImport.CheckContext context = new LayerImport.CheckContext(job, unreadable);
        List<Checked> checked = new ArrayList<>(BATCH);
        int done = 0;
        long[] geometryTime = {0};
        try (Connection connection = dataSource.getConnection();
                FootprintBatch geometries = layer.placed() == null ? null : footprints.batch(layer.placed());
                StagingLane lane = new StagingLane(jobId)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement settings = connection.createStatement()) {
                // a resolving statement over a whole file sorts and hashes it several times: with the
                // default work_mem each spills to disk, and JIT compiling it took longer than running it
                settings.execute("SET LOCAL work_mem = '64MB'");
                settings.execute("SET LOCAL jit = off");
            }
            try (PreparedStatement statement = connection.prepareStatement(layer.resolveSql())) {
                statement.setFetchSize(1000);
                statement.setLong(1, jobId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        checked.add(layer.check(rs, context));
                        done++;
                        if (checked.size() == BATCH) {
                            List<Checked> full = checked;
                            checked = new ArrayList<>(BATCH);
                            lane.submit(() -> stage(jobId, full, geometries, errors, geometryTime));
                            jobs.progress(jobId, 0.3 + 0.7 * (done - BATCH) / rows, rows);
                        }
                    }
                }
            }
            connection.commit();
            lane.await();
            stage(jobId, checked, geometries, errors, geometryTime);
            return geometryTime[0];
        } catch (SQLException e) {
            throw new IllegalStateException("Checking the import's rows failed: " + e.getMessage(), e);
        }
    }

    /** Finishes the deferred rows of a batch with their geometries checked together, and stages the outcomes. */
    private void stage(
            long jobId, List<Checked> checked, FootprintBatch geometries, ErrorSink errors, long[] geometryTime) {
        List<Deferred> deferred = new ArrayList<>();
        for (Checked c : checked) {
            if (c instanceof Deferred d) {
                deferred.add(d);
            }
        }
        Map<Integer, Outcome> finished = new HashMap<>();
        if (!deferred.isEmpty()) {
            long started = System.nanoTime();
            List<FootprintBatch.Verdict> verdicts =
                    geometries.check(deferred.stream().map(Deferred::candidate).toList());
            geometryTime[0] += System.nanoTime() - started;
            for (int i = 0; i < deferred.size(); i++) {
                finished.put(deferred.get(i).row(), deferred.get(i).finish(verdicts.get(i)));
            }
        }
        List<Outcome> outcomes = new ArrayList<>(checked.size());
        for (Checked c : checked) {
            Outcome outcome = c instanceof Deferred d ? finished.get(d.row()) : (Outcome) c;
            errors.addAll(outcome.errors());
            outcomes.add(outcome);
        }
        staging.outcomes(jobId, outcomes);
        errors.flush();
        checked.clear();
    }

    /** Errors of a job, staged a batch at a time and numbered in order. */
    private final class ErrorSink {
        private final long job;
        private final List<RowError> pending = new ArrayList<>();
        private int next;

        ErrorSink(long job) {
            this.job = job;
        }

        void add(RowError error) {
            pending.add(error);
        }

        void addAll(List<RowError> errors) {
            pending.addAll(errors);
        }

        void flush() {
            staging.errors(job, next, pending);
            next += pending.size();
            pending.clear();
        }
    }
}
