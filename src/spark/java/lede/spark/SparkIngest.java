package lede.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.ingest.Ingest;
import lede.ingest.IngestOptions;
import lede.ingest.RecordToDocument;
import lede.ingest.RecordToDocument.Outcome;
import lede.ingest.UniqueIds;
import lede.ingest.format.RawRecord;
import lede.ingest.format.RecordSink;
import lede.io.IoErrors;
import lede.io.Json;
import lede.io.LedeException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * ingest on Spark: the input files, listed and sorted on the driver as the CLI lists them, are spread over
 * tasks in order; each task reads its files with ingest's per-file core ({@link Ingest#readRecords}) and turns
 * each record into a document with its per-record core ({@link RecordToDocument}, the bytes the CLI writes).
 * The one corpus-wide step, repeated ids, is one aggregation (ids seen more than once) and, only when there
 * are some and {@code --renumber} asks for new ones, the CLI's own {@link UniqueIds} over the ids in input order
 * on the driver, whose renamings go back to the documents as one broadcast.
 */
final class SparkIngest {
    private SparkIngest() {
    }

    /** The documents (and bad and skipped records) of the inputs, in input order. */
    static JavaRDD<Line> run(JavaSparkContext sc, List<String> inputs, IngestOptions options, int partitions) {
        HadoopFiles files = new HadoopFiles(sc.hadoopConfiguration());
        List<String> names = files.expand(inputs, options.format() != null);
        if (names.isEmpty()) {
            throw new LedeException(String.join(" ", inputs) + ": no input files");
        }
        int slices = Math.max(1, Math.min(names.size(), partitions));
        JavaRDD<Line> lines = sc.parallelize(names, slices)
                .mapPartitions(part -> ingestFiles(part, files, options));
        return uniqueIds(sc, lines.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK()), options.renumber());
    }

    /** A partition's files, read one at a time as the task asks for their documents: one file's are held at once. */
    private static Iterator<Line> ingestFiles(Iterator<String> names, HadoopFiles files, IngestOptions options) {
        RecordToDocument toDocument = new RecordToDocument(options, true);
        Iterable<String> each = () -> names;
        return java.util.stream.StreamSupport.stream(each.spliterator(), false)
                .flatMap(name -> ingestFile(name, files, options, toDocument).stream())
                .iterator();
    }

    private static List<Line> ingestFile(String name, HadoopFiles files, IngestOptions options,
                                         RecordToDocument toDocument) {
        List<Line> out = new ArrayList<>();
        long[] lineReached = {0};
        RecordSink sink = new RecordSink() {
            @Override
            public void add(RawRecord record) {
                out.add(line(toDocument.apply(record)));
            }

            @Override
            public void empty() {
                out.add(Line.skip("EMPTY"));
            }

            @Override
            public void lineReached(long line) {
                lineReached[0] = line;
            }
        };
        try (InputStream in = files.open(name)) {
            Ingest.readRecords(name, name, in, options, sink);
        } catch (IOException e) {
            out.add(line(toDocument.apply(RawRecord.rejected(name, Math.max(1, lineReached[0] + 1),
                    "cannot read: " + IoErrors.describe(e)))));
        }
        return out;
    }

    private static Line line(Outcome outcome) {
        if (outcome.badReason() != null) {
            return Line.bad(reject(outcome.file(), outcome.line(), outcome.badReason(), outcome.badRaw()));
        }
        if (outcome.skip() != null) {
            return Line.skip(outcome.skip().name());
        }
        return Line.doc(outcome.id(), new String(outcome.json(), StandardCharsets.UTF_8), outcome.source(), 0);
    }

    /** A bad record as {@code --skip-bad} writes it. */
    static String reject(String file, long line, String reason, String raw) {
        ObjectNode record = Json.object();
        record.put("file", file);
        record.put("line", line);
        record.put("reason", reason);
        record.put("record", raw);
        return record.toString();
    }

    private static JavaRDD<Line> uniqueIds(JavaSparkContext sc, JavaRDD<Line> lines, boolean renumber) {
        long repeated = lines.filter(Line::isDoc)
                .mapToPair(line -> new Tuple2<>(line.id(), 1L))
                .reduceByKey(Long::sum)
                .filter(count -> count._2 > 1)
                .count();
        if (repeated == 0) {
            return lines;
        }
        // the CLI's rule, in input order: the first keeps its id; a later one stops the run, or is renumbered
        // to the first free suffix among the ids before it
        JavaRDD<Tuple2<Line, Long>> numbered = lines.zipWithIndex().map(pair -> new Tuple2<>(pair._1, pair._2));
        List<Tuple2<Long, String>> ids = numbered.filter(pair -> pair._1.isDoc())
                .map(pair -> new Tuple2<>(pair._2, pair._1.id())).collect();
        UniqueIds unique = new UniqueIds(renumber);
        Map<Long, String> renamed = new HashMap<>();
        for (Tuple2<Long, String> id : ids) {
            String claimed;
            try {
                claimed = unique.claim(id._2, null);
            } catch (LedeException e) {
                String source = numbered.filter(pair -> pair._2.equals(id._1)).first()._1.file();
                throw new LedeException(source + ": duplicate id '" + id._2
                        + "' (an earlier document has it); give --renumber to number repeated ids");
            }
            if (!claimed.equals(id._2)) {
                renamed.put(id._1, claimed);
            }
        }
        Broadcast<Map<Long, String>> renames = sc.broadcast(renamed);
        return numbered.map(pair -> {
            String id = renames.value().get(pair._2);
            return id == null ? pair._1 : renumbered(pair._1, id);
        });
    }

    private static Line renumbered(Line line, String id) throws IOException {
        ObjectNode doc = (ObjectNode) Json.EXACT_NUMBERS.readTree(line.json());
        doc.put("id", id);
        return line.withJson(id, Json.MAPPER.writeValueAsString(doc));
    }
}
