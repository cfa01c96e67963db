package lede.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.ingest.RecordToDocument.Outcome;
import lede.ingest.format.FormatReader;
import lede.ingest.format.RawRecord;
import lede.ingest.format.RecordSink;
import lede.io.Inputs;
import lede.io.IoErrors;
import lede.io.NdjsonWriter;
import lede.io.OrderedRunner;
import lede.io.Rejects;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The ingest stage's driver: reads articles from files, folders, globs or stdin in any supported
 * {@link Format} (one {@link FormatReader} each), turns the records into documents on N threads
 * ({@link RecordToDocument}), and hands them on in input order after the id check ({@link UniqueIds}).
 * Library code: the caller supplies the inputs and a consumer for the documents, and reads the
 * {@link Summary} at the end.
 */
public final class Ingest {
    /** What a run did, for the end-of-run line on stderr. */
    public static final class Summary {
        public long files;
        public long documents;
        public long tooShort;
        public long outsideDates;
        public long undated;
        public long empty;
        /** Documents that were only site furniture: dropped with --drop-non-articles, else kept with a warning. */
        public long notArticles;
        public long notArticlesDropped;
        public final Map<String, Long> removed = new LinkedHashMap<>();

        /** One line such as "5 documents from 5 files; removed: share-widget 1, ...". */
        public String describe(int minChars) {
            StringBuilder b = new StringBuilder();
            b.append(documents).append(documents == 1 ? " document" : " documents")
                    .append(" from ").append(files).append(files == 1 ? " file" : " files");
            if (tooShort > 0) {
                b.append("; skipped ").append(tooShort).append(" shorter than ").append(minChars).append(" characters");
            }
            if (outsideDates > 0) {
                b.append("; skipped ").append(outsideDates).append(" outside --since/--until");
            }
            if (empty > 0) {
                b.append("; skipped ").append(empty).append(empty == 1 ? " empty file" : " empty files");
            }
            if (notArticlesDropped > 0) {
                b.append("; dropped ").append(notArticlesDropped).append(" not articles (only site furniture)");
            } else if (notArticles > 0) {
                b.append("; ").append(notArticles).append(notArticles == 1 ? " was" : " were")
                        .append(" not an article (only site furniture; --drop-non-articles drops them)");
            }
            if (undated > 0) {
                b.append("; skipped ").append(undated).append(" without a date");
            }
            if (!removed.isEmpty()) {
                b.append("; removed:");
                String sep = " ";
                for (Map.Entry<String, Long> e : removed.entrySet()) {
                    b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                    sep = ", ";
                }
            }
            return b.toString();
        }
    }

    /** Records per batch handed to a worker, and bytes: a batch of long texts ends sooner. */
    private static final int BATCH_RECORDS = 256;
    private static final int BATCH_BYTES = 1 << 20;

    private final IngestOptions options;
    private final Rejects rejects;
    private final UniqueIds ids;
    private final Summary summary = new Summary();
    private final RecordToDocument toDocument;
    private final RecordToDocument toDocumentBytes;

    public Ingest(IngestOptions options, Rejects rejects) {
        this.options = options;
        this.rejects = rejects;
        this.ids = new UniqueIds(options.renumber());
        this.toDocument = new RecordToDocument(options, false);
        this.toDocumentBytes = new RecordToDocument(options, true);
        for (String name : options.rules().names()) {
            summary.removed.put(name, 0L);
        }
    }

    /** What the run did so far; rules that removed nothing are left out of {@code removed}. */
    /** Documents written so far (read from another thread for progress reports). */
    public long documentsSoFar() {
        return summary.documents;
    }

    public Summary summary() {
        summary.removed.values().removeIf(count -> count == 0);
        return summary;
    }

    /** Ingests the named inputs (files, folders, globs, "-" for stdin) in order, giving each document to {@code out}. */
    public void run(List<String> inputs, Consumer<ObjectNode> out) {
        runInOrder(inputs, toDocument, outcome -> out.accept(outcome.doc()));
    }

