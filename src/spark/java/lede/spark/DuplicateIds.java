package lede.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * dedupe's id check on Spark (the CLI's {@code lede.dedupe.UniqueIds}): a document whose id an earlier one had is
 * a bad record. One aggregation finds the repeated ids; only when there are some are their documents' input
 * positions collected, and the later ones turned into bad records through one broadcast.
 */
final class DuplicateIds {
    private DuplicateIds() {
    }

    static JavaRDD<Line> reject(JavaSparkContext sc, JavaRDD<Line> lines) {
        List<String> repeated = lines.filter(line -> line.isDoc() && line.id() != null)
                .mapToPair(line -> new Tuple2<>(line.id(), 1L))
                .reduceByKey(Long::sum)
                .filter(count -> count._2 > 1)
                .keys().collect();
        if (repeated.isEmpty()) {
            return lines;
        }
        Broadcast<Set<String>> ids = sc.broadcast(new HashSet<>(repeated));
        org.apache.spark.api.java.JavaPairRDD<Line, Long> numbered = lines.zipWithIndex();
        Map<String, Long> first = new HashMap<>();
        numbered.filter(pair -> pair._1.isDoc() && pair._1.id() != null && ids.value().contains(pair._1.id()))
                .map(pair -> new Tuple2<>(pair._1.id(), pair._2)).collect()
                .forEach(pair -> first.merge(pair._1, pair._2, Math::min));
        Broadcast<Map<String, Long>> firsts = sc.broadcast(first);
        return numbered.map(pair -> {
            Line line = pair._1;
            Long kept = line.isDoc() && line.id() != null ? firsts.value().get(line.id()) : null;
            if (kept == null || kept.equals(pair._2)) {
                return line;
            }
            return Line.bad(SparkIngest.reject(line.file(), line.line(),
                    "duplicate id '" + line.id() + "' (an earlier document has it)", line.json()));
        });
    }
}
