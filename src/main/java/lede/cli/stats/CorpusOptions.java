package lede.cli.stats;

import lede.extract.AliasTable;
import lede.stats.Report;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** What every report does to the corpus before counting: copies left out, names through alias tables (CLI and Spark). */
public final class CorpusOptions {
    @Option(names = "--include-copies",
            description = "Also count the documents lede dedupe marked as copies (with dup.of). By default a copy "
                    + "is left out, so a story printed by ten sites counts once; stderr says how many were left out.")
    public boolean includeCopies;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Alias table (alias<TAB>canonical[<TAB>type]; lede help format) applied to entity names "
                    + "and speakers before counting, to fix a merge without extracting again (repeatable).")
    public List<Path> aliases;

    /**
     * The shipped alias table plus the --aliases files when {@code report} needs one (it merges names across the
     * corpus, or files were given), else null: loading it was a sixth of {@code stats count}'s start.
     */
    public AliasTable aliasTableFor(Report<?> report) {
        if (!report.readsMergedNames() && aliases == null) {
            return null;
        }
        AliasTable table = AliasTable.shipped();
        if (aliases != null) {
            for (Path file : aliases) {
                table = table.plus(file);
            }
        }
        return table;
    }
}
