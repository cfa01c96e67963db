package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a report with {@link Report#prepare} spread over threads and {@link Report#add} in input order, so
 * the result is the same as in one thread. At most a few batches are in flight: memory stays flat.
 */
public final class Parallel {
    private static final int BATCH = 64;

    private Parallel() {
    }

    public static <P> void run(Iterator<ObjectNode> documents, Predicate<ObjectNode> where, Report<P> report,
                               int threads, Consumer<ObjectNode> rows) {
        if (threads <= 1) {
            while (documents.hasNext()) {
                ObjectNode document = documents.next();
                if (where.test(document)) {
                    report.add(document, report.prepare(document), rows);
                }
            }
            report.finish(rows);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lede-stats");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ArrayDeque<Future<List<Prepared<P>>>> inFlight = new ArrayDeque<>();
            while (documents.hasNext()) {
                List<ObjectNode> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && documents.hasNext()) {
                    ObjectNode document = documents.next();
                    if (where.test(document)) {
                        batch.add(document);
                    }
                }
                inFlight.add(pool.submit(() -> {
                    List<Prepared<P>> done = new ArrayList<>(batch.size());
                    for (ObjectNode document : batch) {
                        done.add(new Prepared<>(document, report.prepare(document)));
                    }
                    return done;
                }));
                if (inFlight.size() >= threads * 2) {
                    addAll(report, inFlight.poll(), rows);
                }
            }
            while (!inFlight.isEmpty()) {
                addAll(report, inFlight.poll(), rows);
            }
        } finally {
            pool.shutdownNow();
        }
        report.finish(rows);
    }

    private record Prepared<P>(ObjectNode document, P value) {
    }

    private static <P> void addAll(Report<P> report, Future<List<Prepared<P>>> batch, Consumer<ObjectNode> rows) {
        try {
            for (Prepared<P> prepared : batch.get()) {
                report.add(prepared.document, prepared.value, rows);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
