package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentSource;
import lede.io.LedeException;
import lede.io.NdjsonWriter;
import lede.io.OrderedRunner;
import lede.io.Rejects;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Streams documents through an {@link Extractor} on N threads. Documents are read and checked in order on
 * the calling thread, annotated on the workers, and written in input order; at most a few documents per
 * thread are in flight, so memory stays bounded however long the input.
 */
public final class ExtractDriver {
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
    private boolean langAny;
    private final java.util.Map<String, Long> skippedByLang = new java.util.TreeMap<>();

    public ExtractDriver(Extractor extractor, int threads, int maxChars, Consumer<String> warnings,
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
    public ExtractDriver recording(ObjectNode settings) {
        this.settings = settings;
        return this;
    }

    /**
     * With {@code langAny}, documents in any language are annotated with the English models; without it a
     * document whose {@code lang} is known and not English gets no annotations, only {@code extract.skipped}.
     * ({@code lang} null is taken for English.)
     */
    public ExtractDriver langAny(boolean langAny) {
        this.langAny = langAny;
        return this;
    }

    /** Documents skipped for their language so far, by language (read after {@link #run}). */
    public java.util.Map<String, Long> skippedByLang() {
        return skippedByLang;
    }

    /**
     * The language a document is skipped for, or null to annotate it: a known {@code lang} other than English,
     * unless {@code langAny} (part of extract's per-document core, as {@link #annotate} is).
     */
    public static String skippedLanguage(ObjectNode document, boolean langAny) {
        JsonNode lang = document.get("lang");
        if (langAny || lang == null || !lang.isTextual() || lang.asText().isEmpty() || lang.asText().equals("en")) {
            return null;
        }
        return lang.asText();
    }

    /** Runs over every document of the source; returns the final progress. */
    public Progress run(DocumentSource source, Rejects rejects, NdjsonWriter out) throws IOException {
        long start = System.nanoTime();
        long[] documents = {0};
        long[] tokens = {0};
        try (OrderedRunner<Job, Done> runner = new OrderedRunner<>("lede-extract", threads,
                IN_FLIGHT_PER_THREAD, this::extract, done -> {
                    try {
                        write(done, rejects, out);
                    } catch (IOException e) {
                        throw new WriteFailed(e);
                    }
                    tokens[0] += done.tokens;
                    documents[0]++;
                    progress.accept(new Progress(documents[0], tokens[0], System.nanoTime() - start));
                })) {
            while (source.hasNext()) {
                ObjectNode document = source.next();
                if (!hasText(document, source, rejects)) {
                    continue;
                }
                warnAbout(longText(document, maxChars), source);
                warnAbout(impossibleDate(document), source);
                runner.add(new Job(document, source.file(), source.line()));
            }
            runner.finish();
        } catch (WriteFailed e) {
            throw e.cause;
        }
        return new Progress(documents[0], tokens[0], System.nanoTime() - start);
    }

    /** Carries a write error out of the runner's delivery, to be thrown as the IOException it was. */
    private static final class WriteFailed extends RuntimeException {
        final IOException cause;

        WriteFailed(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** A document to annotate and where it came from, for the bad-record message. */
    private record Job(ObjectNode document, String file, long line) {
    }

    /** A document annotated, or the reason it could not be ({@code failure}, with the document as it came). */
    private record Done(ObjectNode document, int tokens, String file, long line, String failure, String skippedLang) {
    }

    private Done extract(Job job) {
        String skipLang = skippedLanguage(job.document, langAny);
        if (skipLang != null) {
            return new Done(job.document, 0, job.file, job.line, null, skipLang);
        }
        Annotated annotated = annotate(extractor, job.document);
        return new Done(annotated.document, annotated.tokens, job.file, job.line, annotated.failure, null);
    }

    /** A document annotated, or the reason it could not be ({@code failure}, with the document as it came). */
    public record Annotated(ObjectNode document, int tokens, String failure) {
    }

    /**
     * Extract's per-document core, for any runtime that hands documents to an Extractor (lede.spark too):
     * annotates one document whose text was checked ({@link #textProblem}). Whatever goes wrong inside CoreNLP
     * or our finders on this one document makes it a bad record, never an internal error that loses the run.
     */
    public static Annotated annotate(Extractor extractor, ObjectNode document) {
        ObjectNode original = document.deepCopy(); // cheap beside annotation; the reject shows the input
        try {
            int tokens = extractor.extract(document);
            return new Annotated(document, tokens, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Annotated(original, 0, "id " + original.path("id").asText("(none)")
                    + ": cannot annotate: " + e);
        } catch (OutOfMemoryError e) {
            // the document's annotation is garbage now: the run can go on, and the reason names the fix
            return new Annotated(original, 0, "id " + original.path("id").asText("(none)")
                    + ": out of memory annotating " + original.path("text").asText().length() + " characters with a "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap; give the JVM more with "
                    + "LEDE_JAVA_OPTS=-Xmx6g, or cut long texts into smaller chunks with --max-chars");
        }
    }

    private void write(Done done, Rejects rejects, NdjsonWriter out) throws IOException {
        if (done.failure != null) {
            rejects.reject(done.file, done.line, done.failure, done.document.toString());
            return;
        }
        if (settings != null || done.skippedLang != null) {
            ObjectNode extract = settings != null ? settings.deepCopy() : done.document.objectNode();
            if (done.skippedLang != null) {
                extract.put("skipped", "lang " + done.skippedLang);
                skippedByLang.merge(done.skippedLang, 1L, Long::sum);
            }
            done.document.set("extract", extract);
        }
        out.write(done.document);
    }

    private void warnAbout(String warning, DocumentSource source) {
        if (warning != null) {
            warnings.accept(source.file() + ":" + source.line() + ": " + warning);
        }
    }

    /** The warning for a document whose date is no real day (after its file:line), or null. */
    public static String impossibleDate(ObjectNode document) {
        JsonNode date = document.get("date");
        if (date != null && date.isTextual() && Extractor.impossibleDate(date.asText())) {
            return "id " + document.path("id").asText("(none)") + ": date " + date.asText()
                    + " is not a real day; relative dates are not resolved";
        }
        return null;
    }

    private static boolean hasText(ObjectNode document, DocumentSource source, Rejects rejects) {
        String reason = textProblem(document);
        if (reason == null) {
            return true;
        }
        rejects.reject(source.file(), source.line(), reason, document.toString());
        return false;
    }

    /** Why a document cannot be annotated (no text, or text that is not a string), or null when it can. */
    public static String textProblem(JsonNode document) {
        JsonNode text = document.get("text");
        if (text == null || text.isNull()) {
            return "document has no \"text\" field";
        } else if (!text.isTextual()) {
            return "\"text\" is " + text.getNodeType().toString().toLowerCase() + ", not a string";
        }
        return null;
    }

    /** The warning for a text annotated in chunks (after its file:line), or null; the text was checked. */
    public static String longText(ObjectNode document, int maxChars) {
        int length = document.get("text").asText().length();
        if (length <= maxChars) {
            return null;
        }
        int chunks = Chunks.split(document.get("text").asText(), maxChars).size();
        return "text of " + length + " characters annotated in " + chunks + " chunks of at most " + maxChars;
    }

    /** What a run says at its end about the documents skipped for their language (null when none were). */
    public static String skippedMessage(java.util.Map<String, Long> skippedByLang) {
        long skipped = skippedByLang.values().stream().mapToLong(Long::longValue).sum();
        if (skipped == 0) {
            return null;
        }
        return "skipped " + skipped + (skipped == 1 ? " document" : " documents") + " not in English "
                + new java.util.TreeMap<>(skippedByLang) + "; --lang-any annotates them with the English models";
    }
}
