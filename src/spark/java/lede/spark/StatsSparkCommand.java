package lede.spark;

import lede.cli.stats.EntitiesCommand;
import lede.io.LedeException;
import lede.io.OptionCheck;
import lede.stats.CountReport;
import lede.stats.EntitiesReport;
import lede.stats.GroupKey;
import lede.stats.Series;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code lede spark stats REPORT}: a report's rows, equal to {@code lede stats REPORT}'s, as one part file. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Turn documents into result rows as lede stats does (the reports so far: count, entities); "
                + "the rows go to one part file in --output, in the CLI's order.",
        subcommands = {StatsSparkCommand.Count.class, StatsSparkCommand.Entities.class})
final class StatsSparkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "lede spark stats: name a report: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** Runs a report and writes its rows; says on stderr how many copies were left out, as the CLI does. */
    static void report(CommandSpec spec, RunOptions run, SparkStats.ReportMaker maker, SparkStats.Around around) {
        maker.make(); // the report's own option checks, on the driver, before Spark starts
        JavaSparkContext sc = run.context();
        run.checkOutputs(sc);
        int partitions = run.partitions(sc);
        JavaRDD<Line> lines = SparkExtract.spread(SparkExtract.read(sc, run.inputs, run.maxLineBytes, partitions), partitions);
        lines = run.badRecords(lines);
        SparkStats.Rows rows = SparkStats.run(sc, lines, maker, around);
        sc.parallelize(rows.rows(), 1).saveAsTextFile(run.output);
        PrintWriter err = spec.commandLine().getErr();
        if (rows.copiesLeftOut() > 0) {
            err.println(spec.qualifiedName() + ": left out " + rows.copiesLeftOut()
                    + (rows.copiesLeftOut() == 1 ? " copy" : " copies")
                    + " (documents with dup.of, marked by lede dedupe); --include-copies counts them");
        }
        err.flush();
        lines.unpersist();
    }

    @Command(name = "count", mixinStandardHelpOptions = true,
            description = "Documents, tokens, sentences and characters, in all or per group.")
    static final class Count implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        RunOptions run;
        @Mixin
        StatsFlags stats;

        @Option(names = "--by", paramLabel = "KEY",
                description = "Group by day, week, month, year, source or any field (dots reach into objects: "
                        + "meta.section). Repeat for a cross-tab.")
        List<String> by = new ArrayList<>();

        @Override
        public Integer call() {
            List<String> keys = List.copyOf(by);
            boolean fill = !stats.noFill;
            boolean wide = stats.wide;
            report(spec, run, () -> new CountReport(keys, fill, wide), stats.around(false));
            return 0;
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "Per entity: type, mentions, documents, first and last date, surface variants.")
    static final class Entities implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        RunOptions run;
        @Mixin
        StatsFlags stats;

        @Option(names = "--type", split = ",", paramLabel = "TYPE",
                description = "Only these CoreNLP types (PERSON, ORGANIZATION, CITY, ...); place means LOCATION, "
                        + "CITY, COUNTRY and STATE_OR_PROVINCE.")
        List<String> types;

        @Option(names = "--by", paramLabel = "KEY",
                description = "One row per group and entity: day, week, month, year, or any field.")
        String by;

        @Option(names = "--top", paramLabel = "N", description = "Only the N entities with the most mentions.")
        int top;

        @Option(names = "--no-merge",
                description = "Count names as extract wrote them: no merging across the corpus.")
        boolean noMerge;

        @Override
        public Integer call() {
            OptionCheck.limit("--top", top);
            if (stats.wide && by == null) {
                throw new LedeException("--wide goes with --by");
            }
            Set<String> typeSet = Set.copyOf(EntitiesCommand.typeSet(types));
            Series series = by == null ? Series.NONE : new Series(GroupKey.of(by), !stats.noFill, stats.wide);
            int limit = top;
            boolean merge = !noMerge;
            report(spec, run, () -> new EntitiesReport(new java.util.HashSet<>(typeSet), series, limit, merge),
                    stats.around(merge));
            return 0;
        }
    }
}
