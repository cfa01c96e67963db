package lede.cli.stats;

import lede.extract.AliasTable;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Options every report shares: output format, threads, copies, alias files. */
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

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Alias table (alias<TAB>canonical[<TAB>type]; lede help format) applied to entity names "
                    + "and speakers before counting, to fix a merge without extracting again (repeatable).")
    public List<Path> aliases;

    /** Whether names are merged across the corpus before the report (entities --no-merge turns it off). */
    public boolean mergeNames = true;

    /** The shipped alias table plus the --aliases files. */
    public AliasTable aliasTable() {
        AliasTable table = AliasTable.shipped();
        if (aliases != null) {
            for (Path file : aliases) {
                table = table.plus(file);
            }
        }
        return table;
    }
}
