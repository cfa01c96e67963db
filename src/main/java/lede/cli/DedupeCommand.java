package lede.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.dedupe.Corpus;
import lede.dedupe.DedupeOptions;
import lede.dedupe.Deduper;
import lede.dedupe.ExactPass;
import lede.dedupe.SpilledCorpus;
import lede.dedupe.UniqueIds;
import lede.io.DocumentSource;
import lede.io.Inputs;
import lede.io.LedeException;
import lede.io.NdjsonWriter;
import lede.io.Output;
import lede.io.Rejects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "dedupe",
        mixinStandardHelpOptions = true,
        description = {"Find exact and near-duplicate documents and mark (or drop) the copies.",
                "",
                "Candidates are documents sharing rare word 3-grams (in 2 to 16 documents) or whole bands of "
                        + "their MinHash signatures; a candidate is a copy when alike as a whole (--threshold) or mostly inside the other (--containment), unless "
                        + "their numbers differ. The clusters do not depend on the input order or --threads; "
                        + "only --keep first looks at the order.",
                "",
                "The dup field and the --report lines: lede help format. Why these defaults: lede help quality."},
        sortOptions = false,
        footer = {"",
                "Examples:",
                "  lede dedupe articles.ndjson --report clusters.ndjson > marked.ndjson",
                "  lede ingest feeds/ | lede dedupe --drop --keep earliest --window 7 > stories.ndjson"})
public final class DedupeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IoOptions io;

    @Parameters(paramLabel = "FILE", description = "NDJSON documents (default: stdin; - is stdin).")
    List<String> inputs;

    @Mixin
    DedupeFlags flags;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write one NDJSON line per cluster of two or more documents to FILE.")
    Path report;

    @Option(names = "--exact-only",
            description = "Only exact copies, in one streaming pass: copies point at the first occurrence, "
                    + "which itself gets no dup field.")
    boolean exactOnly;

    @Option(names = "--threads", paramLabel = "N",
            description = "Signing and verifying threads (default: the number of cores); output does not depend "
                    + "on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--temp-dir", paramLabel = "DIR",
            description = "Where stdin is spilled for the second pass (default: the system temp directory).")
    Path tempDir;

    @Override
    public Integer call() throws IOException {
        DedupeOptions options = flags.options(threads);
        if (exactOnly && (options.paragraphs() || report != null || flags.windowGiven())) {
            throw new LedeException("--exact-only cannot be combined with --paragraphs, --report or --window");
        }
        io.checkOutputs(inputs, "--report", report);
        Rejects rejects = io.rejects();
        Deduper.Summary summary;
        try (rejects; NdjsonWriter out = new NdjsonWriter(io.openOutput());
             Progress progress = io.progress(spec.commandLine().getErr(), "lede dedupe", inputs)
                     .track(seen::get, null, null, -1)) {
            if (exactOnly) {
                try (Corpus.Pass pass = counted(Corpus.pass(UniqueIds.check(io.documents(inputs, rejects), rejects)))) {
                    summary = new ExactPass(options.field(), options.drop()).run(pass, out::write);
                }
            } else {
                summary = runTwoPass(options, rejects, out, progress);
            }
        }
        IoOptions.reportSkipped(spec.commandLine().getErr(), "lede dedupe", rejects);
        if (io.progress != null ? io.progress : Progress.stderrIsTerminal()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("lede dedupe: " + summary.documents() + " documents, " + summary.copies() + " copies ("
                    + summary.exactCopies() + " exact)"
                    + (summary.clusters() >= 0 ? " in " + summary.clusters() + " clusters" : ""));
        }
        return 0;
    }

    /** Documents read in the current pass, for the progress line. */
    private final java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();

    private Corpus.Pass counted(Corpus.Pass pass) {
        return new Corpus.Pass() {
            public boolean hasNext() {
                return pass.hasNext();
            }

            public ObjectNode next() {
                seen.incrementAndGet();
                return pass.next();
            }

            public void close() throws IOException {
                pass.close();
            }
        };
    }

    /** Each pass counts from zero, and the progress line says which pass it is. */
    private Corpus counted(Corpus corpus, Progress progress) {
        int[] passes = {0};
        return () -> {
            passes[0]++;
            seen.set(0);
            progress.status(passes[0] == 1 ? "pass 1: signing documents" : "pass " + passes[0] + ": writing documents");
            return counted(corpus.open());
        };
    }

    private Deduper.Summary runTwoPass(DedupeOptions options, Rejects rejects, NdjsonWriter out, Progress progress)
            throws IOException {
        Deduper deduper = new Deduper(options);
        NdjsonWriter reportOut = report == null ? null : new NdjsonWriter(Output.open(report));
        try {
            Deduper.Sink reportSink = reportOut == null ? null : reportOut::write;
            if (rereadable(inputs)) {
                // Files are read again for each pass. Later passes see the same bad lines the first pass
                // already reported; their rejects go to a scratch file instead of being counted twice.
                Path scratch = Files.createTempFile(tempDir(), "lede-dedupe-rejects-", ".ndjson");
                scratch.toFile().deleteOnExit(); // also when Ctrl-C skips the finally below
                try {
                    boolean[] first = {true};
                    Corpus corpus = () -> {
                        Rejects forPass = first[0] ? rejects
                                : rejects.skipping() ? Rejects.to(scratch) : Rejects.failFast();
                        first[0] = false;
                        return Corpus.pass(UniqueIds.check(io.documents(inputs, forPass), forPass));
                    };
                    return deduper.run(counted(corpus, progress), out::write, reportSink);
                } finally {
                    Files.deleteIfExists(scratch);
                }
            }
            try (SpilledCorpus corpus = new SpilledCorpus(
                    () -> Corpus.pass(UniqueIds.check(io.documents(inputs, rejects), rejects)), tempDir())) {
                return deduper.run(counted(corpus, progress), out::write, reportSink);
            }
        } finally {
            if (reportOut != null) {
                reportOut.close();
            }
        }
    }

    /** Regular files can be read twice; stdin, pipes and process substitutions cannot. */
    private static boolean rereadable(List<String> names) {
        if (names == null || names.isEmpty()) {
            return false;
        }
        for (String name : names) {
            if (Inputs.STDIN.equals(name) || !Files.isRegularFile(Path.of(name))) {
                return false;
            }
        }
        return true;
    }

    private Path tempDir() {
        return tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
    }
}
