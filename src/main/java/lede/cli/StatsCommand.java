package lede.cli;

import lede.cli.stats.CollocationsCommand;
import lede.cli.stats.CooccurCommand;
import lede.cli.stats.CountCommand;
import lede.cli.stats.EntitiesCommand;
import lede.cli.stats.KeynessCommand;
import lede.cli.stats.KwicCommand;
import lede.cli.stats.NgramsCommand;
import lede.cli.stats.QuantitiesCommand;
import lede.cli.stats.QuotesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "stats",
        mixinStandardHelpOptions = true,
        description = {
                "Turn documents into result rows: counts, entities, quotes, quantities, co-occurrence, n-grams, "
                        + "collocations, keyness, concordances.",
                "",
                "Each report reads documents (from ingest or extract) and writes one flat JSON object per "
                        + "row, or an aligned table with --format table. --where filters the documents first (lede help where).",
        },
        subcommands = {
                CountCommand.class,
                EntitiesCommand.class,
                QuotesCommand.class,
                QuantitiesCommand.class,
                CooccurCommand.class,
                NgramsCommand.class,
                CollocationsCommand.class,
                KeynessCommand.class,
                KwicCommand.class,
        },
        footer = {"", "Examples:",
                "  lede stats count --by month --format table articles.ndjson",
                "  lede extract < docs.ndjson | lede stats entities --type PERSON --top 20"})
public final class StatsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A report is required: without one, say which there are and exit 2, as for any usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "lede stats: name a report: "
                + String.join(", ", spec.subcommands().keySet()) + " (lede stats REPORT --help for one)");
    }
}
