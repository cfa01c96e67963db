package lede.cli.stats;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every report shares on the command line: output format, threads, and what is done to the corpus. */
public final class ReportOptions {
    public enum Format { NDJSON, TABLE, GEXF }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "ndjson (one JSON object per row, the default), table (aligned, for reading), "
                    + "or gexf (stats cooccur only: the network for Gephi).")
    public Format format = Format.NDJSON;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that tokenize (default: the number of cores).")
    public int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    public CorpusOptions corpus;
}
