package lede.spark;

import picocli.CommandLine.Option;

import java.util.List;

/** The options every {@code lede stats} report shares that mean something on Spark, with the CLI's names. */
final class StatsFlags {
    @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
            description = "Only documents matching EXPR, e.g. 'date >= 2022-09-01 and has entity \"Kherson\"' "
                    + "(lede help where).")
    String where;

    @Option(names = "--include-copies",
            description = "Also count the documents lede dedupe marked as copies (with dup.of). By default a copy "
                    + "is left out, so a story printed by ten sites counts once; stderr says how many were left out.")
    boolean includeCopies;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Alias table (alias<TAB>canonical[<TAB>type]) applied to entity names and speakers before "
                    + "counting (repeatable); read on the driver and on each executor.")
    List<String> aliases;

    @Option(names = "--no-fill",
            description = "With --by a period: leave out periods without documents (default: every period from "
                    + "the first to the last is a row, zeros included).")
    boolean noFill;

    @Option(names = "--wide",
            description = "With --by: one row per group and one column per name; with --top N, N columns.")
    boolean wide;

    SparkStats.Around around(boolean mergeNames) {
        return new SparkStats.Around(where, includeCopies, mergeNames, aliases == null ? List.of() : List.copyOf(aliases));
    }
}
