package lede.cli.stats;

import lede.stats.Docs;
import lede.stats.QuantitiesReport;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** stats quantities' own options and the report they make, for the command line and for Spark. */
public final class QuantitiesOptions {
    public static final String DESCRIPTION = "Quantities per kind and unit, their most frequent values, or one unit over time.";

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = "--unit", paramLabel = "UNIT",
            description = "Only quantities in UNIT (people, USD, km; case ignored; null for bare counts).")
    String unit;

    @Option(names = "--by", paramLabel = "PERIOD",
            description = "One row per PERIOD (day, week, month, year) and unit: count, sum and max of the values.")
    String by;

    @Option(names = "--top", paramLabel = "N", description = "The N most frequent values of each kind and unit.")
    int top;

    public QuantitiesReport report() {
        Docs.Period period = by == null ? null : Docs.Period.of(by);
        if (by != null && period == null) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--by takes day, week, month or year, not " + by);
        }
        return new QuantitiesReport(unit, period, top);
    }
}
