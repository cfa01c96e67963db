package lede.spark;

import lede.cli.stats.CollocationsOptions;
import lede.cli.stats.CooccurOptions;
import lede.cli.stats.CorpusOptions;
import lede.cli.stats.CountOptions;
import lede.cli.stats.EntitiesOptions;
import lede.cli.stats.KeynessOptions;
import lede.cli.stats.KwicOptions;
import lede.cli.stats.NgramsOptions;
import lede.cli.stats.QuantitiesOptions;
import lede.cli.stats.QuotesOptions;
import lede.cli.stats.WhereOption;
import lede.io.LedeException;
import lede.stats.MergeableReport;
import lede.stats.Where;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code lede spark stats REPORT}: a report's rows, equal to {@code lede stats REPORT}'s, as one part file. Each
 * report takes the command line's own options (the same mixins as {@code lede.cli.stats}), so the two cannot drift.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Turn documents into result rows as lede stats does, with its options; the rows go to one "
                + "part file in --output, as NDJSON, in the CLI's order.",
                "Not here: --format (rows are NDJSON; cooccur's GEXF is CLI only) and --threads (Spark's tasks "
                        + "share the work: --master, --partitions)."},
        subcommands = {StatsSparkCommand.Count.class, StatsSparkCommand.Entities.class, StatsSparkCommand.Cooccur.class,
                StatsSparkCommand.Ngrams.class, StatsSparkCommand.Collocations.class, StatsSparkCommand.Keyness.class,
                StatsSparkCommand.Kwic.class, StatsSparkCommand.Quantities.class, StatsSparkCommand.Quotes.class})
final class StatsSparkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "lede spark stats: name a report: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** What every report on Spark takes; a report adds its own options and makes its report from them. */
    abstract static class ReportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        RunOptions run;
        @Mixin
        CorpusOptions corpus;

        /** The report, its options checked, on the driver before Spark starts. */
        abstract MergeableReport<?, ?> report();

        /** --where, or null for every document (keyness's --where is its target, not a filter). */
        abstract String where();

        @Override
        public Integer call() {
            MergeableReport<?, ?> report = report();
            SparkStats.Filter filter = new SparkStats.Filter(Where.parse(where()), corpus.includeCopies);
            JavaSparkContext sc = run.context();
            run.checkOutputs(sc);
            int partitions = run.partitions(sc);
            JavaRDD<Line> lines = SparkExtract.spread(SparkExtract.read(sc, run.inputs, run.maxLineBytes, partitions),
                    partitions);
            lines = run.badRecords(lines);
            SparkStats.Rows rows = SparkStats.run(sc, lines, report, filter, corpus.aliasTableFor(report));
            sc.parallelize(rows.rows(), 1).saveAsTextFile(run.output);
            PrintWriter err = spec.commandLine().getErr();
            if (rows.copiesLeftOut() > 0) {
                err.println(spec.qualifiedName() + ": left out " + rows.copiesLeftOut()
                        + (rows.copiesLeftOut() == 1 ? " copy" : " copies")
                        + " (documents with dup.of, marked by lede dedupe); --include-copies counts them");
            }
            err.flush();
            lines.unpersist();
            return 0;
        }
    }

    @Command(name = "count", mixinStandardHelpOptions = true, description = CountOptions.DESCRIPTION)
    static final class Count extends ReportCommand {
        @Mixin
        WhereOption where;
        @Mixin
        CountOptions options;

        MergeableReport<?, ?> report() {
            return options.report();
        }

        String where() {
            return where.where;
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true, description = EntitiesOptions.DESCRIPTION)
    static final class Entities extends ReportCommand {
        @Mixin
        WhereOption where;
        @Mixin
        EntitiesOptions options;

        MergeableReport<?, ?> report() {
            return options.report();
        }

        String where() {
            return where.where;
        }
    }

    @Command(name = "cooccur", mixinStandardHelpOptions = true,
            description = "Entity pairs named in the same sentence or document, with counts and PMI "
                    + "(for the GEXF network, run lede stats cooccur --format gexf on the documents).")
    static final class Cooccur extends ReportCommand {
        @Mixin
        WhereOption where;
        @Mixin
        CooccurOptions options;

        MergeableReport<?, ?> report() {
            return options.report();
        }

        String where() {
            return where.where;
        }
    }

    @Command(name = "ngrams", mixinStandardHelpOptions = true, description = NgramsOptions.DESCRIPTION)
    static final class Ngrams extends ReportCommand {
        @Mixin
        WhereOption where;
        @Mixin
        NgramsOptions options;

        MergeableReport<?, ?> report() {
            return options.report();
        }

        String where() {
            return where.where;
        }
    }

    @Command(name = "collocations", mixinStandardHelpOptions = true, description = CollocationsOptions.DESCRIPTION)
    static final class Collocations extends ReportCommand {
        @Mixin
        WhereOption where;
        @Mixin
        CollocationsOptions options;

        MergeableReport<?, ?> report() {
            return options.report();
        }

        String where() {
            return where.where;
        }
    }

    @Command(name = "keyness", mixinStandardHelpOptions = true, description = KeynessOptions.DESCRIPTION)
    static final class Keyness extends ReportCommand {
        @Mixin
        KeynessOptions options;

        MergeableReport<?, ?> report() {
            return options.report();
        }

        String where() {
            return null;
        }
    }

    @Command(name = "kwic", mixinStandardHelpOptions = true, description = KwicOptions.DESCRIPTION)
    static final class Kwic extends ReportCommand {
        @Mixin
        WhereOption where;
        @Mixin
        KwicOptions options;

        @Parameters(arity = "0..1", paramLabel = "TERM", description = "The term (unless --regex or --entity).")
        String term;

        MergeableReport<?, ?> report() {
            if (term != null && !options.takesTerm()) {
                throw new LedeException("give a TERM, --regex RE or --entity NAME, one of them");
            }
            return options.report(term);
        }

        String where() {
            return where.where;
        }
    }

    @Command(name = "quantities", mixinStandardHelpOptions = true, description = QuantitiesOptions.DESCRIPTION)
    static final class Quantities extends ReportCommand {
        @Mixin
        WhereOption where;
        @Mixin
        QuantitiesOptions options;

        MergeableReport<?, ?> report() {
            return options.report();
        }

        String where() {
            return where.where;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = QuotesOptions.DESCRIPTION)
    static final class Quotes extends ReportCommand {
        @Mixin
        WhereOption where;
        @Mixin
        QuotesOptions options;

        MergeableReport<?, ?> report() {
            return options.report();
        }

        String where() {
            return where.where;
        }
    }
}
