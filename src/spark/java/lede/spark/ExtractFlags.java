package lede.spark;

import lede.extract.ExtractConfig;
import lede.extract.ExtractSpec;
import lede.extract.FineTypes;
import lede.io.OptionCheck;
import picocli.CommandLine.Option;

import java.util.List;

/** extract's options, with the names and meanings of {@code lede extract} (see lede.cli.ExtractCommand). */
final class ExtractFlags {
    @Option(names = "--only", paramLabel = "OUTPUTS", split = ",",
            description = "Outputs to add, comma-separated (default: all): entities, dates, quantities, quotes.")
    List<String> only;

    @Option(names = "--fine-types", paramLabel = "SOURCE", defaultValue = "lookup",
            description = "Fine-grained entity types: lookup (places and nationalities from CoreNLP's lists, "
                    + "fast; default), corenlp (CoreNLP's full fine-grained NER, 2-3 times slower), none.")
    FineTypes fineTypes;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Alias table (TSV: alias, canonical, optional type) extending the shipped one; repeatable. "
                    + "Read by each executor: the path must be readable there (spark-submit --files ships it).")
    List<String> aliasFiles;

    @Option(names = "--no-default-aliases", description = "Do not use the shipped alias table (only --aliases files).")
    boolean noDefaultAliases;

    @Option(names = "--no-fuzzy-aliases",
            description = "Do not merge names of the same type that differ by one letter or a doubled letter.")
    boolean noFuzzyAliases;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ExtractConfig.DEFAULT_MAX_CHARS,
            description = "Annotate texts longer than N characters in chunks (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--vague-dates",
            description = "Keep vague date references (\"the past\", \"now\", \"the future\") in dates, marked \"vague\": true.")
    boolean vagueDates;

    /** The options as the executors' Extractors take them; checked here, on the driver, before any work. */
    Extractors.Key options() {
        OptionCheck.between("--max-chars", maxChars, 1000, Integer.MAX_VALUE);
        ExtractSpec spec = new ExtractSpec(only, fineTypes, aliasFiles, !noDefaultAliases, !noFuzzyAliases, maxChars);
        spec.resolve(); // an unknown output or an unreadable alias file is an error now, not on an executor
        return new Extractors.Key(spec, vagueDates);
    }
}
