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
import picocli.CommandLine.Command;

/** {@code lede stats} and its reports; the usage and options are in {@link StatsGroup}. */
@Command(name = "stats", subcommands = {
        CountCommand.class,
        EntitiesCommand.class,
        QuotesCommand.class,
        QuantitiesCommand.class,
        CooccurCommand.class,
        NgramsCommand.class,
        CollocationsCommand.class,
        KeynessCommand.class,
        KwicCommand.class,
})
public final class StatsCommand extends StatsGroup {
}