    /**
     * Ingests the named inputs in order and writes the documents to {@code out} as NDJSON; the worker threads
     * also serialize, so this is the fast way.
     */
    public void run(List<String> inputs, NdjsonWriter out) throws IOException {
        try {
            runInOrder(inputs, toDocumentBytes, outcome -> {
                try {
                    if (outcome.json() != null) {
                        out.writeSerialized(outcome.json());
                    } else {
                        out.write(outcome.doc());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            out.flush(); // what came before an error is written, as a stream written directly would have it
        }
    }

    private void runInOrder(List<String> inputs, RecordToDocument work, Consumer<Outcome> out) {
        try (OrderedRunner<RawRecord, Outcome> runner = new OrderedRunner<RawRecord, Outcome>("lede-ingest",
                options.threads(), 2, work, outcome -> deliver(outcome, out))
                .batches(BATCH_RECORDS)
                .batchWeight(BATCH_BYTES, RawRecord::weight)) {
            for (Path file : InputFiles.expand(inputs, options.format() != null)) {
                ingestFile(file, runner);
            }
            runner.finish();
        }
    }

    /** Ingests one file or stdin ("-"). */
    private void ingestFile(Path path, OrderedRunner<RawRecord, Outcome> runner) {
        String name = path.toString();
        String display = Inputs.displayName(name);
        summary.files++;
        long[] lineReached = {0};
        RecordSink sink = new RecordSink() {
            @Override
            public void add(RawRecord record) {
                runner.add(record);
            }

            @Override
            public void empty() {
                summary.empty++;
            }

            @Override
            public void lineReached(long line) {
                lineReached[0] = line;
            }
        };
        try (InputStream opened = Inputs.open(path)) {
            readRecords(name, display, opened, options, sink);
        } catch (IOException e) {
            // a truncated gzip or a read error: what came before stays; the file is a bad record, so
            // --skip-bad goes on with the next input
            runner.add(RawRecord.rejected(display, Math.max(1, lineReached[0] + 1),
                    "cannot read: " + IoErrors.describe(e)));
        }
    }

    /**
     * Ingest's per-file core: reads one opened input (gunzipped already) into raw records, in order, with the
     * format given in {@code options} or told by the file's name or first character. The CLI calls it for each
     * file it expands; another runtime (lede.spark) for each file it lists, then {@link RecordToDocument}.
     *
     * @param name    the file's name, for its extension
     * @param display the file as messages and the {@code source} field name it
     */
    public static void readRecords(String name, String display, InputStream opened, IngestOptions options,
                                   RecordSink sink) throws IOException {
        BufferedInputStream in = opened instanceof BufferedInputStream b ? b : new BufferedInputStream(opened, 1 << 16);
        Charset bom = Decoding.readBom(in);
        boolean utf16 = bom != null && bom != StandardCharsets.UTF_8;
        if (!utf16 && Decoding.looksBinary(in)) {
            sink.add(RawRecord.rejected(display, 1, "not a text file (binary data)"));
            return;
        }
        Format format = options.format() != null ? options.format() : Format.ofFileName(name);
        if (format == null) {
            int first = utf16 ? -1 : Decoding.firstNonSpace(in);
            format = first == '{' ? Format.NDJSON : first == '<' ? Format.HTML : Format.TXT;
        }
        FormatReader.of(format, options.maxLineBytes()).read(display, in, bom, sink);
    }

    // ---- in input order (on the calling thread) -----------------------------------------------------------

    private void deliver(Outcome outcome, Consumer<Outcome> out) {
        if (outcome.badReason() != null) {
            rejects.reject(outcome.file(), outcome.line(), outcome.badReason(), outcome.badRaw());
            return;
        }
        if (outcome.skip() != null) {
            switch (outcome.skip()) {
                case TOO_SHORT -> summary.tooShort++;
                case OUTSIDE_DATES -> summary.outsideDates++;
                case UNDATED -> summary.undated++;
                case NOT_AN_ARTICLE -> {
                    summary.notArticles++;
                    summary.notArticlesDropped++;
                }
            }
            return;
        }
        String id = ids.claim(outcome.id(), outcome.source());
        if (!id.equals(outcome.id())) {
            outcome = outcome.withId(id);
        }
        for (Map.Entry<String, Integer> e : outcome.removed().entrySet()) {
            summary.removed.merge(e.getKey(), (long) e.getValue(), Long::sum);
        }
        summary.documents++;
        if (outcome.notArticle()) {
            summary.notArticles++;
        }
        out.accept(outcome);
    }
}
