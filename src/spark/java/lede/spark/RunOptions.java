package lede.spark;

import com.fasterxml.jackson.databind.JsonNode;
import lede.io.BadOptionException;
import lede.io.Json;
import lede.io.LedeException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** What every {@code lede spark} command takes: where to read and write, which Spark, and bad records. */
final class RunOptions {
    @Option(names = "--input", paramLabel = "PATH", required = true, split = ",",
            description = "Files, folders (read recursively, sorted) or globs on any Hadoop file system "
                    + "(file:, hdfs:, s3a:, ...; a plain path is local). Repeatable.")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "A new folder for the NDJSON part files (part-00000, ...), which lede reads as they are.")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[2] runs on this machine with 2 threads, no cluster. Default: what "
                    + "spark-submit was given, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions to spread the documents over (default: Spark's default parallelism).")
    Integer partitions;

    @Option(names = "--gzip", description = "Gzip the part files (part-00000.gz, ...).")
    boolean gzip;

    @Option(names = "--skip-bad", paramLabel = "DIR",
            description = "Write bad records to part files in DIR as NDJSON {file, line, reason, record} and go on "
                    + "(default: the first bad record stops the run).")
    String skipBad;

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "" + lede.io.NdjsonReader.DEFAULT_MAX_LINE_BYTES,
            description = "An NDJSON line longer than N bytes is a bad record (default: ${DEFAULT-VALUE}).")
    int maxLineBytes;

    /** The Spark context: the given master, spark-submit's, or all local cores. */
    JavaSparkContext context() {
        SparkSession.Builder builder = SparkSession.builder().appName("lede");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(builder.getOrCreate().sparkContext());
        sc.setLogLevel("WARN");
        return sc;
    }

    int partitions(JavaSparkContext sc) {
        if (partitions != null && partitions < 1) {
            throw new BadOptionException("--partitions must be at least 1, not " + partitions);
        }
        return partitions != null ? partitions : sc.defaultParallelism();
    }

    /** Refuses an output folder that exists before any work (Hadoop would refuse it only at the end). */
    void checkOutputs(JavaSparkContext sc) {
        for (String dir : skipBad == null ? List.of(output) : List.of(output, skipBad)) {
            try {
                Path path = new Path(dir);
                if (path.getFileSystem(sc.hadoopConfiguration()).exists(path)) {
                    throw new BadOptionException(dir + ": exists; give a new folder");
                }
            } catch (IOException e) {
                throw new LedeException(dir + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Writes the documents as part files, in order; a bad record stops the run before anything is written
     * (one line naming file and line), or with --skip-bad goes to its part files. Says on {@code err} what
     * was written and skipped.
     */
    void write(JavaRDD<Line> lines, String command, PrintWriter err) {
        lines = badRecords(lines);
        JavaRDD<String> docs = lines.filter(Line::isDoc).map(Line::json);
        if (gzip) {
            docs.saveAsTextFile(output, GzipCodec.class);
        } else {
            docs.saveAsTextFile(output);
        }
        printNotes(lines, command, err);
        Map<Line.Kind, Long> counts = lines.map(Line::kind).countByValue();
        long skipped = counts.getOrDefault(Line.Kind.BAD, 0L);
        err.println(command + ": " + counts.getOrDefault(Line.Kind.DOC, 0L) + " documents to " + output
                + (counts.containsKey(Line.Kind.SKIP) ? "; " + counts.get(Line.Kind.SKIP) + " left out by filters" : "")
                + (skipped > 0 ? "; skipped " + skipped + " bad records (in " + skipBad + ")" : ""));
        err.flush();
        lines.unpersist();
    }

    /**
     * The warnings of the stages (in input order) and extract's tally of documents skipped for their language,
     * worded as the CLI's.
     */
    private static void printNotes(JavaRDD<Line> lines, String command, PrintWriter err) {
        lines.filter(line -> line.kind() == Line.Kind.WARN).map(Line::json).collect()
                .forEach(warning -> err.println(command + ": " + warning));
        Map<String, Long> skipped = lines.filter(line -> line.kind() == Line.Kind.LANG).map(Line::json).countByValue();
        String message = lede.extract.ExtractDriver.skippedMessage(skipped);
        if (message != null) {
            err.println(command + ": " + message);
        }
    }

    /**
     * The lines, kept for the actions that follow, once their bad records are dealt with: the first one (in
     * input order) stops the run, or with --skip-bad they all go to part files in that folder.
     */
    JavaRDD<Line> badRecords(JavaRDD<Line> lines) {
        if (lines.getStorageLevel().equals(StorageLevel.NONE())) {
            lines = lines.persist(StorageLevel.MEMORY_AND_DISK());
        }
        JavaRDD<Line> bad = lines.filter(line -> line.kind() == Line.Kind.BAD);
        if (skipBad == null) {
            List<Line> first = bad.take(1);
            if (!first.isEmpty()) {
                throw new LedeException(describe(first.get(0).json()));
            }
        } else if (!bad.isEmpty()) {
            bad.map(Line::json).saveAsTextFile(skipBad);
        }
        return lines;
    }

    /** "file:line: reason", from a reject line. */
    private static String describe(String reject) {
        try {
            JsonNode node = Json.MAPPER.readTree(reject);
            long line = node.path("line").asLong();
            return node.path("file").asText() + (line > 0 ? ":" + line : "") + ": " + node.path("reason").asText();
        } catch (IOException e) {
            return reject;
        }
    }
}
