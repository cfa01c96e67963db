package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentSource;
import lede.io.LedeException;
import lede.io.NdjsonWriter;
import lede.io.Rejects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Streams documents through an {@link Extractor} on N threads. Documents are read and checked in order on
 * the calling thread, annotated on the workers, and written in input order; at most a few documents per
 * thread are in flight, so memory stays bounded however long the input.
 */
public final class ExtractRun {
    /** Documents in flight per thread: enough to keep workers busy while one long document finishes. */
    static final int IN_FLIGHT_PER_THREAD = 4;

    /** What a run has done so far, for progress reports. */
    public record Progress(long documents, long tokens, long nanos) {
    }

    private final Extractor extractor;
    private final int threads;
    private final int maxChars;
    private final Consumer<String> warnings;
    private final Consumer<Progress> progress;
    private ObjectNode settings;

    public ExtractRun(Extractor extractor, int threads, int maxChars, Consumer<String> warnings,
                      Consumer<Progress> progress) {
        if (threads < 1) {
            throw new LedeException("--threads must be at least 1");
        }
        this.extractor = extractor;
        this.threads = threads;
        this.maxChars = maxChars;
        this.warnings = warnings;
        this.progress = progress;
    }

    /**
     * Sets {@code extract} of every document written to {@code settings} (a copy each): the options it was
     * annotated with, so a resumed run can refuse to mix two kinds of annotation in one file.
     */
    public ExtractRun recording(ObjectNode settings) {
        this.settings = settings;
        return this;
    }

    /** Runs over every document of the source; returns the final progress. */
    public Progress run(DocumentSource source, Rejects rejects, NdjsonWriter out) throws IOException {
        long start = System.nanoTime();
        long documents = 0;
        long tokens = 0;
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lede-extract");
            thread.setDaemon(true); // Ctrl-C or a closed pipe must not wait for a long document
            return thread;
        });
        ArrayDeque<Future<Done>> inFlight = new ArrayDeque<>();
        try {
            while (source.hasNext()) {
                ObjectNode document = source.next();
                if (!hasText(document, source, rejects)) {
                    continue;
                }
                warnIfLong(document, source);
                warnIfImpossibleDate(document, source);
                String file = source.file();
                long line = source.line();
                if (pool == null) {
                    Done done = extract(document, file, line);
                    write(done, rejects, out);
                    tokens += done.tokens;
                    documents++;
                    progress.accept(new Progress(documents, tokens, System.nanoTime() - start));
                    continue;
                }
                inFlight.add(pool.submit(() -> extract(document, file, line)));
                while (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
                    Done done = take(inFlight);
                    write(done, rejects, out);
                    tokens += done.tokens;
                    documents++;
                    progress.accept(new Progress(documents, tokens, System.nanoTime() - start));
                }
            }
            while (!inFlight.isEmpty()) {
                Done done = take(inFlight);
                write(done, rejects, out);
                tokens += done.tokens;
                documents++;
                progress.accept(new Progress(documents, tokens, System.nanoTime() - start));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Progress(documents, tokens, System.nanoTime() - start);
    }

    /** A document annotated, or the reason it could not be ({@code failure}, with the document as it came). */
    private record Done(ObjectNode document, int tokens, String file, long line, String failure) {
    }

    /**
     * Annotates one document. Whatever goes wrong inside CoreNLP or our finders on this one document makes
     * it a bad record (see {@link #write}), never an internal error that loses the run.
     */
    private Done extract(ObjectNode document, String file, long line) {
        ObjectNode original = document.deepCopy(); // cheap beside annotation; the reject shows the input
        try {
            int tokens = extractor.extract(document);
            return new Done(document, tokens, file, line, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Done(original, 0, file, line, "id " + original.path("id").asText("(none)")
                    + ": cannot annotate: " + e);
        }
    }

    private void write(Done done, Rejects rejects, NdjsonWriter out) throws IOException {
        if (done.failure != null) {
            rejects.reject(done.file, done.line, done.failure, done.document.toString());
            return;
        }
        if (settings != null) {
            done.document.set("extract", settings.deepCopy());
        }
        out.write(done.document);
    }

    private static Done take(ArrayDeque<Future<Done>> inFlight) {
        try {
            return inFlight.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedeException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    private static boolean hasText(ObjectNode document, DocumentSource source, Rejects rejects) {
        JsonNode text = document.get("text");
        String reason = null;
        if (text == null || text.isNull()) {
            reason = "document has no \"text\" field";
        } else if (!text.isTextual()) {
            reason = "\"text\" is " + text.getNodeType().toString().toLowerCase() + ", not a string";
        }
        if (reason == null) {
            return true;
        }
        rejects.reject(source.file(), source.line(), reason, document.toString());
        return false;
    }

    private void warnIfImpossibleDate(ObjectNode document, DocumentSource source) {
        JsonNode date = document.get("date");
        if (date != null && date.isTextual() && Extractor.impossibleDate(date.asText())) {
            warnings.accept(source.file() + ":" + source.line() + ": id " + document.path("id").asText("(none)")
                    + ": date " + date.asText() + " is not a real day; relative dates are not resolved");
        }
    }

    private void warnIfLong(ObjectNode document, DocumentSource source) {
        int length = document.get("text").asText().length();
        if (length > maxChars) {
            int chunks = Chunks.split(document.get("text").asText(), maxChars).size();
            warnings.accept(source.file() + ":" + source.line() + ": text of " + length
                    + " characters annotated in " + chunks + " chunks of at most " + maxChars);
        }
    }
}
