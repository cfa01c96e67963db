package lede.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Maps a function over items on N threads and hands the results on in input order, on the calling thread:
 * what every stage does with its documents. Items are sent to the workers in batches; at most a few batches
 * per thread are in flight, so memory stays flat however long the input. Results whose turn has come are
 * handed on as soon as they are ready, so a pipeline downstream sees progress.
 *
 * <p>Errors: a {@link RuntimeException} or {@link Error} thrown by the function is rethrown as it is on the
 * calling thread when that item's turn comes (every earlier result has been handed on; later work is dropped
 * at {@link #close}). An interrupt of the calling thread ends the run with a {@link LedeException}.
 *
 * <p>With one thread the function runs on the calling thread, item by item, with no pool.
 */
public final class OrderedRunner<I, O> implements AutoCloseable {
    private final Function<I, O> work;
    private final Consumer<O> deliver;
    private final ExecutorService pool;
    private final int maxInFlight;
    private int batchRecords = 1;
    private long batchWeight = Long.MAX_VALUE;
    private ToLongFunction<I> weigh = item -> 0;

    private final ArrayDeque<Future<List<O>>> inFlight = new ArrayDeque<>();
    private List<I> batch = new ArrayList<>();
    private long weight;

    /**
     * @param name          the worker threads' name, for thread dumps
     * @param threads       workers (1 or less: run on the calling thread)
     * @param inFlightPerThread batches queued or running per worker before {@link #add} waits for the oldest
     * @param work          the function, called on a worker thread; must not touch state shared between items
     * @param deliver       receives the results in input order, on the calling thread
     */
    public OrderedRunner(String name, int threads, int inFlightPerThread, Function<I, O> work, Consumer<O> deliver) {
        this.work = work;
        this.deliver = deliver;
        int n = Math.max(1, threads);
        this.pool = n == 1 ? null : Executors.newFixedThreadPool(n, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true); // Ctrl-C or a closed pipe must not wait for a long item
            return thread;
        });
        this.maxInFlight = n * Math.max(1, inFlightPerThread);
    }

    /** Sends items to the workers {@code records} at a time (default 1): fewer hand-overs for small items. */
    public OrderedRunner<I, O> batches(int records) {
        this.batchRecords = Math.max(1, records);
        return this;
    }

    /** Also ends a batch once the weights of its items (e.g. their bytes) reach {@code max}. */
    public OrderedRunner<I, O> batchWeight(long max, ToLongFunction<I> weigh) {
        this.batchWeight = max;
        this.weigh = weigh;
        return this;
    }

    /** Runs the function over every item of {@code items}, then {@link #finish}es. */
    public void addAll(Iterator<? extends I> items) {
        while (items.hasNext()) {
            add(items.next());
        }
        finish();
    }

    /** Takes the next item; may first hand on earlier results, or wait for the oldest batch. */
    public void add(I item) {
        if (pool == null) {
            deliver.accept(work.apply(item));
            return;
        }
        batch.add(item);
        weight += weigh.applyAsLong(item);
        if (batch.size() >= batchRecords || weight >= batchWeight) {
            submit();
        }
        deliverReady();
    }

    /** Hands on every result still due, in order. Call once after the last {@link #add}. */
    public void finish() {
        if (pool == null) {
            return;
        }
        submit();
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        List<I> items = batch;
        batch = new ArrayList<>(batchRecords > 1 ? batchRecords : 1);
        weight = 0;
        inFlight.add(pool.submit(() -> {
            List<O> results = new ArrayList<>(items.size());
            for (I item : items) {
                results.add(work.apply(item));
            }
            return results;
        }));
        while (inFlight.size() > maxInFlight) {
            deliverOldest();
        }
    }

    private void deliverReady() {
        while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        List<O> results;
        try {
            results = inFlight.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedeException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        for (O result : results) {
            deliver.accept(result);
        }
    }

    /** Stops the workers; work not handed on yet is dropped (after an error, or when the reader gave up). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
