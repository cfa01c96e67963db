package lede.cli;

import lede.extract.ExtractConfig;
import lede.extract.ExtractDriver;
import lede.extract.ExtractSpec;
import lede.extract.Extractor;
import lede.extract.Outputs;
import lede.io.DocumentSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.BadOptionException;
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
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Add named entities with canonical names, dates and more to each document, with Stanford CoreNLP.",
                "",
                "The fields it adds: lede help format. How good they are: lede help quality."},
        footer = {"",
                "Examples:",
                "  lede ingest articles/ | lede extract > annotated.ndjson",
                "  lede extract --only entities,quotes docs.ndjson -o out.ndjson",
                "  lede extract --threads 2 --aliases my-aliases.tsv -o out.ndjson docs.ndjson"})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    IoOptions io;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "NDJSON documents (default: stdin; - is stdin; .gz is read as it is).")
    List<String> inputs;

    @Mixin
    ExtractFlags flags;

    @Option(names = "--threads", paramLabel = "N",
            description = "Annotate on N threads (default: all cores). Output is the same for any N.")
    Integer threads;

    @Option(names = "--resume",
            description = "Finish an interrupted run: keep the complete documents already in the -o FILE (a half-written "
                    + "last line is redone) and append the rest, so FILE ends as an uninterrupted run would leave it.")
    boolean resume;

    @Option(names = "--quiet", description = "No progress and no warnings on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        ExtractSpec extractSpec = flags.spec();
        OptionCheck.threads("--threads", threads);
        io.checkOutputs(inputs);
        if (resume && (io.output == null || io.output.toString().equals("-"))) {
            throw new LedeException("--resume needs the output file: -o FILE");
        }
        ObjectNode settings = extractSpec.settings(flags.vagueDates(), flags.langAny());
        java.util.Set<String> finished = resume
                ? lede.io.Resume.finishedIds(io.output, (number, document) -> sameSettings(number, document, settings))
                : java.util.Set.of();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new LedeException("--threads must be at least 1");
        }
        ExtractConfig config = extractSpec.resolve();
        if (flags.vagueDates()) {
            config = config.withOutputs(Outputs.withVagueDates(config.outputs()));
        }
        PrintWriter err = spec.commandLine().getErr();
        // a pipe's first document may be seconds away (the stage before it starting): load the models meanwhile.
        // A file's is at hand, and a file with none needs no models (an empty pipe's loading is left unfinished).
        boolean fromPipe = inputs == null || inputs.isEmpty() || inputs.contains("-");
        long loading = System.nanoTime();
        java.util.concurrent.CompletableFuture<Extractor> early = fromPipe ? Extractor.loading(config) : null;
        Progress line = quiet ? Progress.off() : io.progress(err, "lede extract", inputs);
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
            line.status("loading CoreNLP models...");
            Extractor extractor = early != null ? Extractor.loaded(early) : new Extractor(config);
            line.status(String.format(java.util.Locale.ROOT, "models loaded in %.1f s", (System.nanoTime() - loading) / 1e9));
            java.util.concurrent.atomic.AtomicLong tokens = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong documents = new java.util.concurrent.atomic.AtomicLong();
            ExtractDriver run = new ExtractDriver(extractor, threadCount, extractSpec.maxChars(),
                    warning -> {
                        if (!quiet) {
                            line.warn(warning);
                        }
                    },
                    p -> {
                        documents.set(p.documents());
                        tokens.set(p.tokens());
                    });
            line.track(documents::get, tokens::get, source::bytesRead, source.totalBytes());
            run.recording(settings).langAny(flags.langAny()).run(source, rejects, out);
            line.close();
            String skipped = ExtractDriver.skippedMessage(run.skippedByLang());
            if (skipped != null && !quiet) {
                err.println("lede extract: " + skipped);
            }
            if (resume && !quiet) {
                err.println("lede extract: resumed; " + source.passedOver() + " documents were already done");
            }
            IoOptions.reportSkipped(err, "lede extract", rejects);
        }
        return 0;
    }

    /** A resumed run goes on only where the finished documents were annotated with the same options. */
    private void sameSettings(long number, JsonNode document, ObjectNode settings) {
        JsonNode theirs = document.get("extract");
        if (theirs instanceof ObjectNode recorded && recorded.has("skipped")) {
            theirs = recorded.deepCopy().without("skipped"); // a document skipped for its language, same options
        }
        if (!settings.equals(theirs)) {
            throw new BadOptionException(io.output + ":" + number + ": annotated with other options ("
                    + (theirs == null ? "none recorded" : theirs.toString()) + ") than this run (" + settings
                    + "); resume with the same options, or write to a new file");
        }
    }
}
