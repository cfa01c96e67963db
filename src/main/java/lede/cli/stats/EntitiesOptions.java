package lede.cli.stats;

import lede.io.LedeException;
import lede.io.OptionCheck;
import lede.stats.EntitiesReport;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** stats entities' own options and the report they make, for the command line and for Spark. */
public final class EntitiesOptions {
    public static final String DESCRIPTION = "Per entity: type, mentions, documents, first and last date, surface variants.";

    @Mixin
    SeriesOptions series;

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only these CoreNLP types (PERSON, ORGANIZATION, CITY, ...); place means LOCATION, "
                    + "CITY, COUNTRY and STATE_OR_PROVINCE.")
    List<String> types;

    @Option(names = "--by", paramLabel = "KEY",
            description = "One row per group and entity: day, week, month, year, or any field (source, "
                    + "meta.outlet).")
    String by;

    @Option(names = "--top", paramLabel = "N", description = "Only the N entities with the most mentions.")
    int top;

    @Option(names = "--no-merge",
            description = "Count names as extract wrote them: no merging across the corpus (spellings, "
                    + "transliterations, a lone surname under the one full name that ends with it).")
    boolean noMerge;

    public EntitiesReport report() {
        OptionCheck.limit("--top", top);
        if (series.wide && by == null) {
            throw new LedeException("--wide goes with --by");
        }
        return new EntitiesReport(typeSet(types), series.series(by), top, !noMerge);
    }

    /** --type's names in upper case; place stands for the four place types. */
    static Set<String> typeSet(List<String> types) {
        Set<String> set = new HashSet<>();
        if (types != null) {
            for (String type : types) {
                String upper = type.strip().toUpperCase(Locale.ROOT);
                if (upper.equals("PLACE")) {
                    set.addAll(EntitiesReport.PLACE_TYPES);
                } else if (!upper.isEmpty()) {
                    set.add(upper);
                }
            }
        }
        return set;
    }
}
