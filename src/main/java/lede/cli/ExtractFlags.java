package lede.cli;

import lede.extract.ExtractConfig;
import lede.extract.ExtractSpec;
import lede.extract.FineTypes;
import lede.extract.Outputs;
import lede.io.OptionCheck;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * The options of {@code lede extract} that shape its annotations, as one picocli mixin: the command line and
 * {@code lede spark} (extract, pipeline) take the same options with the same meanings from here.
 */
public final class ExtractFlags {
    @Option(names = "--only", paramLabel = "OUTPUTS", split = ",",
            description = "Outputs to add, comma-separated (default: all): ${COMPLETION-CANDIDATES}.",
            completionCandidates = ExtractFlags.OutputNames.class)
    List<String> only;

    @Option(names = "--fine-types", paramLabel = "SOURCE", defaultValue = "lookup",
            description = "Fine-grained entity types: lookup (places and nationalities from CoreNLP's lists, "
                    + "fast; default), corenlp (CoreNLP's full fine-grained NER, 2-3 times slower), none.")
    FineTypes fineTypes;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Alias table (TSV: alias, canonical, optional type) extending the shipped one; repeatable.")
    List<String> aliasFiles;

    @Option(names = "--no-default-aliases", description = "Do not use the shipped alias table (only --aliases files).")
    boolean noDefaultAliases;

    @Option(names = "--no-fuzzy-aliases",
            description = "Do not merge names of the same type that differ by one letter or a doubled letter.")
    boolean noFuzzyAliases;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ExtractConfig.DEFAULT_MAX_CHARS,
            description = "Annotate texts longer than N characters in chunks (with a warning) (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--vague-dates",
            description = "Keep vague date references (\"the past\", \"now\", \"the future\") in dates, marked \"vague\": true.")
    boolean vagueDates;

    @Option(names = "--lang-any",
            description = "Annotate documents in every language with the English models. By default a document "
                    + "whose lang is known and not en gets no entities, quotes, dates or quantities, only "
                    + "extract.skipped: \"lang xx\" (lang null counts as English).")
    boolean langAny;

    static final class OutputNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Outputs.names().iterator();
        }
    }

    /** The options as plain values, checked (an unknown output or an unreadable alias file fails here). */
    public ExtractSpec spec() {
        OptionCheck.between("--max-chars", maxChars, 1000, Integer.MAX_VALUE);
        return new ExtractSpec(only, fineTypes, aliasFiles, !noDefaultAliases, !noFuzzyAliases, maxChars);
    }

    public boolean vagueDates() {
        return vagueDates;
    }

    public boolean langAny() {
        return langAny;
    }
}
