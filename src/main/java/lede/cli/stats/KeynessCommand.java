package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.KeynessReport;
import lede.stats.Where;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "keyness", mixinStandardHelpOptions = true,
        description = KeynessOptions.DESCRIPTION,
        footer = {"", "Examples:",
                "  lede stats keyness --where 'date = 2022-09' --p 0.01 --top 30 --format table docs.ndjson",
                "  lede stats keyness --entities --where 'source ~ kyiv' --vs 'source ~ moscow' extracted.ndjson"})
public final class KeynessCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    KeynessOptions keyness;

    @Parameters(paramLabel = "FILE", description = "NDJSON documents (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        KeynessReport report = keyness.report();
        ReportDriver.report(spec, io, options, files, Where.all(), report);
        return 0;
    }
}
