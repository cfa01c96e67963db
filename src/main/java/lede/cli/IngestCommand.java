package lede.cli;

import lede.io.LineReader;
import lede.io.OptionCheck;
import lede.ingest.Ingest;
import lede.ingest.IngestOptions;
import lede.ingest.Rules;
import lede.io.NdjsonWriter;
import lede.io.Rejects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Read articles (plain text, NDJSON, CSV/TSV, HTML, gzipped or not) and write clean documents.",
        footer = {"",
                "Examples:",
                "  lede ingest articles/ > docs.ndjson",
                "  lede ingest --text-field story --since 2022-09-01 export.csv.gz > docs.ndjson",
                "",
                "The cleaning rules: lede help rules; lede ingest --print-rules prints them (edit a copy, use it with",
                "--rules FILE). The fields written: lede help format."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IoOptions io;

    @Parameters(paramLabel = "PATH|GLOB|-", arity = "0..*",
            description = "Files, folders (read recursively, sorted), quoted globs, or - for stdin (the default).")
    List<String> inputs = new ArrayList<>();

    @Mixin
    IngestFlags flags;

    @Option(names = "--print-rules", description = "Print the shipped cleaning rules file and exit.")
    boolean printRules;

    @Option(names = "--threads", paramLabel = "N",
            description = "Clean documents on N threads (default: the number of cores); output order is kept.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No summary line on stderr at the end.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        OptionCheck.threads("--threads", threads);
        PrintWriter err = spec.commandLine().getErr();
        if (printRules) {
            spec.commandLine().getOut().print(Rules.defaultText());
            spec.commandLine().getOut().flush();
            return 0;
        }
        IngestOptions options = flags.builder()
                .threads(threads)
                .maxLineBytes(OptionCheck.between("--max-line-bytes", io.maxLineBytes, 1024, LineReader.MAX_LIMIT))
                .build();

        io.checkOutputs(inputs);
        try (Rejects rejects = io.rejects()) {
            Ingest ingest = new Ingest(options, rejects);
            try (NdjsonWriter out = new NdjsonWriter(io.openOutput());
                 Progress progress = io.progress(err, "lede ingest", inputs)
                         .track(ingest::documentsSoFar, null, null, -1)) {
                ingest.run(inputs, out);
            }
            if (!quiet) {
                err.println("lede ingest: " + ingest.summary().describe(flags.minChars()));
            }
            IoOptions.reportSkipped(err, "lede ingest", rejects);
        }
        err.flush();
        return 0;
    }
}
