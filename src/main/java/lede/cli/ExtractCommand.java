package lede.cli;

import lede.extract.AliasTable;
import lede.extract.ExtractConfig;
import lede.extract.ExtractRun;
import lede.extract.Extractor;
import lede.extract.FineTypes;
import lede.extract.Outputs;
import lede.io.DocumentSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.BadOptionException;
import lede.io.Json;
import lede.io.LedeException;
import lede.io.OptionCheck;
import lede.io.NdjsonWriter;
import lede.io.Rejects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Add named entities with canonical names, dates and more to each document, with Stanford CoreNLP.",
        footer = {"",
                "Examples:",
                "  lede ingest articles/ | lede extract > annotated.ndjson",
                "  lede extract --only entities --threads 2 --aliases my-aliases.tsv docs.ndjson -o out.ndjson"})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    IoOptions io;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "NDJSON documents (default: stdin; - is stdin; .gz is read as it is).")
    List<String> inputs;

    @Option(names = "--only", paramLabel = "OUTPUTS", split = ",",
            description = "Outputs to add, comma-separated (default: all): ${COMPLETION-CANDIDATES}.",
            completionCandidates = OutputNames.class)
    List<String> only;

    @Option(names = "--threads", paramLabel = "N",
            description = "Annotate on N threads (default: all cores). Output is the same for any N.")
    Integer threads;

    @Option(names = "--fine-types", paramLabel = "SOURCE", defaultValue = "lookup",
            description = "Fine-grained entity types: lookup (places and nationalities from CoreNLP's lists, "
                    + "fast; default), corenlp (CoreNLP's full fine-grained NER, 2-3 times slower), none.")
    FineTypes fineTypes;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Alias table (TSV: alias, canonical, optional type) extending the shipped one; repeatable.")
    List<Path> aliasFiles;

    @Option(names = "--no-default-aliases", description = "Do not use the shipped alias table (only --aliases files).")
    boolean noDefaultAliases;

    @Option(names = "--no-fuzzy-aliases",
            description = "Do not merge names of the same type that differ by one letter or a doubled letter.")
    boolean noFuzzyAliases;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ExtractConfig.DEFAULT_MAX_CHARS,
            description = "Annotate texts longer than N characters in chunks (with a warning) (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--resume",
            description = "Finish an interrupted run: keep the complete documents already in the -o FILE (a half-written "
                    + "last line is redone) and append the rest, so FILE ends as an uninterrupted run would leave it.")
    boolean resume;

    @Option(names = "--progress", description = "Report progress on stderr even when it is not a terminal.")
    boolean progress;

    @Option(names = "--quiet", description = "No progress and no warnings on stderr.")
    boolean quiet;

    static final class OutputNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Outputs.names().iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        OptionCheck.between("--max-chars", maxChars, 1000, Integer.MAX_VALUE);
        OptionCheck.threads("--threads", threads);
        if (resume && (io.output == null || io.output.toString().equals("-"))) {
            throw new LedeException("--resume needs the output file: -o FILE");
        }
        ObjectNode settings = settings();
        java.util.Set<String> finished = resume
                ? lede.io.Resume.finishedIds(io.output, (number, document) -> sameSettings(number, document, settings))
                : java.util.Set.of();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new LedeException("--threads must be at least 1");
        }
        AliasTable aliases = noDefaultAliases ? AliasTable.empty() : AliasTable.shipped();
        if (aliasFiles != null) {
            for (Path file : aliasFiles) {
                aliases = aliases.plus(file);
            }
        }
        ExtractConfig config = new ExtractConfig(Outputs.parse(only), fineTypes, aliases, !noFuzzyAliases, maxChars);
        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = !quiet && (progress || System.console() != null);
        ProgressLine line = new ProgressLine(err, showProgress);
        try (Rejects rejects = io.rejects();
             DocumentSource source = io.documents(inputs, rejects)
                     .passOver(document -> !finished.isEmpty() && finished.contains(document.path("id").asText(null)));
             // a document a line as it is done: a pipeline sees progress, and --resume loses little
             NdjsonWriter out = new NdjsonWriter(resume ? io.openOutputForAppend() : io.openOutput()).autoFlush(true)) {
            if (!source.hasNext()) {
                // nothing to annotate (empty input, or a resumed run already complete): no models to load
                if (resume && !quiet) {
                    err.println("lede extract: resumed; " + source.passedOver() + " documents were already done");
                }
                IoOptions.reportSkipped(err, "lede extract", rejects);
                return 0;
            }
            line.message("loading CoreNLP models...");
            Extractor extractor = new Extractor(config);
            line.message("");
            ExtractRun run = new ExtractRun(extractor, threadCount, maxChars,
                    warning -> {
                        if (!quiet) {
                            line.warn("extract: " + warning);
                        }
                    },
                    line::update);
            ExtractRun.Progress done = run.recording(settings).run(source, rejects, out);
            line.finish(done);
            if (resume && !quiet) {
                err.println("lede extract: resumed; " + source.passedOver() + " documents were already done");
            }
            IoOptions.reportSkipped(err, "lede extract", rejects);
        }
        return 0;
    }

    /** The options that shape the annotations, as each document records them in {@code extract}. */
    private ObjectNode settings() {
        ObjectNode settings = Json.object();
        ArrayNode outputs = settings.putArray("only");
        Outputs.parse(only).forEach(output -> outputs.add(output.name()));
        settings.put("fine_types", fineTypes.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode aliases = settings.putArray("aliases");
        if (!noDefaultAliases) {
            aliases.add("shipped");
        }
        if (aliasFiles != null) {
            aliasFiles.forEach(file -> aliases.add(file.toString()));
        }
        settings.put("fuzzy_aliases", !noFuzzyAliases);
        settings.put("max_chars", maxChars);
        settings.put("version", lede.Lede.version());
        return settings;
    }

    /** A resumed run goes on only where the finished documents were annotated with the same options. */
    private void sameSettings(long number, JsonNode document, ObjectNode settings) {
        JsonNode theirs = document.get("extract");
        if (!settings.equals(theirs)) {
            throw new BadOptionException(io.output + ":" + number + ": annotated with other options ("
                    + (theirs == null ? "none recorded" : theirs.toString()) + ") than this run (" + settings
                    + "); resume with the same options, or write to a new file");
        }
    }

    /** One self-overwriting progress line on stderr (at most a few updates a second). */
    static final class ProgressLine {
        private final PrintWriter err;
        private final boolean enabled;
        private long lastNanos;
        private boolean dirty;

        ProgressLine(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        void message(String text) {
            if (enabled) {
                err.print("\r\033[K" + text);
                err.flush();
                dirty = !text.isEmpty();
            }
        }

        void warn(String text) {
            if (dirty) {
                err.print("\r\033[K");
                dirty = false;
            }
            err.println("lede " + text);
            err.flush();
        }

        void update(ExtractRun.Progress p) {
            long now = System.nanoTime();
            if (!enabled || now - lastNanos < 500_000_000L) {
                return;
            }
            lastNanos = now;
            message(describe(p));
        }

        void finish(ExtractRun.Progress p) {
            if (enabled) {
                message(describe(p));
                err.println();
                err.flush();
            }
        }

        private static String describe(ExtractRun.Progress p) {
            double seconds = Math.max(p.nanos() / 1e9, 1e-3);
            return String.format("extract: %,d documents, %,d tokens, %.1f s (%.1f documents/s, %,.0f tokens/s)",
                    p.documents(), p.tokens(), seconds, p.documents() / seconds, p.tokens() / seconds);
        }
    }
}
