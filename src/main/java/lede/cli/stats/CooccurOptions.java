package lede.cli.stats;

import lede.io.OptionCheck;
import lede.stats.CooccurReport;
import picocli.CommandLine.Option;

import java.util.List;

/** stats cooccur's own options and the report they make, for the command line and for Spark. */
public final class CooccurOptions {
    enum Within { sentence, document }

    @Option(names = "--within", paramLabel = "UNIT", defaultValue = "document",
            description = "sentence or document (default).")
    Within within;

    @Option(names = "--min", paramLabel = "N", defaultValue = "1",
            description = "Only pairs named together in at least N units (default 1).")
    long min;

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only entities of these types (place: LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE).")
    List<String> types;

    @Option(names = "--top", paramLabel = "N", description = "Only the N pairs named together most often.")
    int top;

    public CooccurReport report() {
        OptionCheck.between("--min", min, 1, Long.MAX_VALUE);
        OptionCheck.limit("--top", top);
        return new CooccurReport(within == Within.sentence, EntitiesOptions.typeSet(types), min, top);
    }
}
