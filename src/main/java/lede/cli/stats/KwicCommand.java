package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.KwicReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "kwic", mixinStandardHelpOptions = true,
        description = KwicOptions.DESCRIPTION,
        footer = {"", "Examples:",
                "  lede stats kwic Kherson --width 50 --format table docs.ndjson",
                "  lede stats kwic --entity \"Volodymyr Zelensky\" extracted.ndjson"})
public final class KwicCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    WhereOption where;
    @Mixin
    KwicOptions kwic;

    @Parameters(paramLabel = "TERM FILE", description = "The term (unless --regex or --entity), "
            + "then NDJSON documents (default: stdin).")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> files = new ArrayList<>(arguments);
        KwicReport report = kwic.report(kwic.takesTerm() && !files.isEmpty() ? files.remove(0) : null);
        ReportDriver.report(spec, io, options, files, where.parse(), report);
        return 0;
    }
}
