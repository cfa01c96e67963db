package lede.extract;

import java.util.List;

/**
 * What {@code extract} adds and how.
 *
 * @param outputs      the outputs to add, in field order
 * @param fineTypes    where fine-grained entity types come from
 * @param aliases      the alias table that joins spelling variants across articles
 * @param fuzzyAliases whether one-letter and doubled-letter variants of the same type are merged
 * @param maxChars     longer texts are annotated in chunks of at most this many characters
 */
public record ExtractConfig(List<ExtractOutput> outputs, FineTypes fineTypes, AliasTable aliases,
                            boolean fuzzyAliases, int maxChars) {
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    /** Every output, lookup types, the shipped aliases, fuzzy merging on. */
    public static ExtractConfig defaults() {
        return new ExtractConfig(Outputs.ALL, FineTypes.LOOKUP, AliasTable.shipped(), true, DEFAULT_MAX_CHARS);
    }

    public ExtractConfig withOutputs(List<ExtractOutput> chosen) {
        return new ExtractConfig(chosen, fineTypes, aliases, fuzzyAliases, maxChars);
    }
}
