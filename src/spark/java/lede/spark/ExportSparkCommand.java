package lede.spark;

import lede.cli.ExportFlags;
import lede.io.BadOptionException;
import lede.io.LedeException;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lede spark export}: documents or stats rows as CSV, TSV or Parquet part files. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write NDJSON documents or stats rows as CSV or TSV, with lede export's columns, quoting and "
                + "formula guard, or as Parquet (Spark only: the same columns, typed).",
                "The header is in the first part file only, so cat OUT/part-* is the file lede export --csv writes "
                        + "from the same input; --single-file writes one part file.",
                "The columns come from every row: Spark finds them in one pass over the input first (as the CLI "
                        + "parks its rows), then writes.",
                "XLSX, SQLite and HTML are for the command line only (lede export)."},
        footer = {"", "Examples:",
                "  lede spark export --master 'local[2]' --input out/extracted --output out/csv --single-file",
                "  lede spark export --parquet --fields id,date,title,entities.text --input out/extracted --output out/pq",
                "  lede spark export --tsv --explode entities --input out/extracted --output out/entities"})
final class ExportSparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = "--csv", description = "CSV (the default): RFC 4180 quoting, UTF-8, \\n line ends, a header row.")
    boolean csv;

    @Option(names = "--tsv", description = "Tab-separated values (quoted like CSV where needed).")
    boolean tsv;

    @Option(names = "--parquet", description = "Parquet part files: a column per field, typed (integers, decimals, "
            + "true/false, text), no formula guard.")
    boolean parquet;

    @Mixin
    ExportFlags export;

    @Option(names = "--single-file", description = "One part file (Spark gathers the rows in one task to write it).")
    boolean singleFile;

    // the CLI's other formats, taken here only to say where they are
    @Option(names = "--xlsx", arity = "0..1", hidden = true)
    String xlsx;

    @Option(names = "--sqlite", arity = "0..1", hidden = true)
    String sqlite;

    @Option(names = "--html", arity = "0..1", hidden = true)
    String html;

    @Option(names = "--excel", hidden = true)
    boolean excel;

    @Override
    public Integer call() {
        validate();
        export.checkShape();
        SparkExport.Options options = new SparkExport.Options(export.fields, export.explode, export.join,
                export.delimiterChar(tsv), !export.noFormulaGuard);
        AliasFiles aliasFiles = AliasFiles.read(export.aliases);
        JavaSparkContext sc = run.context();
        run.checkOutputs(sc);
        int partitions = run.partitions(sc);
        JavaRDD<Line> lines = run.badRecords(SparkExtract.spread(
                SparkExtract.read(sc, run.inputs, run.maxLineBytes, partitions), partitions));
        JavaRDD<String> records = lines.filter(Line::isDoc).map(Line::json);
        PrintWriter err = spec.commandLine().getErr();
        String command = spec.qualifiedName();
        SparkNames names = SparkNames.of(sc, records, !export.noMerge, aliasFiles);
        SparkExport.Table table = SparkExport.columns(records, options, names, warning -> err.println(command + ": " + warning));
        if (parquet) {
            writeParquet(sc, SparkExport.typed(sc, records, options, names, table), table);
        } else {
            JavaRDD<String> csvRecords = SparkExport.csv(sc, records, options, names, table);
            if (singleFile) {
                csvRecords = csvRecords.coalesce(1);
            }
            if (run.gzip) {
                csvRecords.saveAsTextFile(run.output, GzipCodec.class);
            } else {
                csvRecords.saveAsTextFile(run.output);
            }
        }
        err.flush();
        lines.unpersist();
        return 0;
    }

    private void writeParquet(JavaSparkContext sc, JavaRDD<org.apache.spark.sql.Row> rows, SparkExport.Table table) {
        if (table.header().isEmpty()) {
            throw new LedeException(String.join(" ", run.inputs) + ": no fields to write as Parquet columns");
        }
        List<StructField> columns = new ArrayList<>();
        for (int i = 0; i < table.order().length; i++) {
            columns.add(DataTypes.createStructField(table.header().get(i), type(table.types()[table.order()[i]]), true));
        }
        if (singleFile) {
            rows = rows.coalesce(1);
        }
        SparkSession.builder().sparkContext(sc.sc()).getOrCreate()
                .createDataFrame(rows, new StructType(columns.toArray(StructField[]::new)))
                .write().option("compression", run.gzip ? "gzip" : "snappy").parquet(run.output);
    }

    private static DataType type(byte type) {
        return switch (type) {
            case SparkExport.BOOLEAN -> DataTypes.BooleanType;
            case SparkExport.LONG -> DataTypes.LongType;
            case SparkExport.DOUBLE -> DataTypes.DoubleType;
            default -> DataTypes.StringType;
        };
    }

    private void validate() {
        var parsed = spec.commandLine().getParseResult();
        for (String option : List.of("--xlsx", "--sqlite", "--html", "--excel")) {
            if (parsed.hasMatchedOption(option)) {
                throw new BadOptionException(option + " is for the command line only (lede export " + option
                        + "); lede spark export writes --csv, --tsv or --parquet");
            }
        }
        if ((csv ? 1 : 0) + (tsv ? 1 : 0) + (parquet ? 1 : 0) > 1) {
            throw new BadOptionException("choose one of --csv, --tsv, --parquet");
        }
        if (export.delimiter != null && (tsv || parquet)) {
            throw new BadOptionException("--delimiter goes with --csv");
        }
        if (parquet && export.noFormulaGuard) {
            throw new BadOptionException("--no-formula-guard goes with --csv or --tsv (Parquet has no formula guard)");
        }
    }
}
