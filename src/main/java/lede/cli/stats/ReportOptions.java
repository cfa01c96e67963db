package lede.cli.stats;

import picocli.CommandLine.Option;

/** Options every report shares: output format, threads, copies. */
public final class ReportOptions {
    public enum Format { NDJSON, TABLE, GEXF }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "ndjson (one JSON object per row, the default), table (aligned, for reading), "
                    + "or gexf (stats cooccur only: the network for Gephi).")
    public Format format = Format.NDJSON;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that tokenize (default: the number of cores).")
    public int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--include-copies",
            description = "Also count the documents lede dedupe marked as copies (with dup.of). By default a copy "
                    + "is left out, so a story printed by ten sites counts once; stderr says how many were left out.")
    public boolean includeCopies;
}
