package com.merchantonboarding.documents;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the reading of an untrusted file (parsing, decoding, rendering) on a bounded pool of daemon threads, with a
 * time limit. A file that hangs the reader, or that asks for an impossible amount of memory in one allocation, ends
 * as a {@link MalformedFileException} (the document is unreadable), never as a stuck job. A reader that ignores
 * interruption keeps its thread until it finishes; when all threads are taken, inspection fails and is retried.
 */
@Component
class TimeLimit implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TimeLimit.class);
    private static final int MAX_THREADS = 8;

    private final ThreadPoolExecutor executor;

    TimeLimit() {
        AtomicInteger threads = new AtomicInteger();
        executor = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread thread = new Thread(r, "document-reader-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What to do to stop a task that ran out of time (for example {@code ImageReader.abort()}). */
    interface Stopper {
        void stop();
    }

    <T> T run(String what, Duration limit, Callable<T> task) throws MalformedFileException {
        return run(what, limit, task, () -> { });
    }

    <T> T run(String what, Duration limit, Callable<T> task, Stopper stopper) throws MalformedFileException {
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new InspectionFailedException("All " + MAX_THREADS + " document reader threads are busy", e);
        }
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            stopper.stop();
            log.warn("{} took longer than {} and was stopped", what, limit);
            throw new MalformedFileException(what + " took longer than " + limit.toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            stopper.stop();
            Thread.currentThread().interrupt();
            throw new InspectionFailedException(what + " was interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(what, e.getCause());
        }
    }

    private static MalformedFileException unwrap(String what, Throwable cause) {
        if (cause instanceof MalformedFileException malformed) {
            return malformed;
        }
        if (cause instanceof InspectionFailedException failed) {
            throw failed;
        }
        if (cause instanceof OutOfMemoryError) {
            // One allocation larger than the heap fails alone and leaves nothing behind; the structural limits
            // (pixels, pages, decode size) keep ordinary files far from this.
            log.warn("{} asked for more memory than there is", what);
            return new MalformedFileException(what + " needs more memory than a document may use");
        }
        if (cause instanceof Error error) {
            throw error;
        }
        log.info("{} failed: {}", what, cause.toString());
        return new MalformedFileException(what + " failed: the file is damaged or not what it claims to be", cause);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
