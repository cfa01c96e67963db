package lede.cli.stats;

import lede.io.OptionCheck;
import lede.cli.IoOptions;
import lede.stats.CooccurReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "cooccur", mixinStandardHelpOptions = true,
        description = "Entity pairs named in the same sentence or document, with counts and PMI; "
                + "--format gexf writes the network for Gephi.",
        footer = {"", "Examples:",
                "  lede stats cooccur --within sentence --min 2 --format table extracted.ndjson",
                "  lede stats cooccur --type PERSON,ORGANIZATION --format gexf -o network.gexf extracted.ndjson"})
public final class CooccurCommand implements Callable<Integer> {
    enum Within { sentence, document }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    WhereOption where;

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

    @Parameters(paramLabel = "FILE", description = "Documents from lede extract (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        OptionCheck.between("--min", min, 1, Long.MAX_VALUE);
        OptionCheck.limit("--top", top);
        ReportDriver.report(spec, io, options, files, where.parse(),
                new CooccurReport(within == Within.sentence, EntitiesCommand.typeSet(types), min, top));
        return 0;
    }
}
