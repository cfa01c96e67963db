package lede.cli;

import lede.export.SheetExport;
import lede.extract.AliasTable;
import lede.io.LedeException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** The export options of lede export and lede spark export: the columns, the CSV style, the names. */
public final class ExportFlags {
    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter for CSV (default ,); 'tab' or \\t for a tab.")
    public String delimiter;

    @Option(names = "--fields", split = ",", paramLabel = "FIELD",
            description = "Exactly these columns, in this order; dotted names reach into objects and arrays "
                    + "(meta.places, entities.text).")
    public List<String> fields;

    @Option(names = "--explode", paramLabel = "FIELD",
            description = "One row per element of this array (e.g. entities), repeating the record's other columns.")
    public String explode;

    @Option(names = "--join", paramLabel = "SEP", defaultValue = "; ",
            description = "Separator for an array's values in one cell (default: '${DEFAULT-VALUE}').")
    public String join;

    @Option(names = "--no-formula-guard",
            description = "Do not prefix CSV cells starting with = + - @ tab or CR with ' (why: src/site/markdown/commands.md).")
    public boolean noFormulaGuard;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Alias table (alias<TAB>canonical[<TAB>type]; lede help format) applied to "
                    + "entities.canonical and quotes.speaker, to fix a merge without extracting again (repeatable).")
    public List<String> aliases;

    @Option(names = "--no-merge",
            description = "Keep canonical names as extract wrote them (by default one name per entity across "
                    + "all the input, as stats entities counts them; that reads the input twice).")
    public boolean noMerge;

    public SheetExport.Shape shape() {
        return new SheetExport.Shape(fields, explode, join);
    }

    /** The shipped alias table plus the --aliases files (local paths). */
    public AliasTable aliasTable() {
        AliasTable table = AliasTable.shipped();
        if (aliases != null) {
            for (String file : aliases) {
                table = table.plus(Path.of(file));
            }
        }
        return table;
    }

    /** The CSV delimiter of --tsv and --delimiter; refuses a bad one. */
    public char delimiterChar(boolean tsv) {
        if (tsv) {
            return '\t';
        }
        if (delimiter == null) {
            return ',';
        }
        if (delimiter.equals("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1 || delimiter.equals("\"") || delimiter.equals("\n") || delimiter.equals("\r")) {
            throw new LedeException("--delimiter takes one character other than a quote or line break, not '"
                    + delimiter + "'");
        }
        return delimiter.charAt(0);
    }

    /** Refuses an empty --fields name or --explode. */
    public void checkShape() {
        if (fields != null) {
            for (String field : fields) {
                if (field.isBlank()) {
                    throw new LedeException("--fields has an empty name: '" + String.join(",", fields) + "'");
                }
            }
        }
        if (explode != null && explode.isBlank()) {
            throw new LedeException("--explode needs a field name");
        }
    }
}
