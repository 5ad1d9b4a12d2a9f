package cn.dongguan.cfk.transfer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A job's staging writes (COPY of rows, the batch geometry checks and the outcomes) run on a thread of
 * their own, one at a time and in order, while the job reads and checks the next batch: the database
 * and the JVM then work at once (issue 11's benchmark). At most one write is in flight; its failure is
 * thrown by the next call.
 */
final class StagingLane implements AutoCloseable {

    private final ExecutorService executor;
    private Future<?> last = CompletableFuture.completedFuture(null);

    StagingLane(long jobId) {
        this.executor = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "import-" + jobId + "-staging");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the work once the one before it has ended. */
    void submit(Runnable work) {
        await();
        last = executor.submit(work);
    }

    /** Waits for the work in flight; rethrows what it threw. */
    void await() {
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while staging the import", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
