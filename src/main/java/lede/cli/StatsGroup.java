package lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lede stats} without its reports, which {@link StatsCommand} adds (see {@link CommandTree}). */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        description = {
                "Turn documents into result rows: counts, entities, quotes, quantities, co-occurrence, n-grams, "
                        + "collocations, keyness, concordances.",
                "",
                "Each report reads documents (from ingest or extract) and writes one flat JSON object per "
                        + "row, or an aligned table with --format table. --where filters the documents first (lede help where).",
        },
        footer = {"", "Examples:",
                "  lede stats count --by month --format table articles.ndjson",
                "  lede extract < docs.ndjson | lede stats entities --type PERSON --top 20"})
public class StatsGroup implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A report is required: without one, say which there are and exit 2, as for any usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "lede stats: name a report: "
                + String.join(", ", spec.subcommands().keySet()) + " (lede stats REPORT --help for one)");
    }
}
