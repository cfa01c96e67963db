package lede.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.export.AtomicFile;
import lede.extract.CorpusRenaming;
import lede.export.CsvTable;
import lede.export.SheetExport;
import lede.export.SqliteExport;
import lede.export.TableWriter;
import lede.export.XlsxTable;
import lede.io.DocumentSource;
import lede.io.BadOptionException;
import lede.io.LedeException;
import lede.io.Output;
import lede.io.Rejects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"Write documents or stats rows as CSV, XLSX or SQLite, or documents as an HTML report.",
                "",
                "Columns: the fields in the order they first appear, nested ones with",
                "dotted names (meta.places); an array is joined into one cell.",
                "The full rules: src/site/markdown/commands.md."},
        sortOptions = false,
        footer = {"", "Examples:",
                "  lede export --fields id,date,title,entities.text docs.ndjson > docs.csv",
                "  lede stats entities docs.ndjson | lede export --xlsx entities.xlsx",
                "  lede export --sqlite news.db docs.ndjson",
                "  lede export --html report.html docs.ndjson     (one offline page: open it in a browser)",
                "  sqlite3 news.db 'SELECT canonical, COUNT(*) FROM entities GROUP BY 1'"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IoOptions io;

    @Mixin
    ExportFlags export;

    @Parameters(paramLabel = "FILE", description = "NDJSON documents or rows (default: stdin; - is stdin).")
    List<String> inputs;

    @Option(names = "--csv", description = "CSV (the default): RFC 4180 quoting, UTF-8, \\n line ends, header row.")
    boolean csv;

    @Option(names = "--excel", description = "CSV for Excel: adds a UTF-8 byte-order mark and \\r\\n line ends "
            + "(alone or with --csv or --tsv).")
    boolean excel;

    @Option(names = "--tsv", description = "Tab-separated values (quoted like CSV where needed).")
    boolean tsv;

    @Option(names = "--xlsx", paramLabel = "FILE",
            description = "Write an Excel workbook to FILE: one sheet, bold frozen header, real numbers and dates.")
    Path xlsx;

    @Option(names = "--sqlite", paramLabel = "FILE",
            description = "Write an SQLite database to FILE (documents plus entities, quotes, quantities and "
                    + "dates tables, with a full-text index; or one table of rows). Replaces those tables.")
    Path sqlite;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write one self-contained HTML page to FILE (charts and tables of the extracted documents: "
                    + "timeline, people, places, quotes, numbers, copies, network, keyness; each with its CSV). "
                    + "Opens offline; set SOURCE_DATE_EPOCH for a fixed run date.")
    Path html;

    @Option(names = "--append", description = "SQLite: add to the existing tables instead of replacing them.")
    boolean append;

    @Option(names = "--table", paramLabel = "NAME", defaultValue = "rows",
            description = "SQLite: the table for rows that are not documents (default: ${DEFAULT-VALUE}).")
    String table;

    @Option(names = "--input", paramLabel = "KIND", defaultValue = "auto",
            description = "auto, documents or rows (SQLite layout). auto: documents when the first record has "
                    + "id, text and source (or meta, entities, ...).")
    SqliteExport.Kind kind;

    @Override
    public Integer call() {
        validate();
        io.checkOutputs(inputs, "--xlsx", xlsx, "--sqlite", sqlite, "--html", html);
        PrintWriter err = spec.commandLine().getErr();
        SheetExport.Shape shape = export.shape();
        try (Rejects rejects = io.rejects();
             DocumentSource source = io.documents(inputs, rejects);
             Progress progress = io.progress(err, "lede export", inputs)
                     .track(source::documentsRead, null, source::bytesRead, source.totalBytes());
             CorpusRenaming renaming = export.noMerge ? null : CorpusRenaming.of(source, export.aliasTable())) {
            Iterator<ObjectNode> records = renaming != null ? renaming
                    : export.aliases != null ? CorpusRenaming.aliasesOnly(source, export.aliasTable()) : source;
            Consumer<String> warnings = progress::warn;
            if (html != null) {
                List<com.fasterxml.jackson.databind.node.ObjectNode> documents = new java.util.ArrayList<>();
                records.forEachRemaining(documents::add);
                lede.export.html.HtmlReport.write(documents, new lede.export.html.HtmlReport.Run(lede.Lede.version(),
                        commandLine(),
                        runDate()), html);
            } else if (sqlite != null) {
                SqliteExport.write(records, sqlite, new SqliteExport.Options(kind, table, append, shape),
                        (record, reason) -> rejects.reject(source.file(), source.line(), reason, record.toString()),
                        warnings);
            } else if (xlsx != null) {
                try (TableWriter writer = new XlsxTable(xlsx, warnings)) {
                    SheetExport.write(records, shape, writer, warnings);
                }
            } else {
                writeCsv(records, shape, warnings);
            }
            err.flush();
            IoOptions.reportSkipped(err, "lede export", rejects);
        } catch (IOException e) {
            throw new LedeException("cannot write: " + e.getMessage(), e);
        }
        return 0;
    }

    /**
     * The command as typed, for the report's overview: picocli's original arguments hold the word export when
     * lede parsed them, not when the export command ran alone (the tests).
     */
    private String commandLine() {
        String args = String.join(" ", spec.commandLine().getParseResult().originalArgs());
        return spec.commandLine().getParent() != null ? "lede " + args : "lede export " + args;
    }

    private void writeCsv(Iterator<ObjectNode> source, SheetExport.Shape shape, Consumer<String> warnings)
            throws IOException {
        CsvTable.Style style = new CsvTable.Style(export.delimiterChar(tsv), excel, !export.noFormulaGuard);
        if (io.output == null || io.output.toString().equals("-")) {
            try (TableWriter writer = new CsvTable(io.openOutput(), style)) {
                SheetExport.write(source, shape, writer, warnings);
            }
            return;
        }
        // a file appears only when complete
        try (AtomicFile file = new AtomicFile(io.output)) {
            OutputStream out = Output.openAs(file.path(), io.output.toString());
            try (TableWriter writer = new CsvTable(out, style)) {
                SheetExport.write(source, shape, writer, warnings);
            }
            file.commit();
        }
    }

    /** The run's date for the report: SOURCE_DATE_EPOCH when set (reproducible output), else now, in UTC. */
    private static String runDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        java.time.Instant at = epoch != null && epoch.matches("[0-9]{1,12}")
                ? java.time.Instant.ofEpochSecond(Long.parseLong(epoch)) : java.time.Instant.now();
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(at);
    }

    private void validate() {
        // --excel is a style of CSV or TSV: "--csv --excel" reads as "CSV for Excel"
        int formats = (csv || (excel && !tsv) ? 1 : 0) + (tsv ? 1 : 0) + (xlsx != null ? 1 : 0) + (sqlite != null ? 1 : 0)
                + (html != null ? 1 : 0);
        if (formats > 1) {
            throw new LedeException("choose one of --csv, --tsv, --xlsx, --sqlite, --html (--excel goes with --csv or --tsv)");
        }
        if (html != null && (io.output != null || export.fields != null || export.explode != null)) {
            throw new LedeException("--html names its own file and takes whole documents; leave out -o, --fields and --explode");
        }
        if (excel && (xlsx != null || sqlite != null)) {
            throw new LedeException("--excel goes with --csv or --tsv, not with --xlsx or --sqlite");
        }
        if ((xlsx != null || sqlite != null) && io.output != null) {
            throw new LedeException("--xlsx and --sqlite name their own file; leave out -o");
        }
        if (export.delimiter != null && (tsv || xlsx != null || sqlite != null)) {
            throw new LedeException("--delimiter goes with --csv or --excel");
        }
        if (export.delimiter != null) {
            export.delimiterChar(tsv); // refuses a bad one before any input is read
        }
        if (sqlite == null && (append || spec.commandLine().getParseResult().hasMatchedOption("--table"))) {
            throw new LedeException("--append and --table go with --sqlite");
        }
        if (sqlite != null && SqliteExport.isReservedTable(table)) {
            throw new BadOptionException("--table " + table + ": that name is kept for documents "
                    + "(documents, documents_fts..., sqlite_...); choose another");
        }
        export.checkShape();
    }
}
