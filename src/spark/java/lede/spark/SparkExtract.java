package lede.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.ExtractDriver;
import lede.extract.ExtractDriver.Annotated;
import lede.extract.Extractor;
import lede.io.Json;
import lede.io.NdjsonReader;
import lede.io.Rejects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * extract on Spark: {@code mapPartitions} over the documents with extract's per-document core
 * ({@link ExtractDriver#annotate}) and one {@link Extractor} per executor JVM ({@link Extractors}); each document
 * records the options it was annotated with in {@code extract}, as the CLI's do.
 */
final class SparkExtract {
    private SparkExtract() {
    }

    /** NDJSON documents from files (the CLI's reader: the same bad-record reasons), in input order. */
    static JavaRDD<Line> read(JavaSparkContext sc, List<String> inputs, int maxLineBytes, int partitions) {
        HadoopFiles files = new HadoopFiles(sc.hadoopConfiguration());
        List<String> names = files.expand(inputs, true);
        if (names.isEmpty()) {
            throw new lede.io.LedeException(String.join(" ", inputs) + ": no input files");
        }
        return sc.parallelize(names, Math.max(1, Math.min(names.size(), partitions)))
                .mapPartitions(part -> readFiles(part, files, maxLineBytes));
    }

    /** A partition's files, read one at a time as the task asks for their documents: one file's are held at once. */
    private static Iterator<Line> readFiles(Iterator<String> names, HadoopFiles files, int maxLineBytes) {
        Iterable<String> each = () -> names;
        return java.util.stream.StreamSupport.stream(each.spliterator(), false)
                .flatMap(name -> readFile(name, files, maxLineBytes).stream())
                .iterator();
    }

    private static List<Line> readFile(String name, HadoopFiles files, int maxLineBytes) {
        List<Line> out = new ArrayList<>();
        try {
            // the reader's bad lines go to a file of the task's own, then back as lines: the run decides
            Path rejected = Files.createTempFile("lede-spark-rejects", ".ndjson");
            try {
                try (InputStream in = files.open(name); Rejects rejects = Rejects.to(rejected)) {
                    NdjsonReader reader = new NdjsonReader(name, in, rejects, maxLineBytes);
                    for (ObjectNode doc = reader.next(); doc != null; doc = reader.next()) {
                        out.add(Line.doc(doc.path("id").asText(null), Json.MAPPER.writeValueAsString(doc), name, reader.line()));
                    }
                }
                for (String line : Files.readAllLines(rejected, StandardCharsets.UTF_8)) {
                    out.add(Line.bad(line));
                }
            } finally {
                Files.deleteIfExists(rejected);
            }
        } catch (IOException e) {
            out.add(Line.bad(SparkIngest.reject(name, 0, "cannot read: " + lede.io.IoErrors.describe(e), null)));
        }
        return out;
    }

    /**
     * Annotates the documents; bad and skipped lines pass through. Fewer partitions than asked (one large file)
     * are spread out first, keeping the order.
     */
    static JavaRDD<Line> run(JavaRDD<Line> documents, Extractors.Key options, int partitions) {
        documents = spread(documents, partitions);
        String settings = options.spec().settings(options.vagueDates(), options.langAny()).toString();
        // the alias files, read here, go to each executor once
        Broadcast<AliasFiles> aliases = JavaSparkContext.fromSparkContext(documents.context())
                .broadcast(AliasFiles.read(options.spec().aliasFiles()));
        return documents.mapPartitions(part -> new Annotating(part, options, aliases, settings));
    }

    /** Fewer partitions than asked (one large file) are cut into that many, keeping the order. */
    static JavaRDD<Line> spread(JavaRDD<Line> lines, int partitions) {
        if (lines.getNumPartitions() >= partitions) {
            return lines;
        }
        return lines.zipWithIndex().mapToPair(pair -> new Tuple2<>(pair._2, pair._1)).sortByKey(true, partitions).values();
    }

    /**
     * Annotates a partition's documents one at a time, as the task asks for them; a document's warnings (a long
     * text, an impossible date: the CLI's, with file and line) and language skip come just before it.
     */
    private static final class Annotating implements Iterator<Line> {
        private final Iterator<Line> lines;
        private final Extractors.Key options;
        private final Broadcast<AliasFiles> aliases;
        private final ObjectNode recorded;
        private final java.util.ArrayDeque<Line> ready = new java.util.ArrayDeque<>();
        private Extractor extractor;

        Annotating(Iterator<Line> lines, Extractors.Key options, Broadcast<AliasFiles> aliases, String settings)
                throws IOException {
            this.lines = lines;
            this.options = options;
            this.aliases = aliases;
            this.recorded = (ObjectNode) Json.MAPPER.readTree(settings);
        }

        @Override
        public boolean hasNext() {
            return !ready.isEmpty() || lines.hasNext();
        }

        @Override
        public Line next() {
            if (ready.isEmpty()) {
                annotate(lines.next());
            }
            return ready.remove();
        }

        private void annotate(Line line) {
            if (!line.isDoc()) {
                ready.add(line);
                return;
            }
            try {
                ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(line.json());
                String problem = ExtractDriver.textProblem(doc);
                if (problem != null) {
                    ready.add(Line.bad(SparkIngest.reject(line.file(), line.line(), problem, line.json())));
                    return;
                }
                warn(line, ExtractDriver.longText(doc, options.spec().maxChars()));
                warn(line, ExtractDriver.impossibleDate(doc));
                String skippedLang = ExtractDriver.skippedLanguage(doc, options.langAny());
                if (skippedLang != null) {
                    ObjectNode extract = recorded.deepCopy();
                    extract.put("skipped", "lang " + skippedLang);
                    doc.set("extract", extract);
                    ready.add(Line.lang(skippedLang));
                    ready.add(line.withJson(line.id(), Json.MAPPER.writeValueAsString(doc)));
                    return;
                }
                if (extractor == null) {
                    extractor = Extractors.get(options, aliases.value()); // only a partition with documents loads the models
                }
                Annotated annotated = ExtractDriver.annotate(extractor, doc);
                if (annotated.failure() != null) {
                    ready.add(Line.bad(SparkIngest.reject(line.file(), line.line(), annotated.failure(), line.json())));
                    return;
                }
                annotated.document().set("extract", recorded.deepCopy());
                ready.add(line.withJson(line.id(), Json.MAPPER.writeValueAsString(annotated.document())));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void warn(Line line, String warning) {
            if (warning != null) {
                ready.add(Line.warn(line.file() + ":" + line.line() + ": " + warning));
            }
        }
    }
}
