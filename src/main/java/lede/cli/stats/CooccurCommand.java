package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.CooccurReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    WhereOption where;
    @Mixin
    CooccurOptions cooccur;

    @Parameters(paramLabel = "FILE", description = "Documents from lede extract (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        CooccurReport report = cooccur.report();
        ReportDriver.report(spec, io, options, files, where.parse(), report);
        return 0;
    }
}
