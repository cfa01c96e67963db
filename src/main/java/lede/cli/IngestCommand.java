package lede.cli;

import lede.io.LineReader;
import lede.io.OptionCheck;
import lede.ingest.Format;
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
import java.nio.file.Path;
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

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every input as this format: ${COMPLETION-CANDIDATES}. Default: by file extension "
                    + "(.txt .ndjson .jsonl .json .csv .tsv .html .htm, each also .gz).")
    Format format;

    @Option(names = "--id-field", paramLabel = "NAME",
            description = "Field or column with the document id (default: id, _id, doc_id, guid, uuid).")
    String idField;

    @Option(names = "--text-field", paramLabel = "NAME",
            description = "Field or column with the text (default: text, body, content, article, story, ...).")
    String textField;

    @Option(names = "--title-field", paramLabel = "NAME",
            description = "Field or column with the title (default: title, headline, head, heading).")
    String titleField;

    @Option(names = "--date-field", paramLabel = "NAME",
            description = "Field or column with the date (default: date, published, published_at, pubdate, ...).")
    String dateField;

    @Option(names = "--min-chars", paramLabel = "N", defaultValue = "0",
            description = "Skip documents whose cleaned text is shorter than N characters.")
    int minChars;

    @Option(names = "--since", paramLabel = "DATE", description = "Skip documents dated before DATE (YYYY-MM-DD).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Skip documents dated after DATE (inclusive).")
    String until;

    @Option(names = "--require-date", description = "Skip documents without a date (kept by default).")
    boolean requireDate;

    @Option(names = "--renumber", description = "Give a repeated id a suffix (-2, -3, ...) instead of stopping.")
    boolean renumber;

    @Option(names = "--drop-non-articles",
            description = "Drop documents whose text is only site furniture (newsletter, cookie or sign-up pages); "
                    + "by default they are kept with the warning \"not an article\". Counted in the summary.")
    boolean dropNonArticles;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Cleaning rules to add; a rule with the name of a shipped one replaces it. Repeatable.")
    List<Path> rulesFiles = new ArrayList<>();

    @Option(names = "--no-default-rules", description = "Use only the rules of --rules files.")
    boolean noDefaultRules;

    @Option(names = "--no-rule", paramLabel = "NAME", description = "Turn off one cleaning rule. Repeatable.")
    List<String> offRules = new ArrayList<>();

    @Option(names = "--keep-removed",
            description = "Also keep the removed text in ingest.removed_text: [{rule, text}].")
    boolean keepRemoved;

    @Option(names = "--print-rules", description = "Print the shipped cleaning rules file and exit.")
    boolean printRules;

    @Option(names = "--threads", paramLabel = "N",
            description = "Clean documents on N threads (default: the number of cores); output order is kept.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No summary line on stderr at the end.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        OptionCheck.between("--min-chars", minChars, 0, Integer.MAX_VALUE);
        OptionCheck.day("--since", since);
        OptionCheck.day("--until", until);
        OptionCheck.threads("--threads", threads);
        PrintWriter err = spec.commandLine().getErr();
        if (printRules) {
            spec.commandLine().getOut().print(Rules.defaultText());
            spec.commandLine().getOut().flush();
            return 0;
        }
        Rules rules = noDefaultRules ? Rules.none() : Rules.defaults();
        for (Path file : rulesFiles) {
            rules = rules.plus(file);
        }
        rules = rules.without(offRules);

        IngestOptions options = IngestOptions.builder()
                .format(format)
                .idField(idField)
                .textField(textField)
                .titleField(titleField)
                .dateField(dateField)
                .minChars(minChars)
                .since(since)
                .until(until)
                .requireDate(requireDate)
                .renumber(renumber)
                .keepRemoved(keepRemoved)
                .dropNonArticles(dropNonArticles)
                .rules(rules)
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
                err.println("lede ingest: " + ingest.summary().describe(minChars));
            }
            IoOptions.reportSkipped(err, "lede ingest", rejects);
        }
        err.flush();
        return 0;
    }
}
