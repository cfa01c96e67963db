package lede.spark;

import lede.dedupe.Links;
import lede.dedupe.Signed;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * --window on Spark: a window only ever splits a connected component (a link is refused when it would stretch
 * a cluster beyond the window), and how it splits one depends on that component's documents and links alone.
 * So each component's members and links meet in one task, which runs the CLI's own windowed linking
 * ({@link Links#windowed}) over them, members in input order.
 */
final class Windows {
    private Windows() {
    }

    /** What the windowed linking looks at of one member. */
    private record Member(long position, String id, long date, long rep) implements Serializable {
    }

    /** Each clustered document with its windowed cluster: the smallest input position in it. */
    static JavaPairRDD<Long, Long> split(JavaPairRDD<Long, Long> component, JavaPairRDD<Long, Signed> signed,
                                         JavaPairRDD<Long, Long> repOf, JavaRDD<SparkDedupe.Link> near,
                                         int windowDays, int partitions) {
        JavaPairRDD<Long, Member> members = component.join(signed, partitions).join(repOf, partitions)
                .mapToPair(m -> new Tuple2<>(m._2._1._1,
                        new Member(m._1, m._2._1._2.id(), m._2._1._2.date(), m._2._2)));
        JavaPairRDD<Long, SparkDedupe.Link> links = near.mapToPair(link -> new Tuple2<>(link.a(), link))
                .join(component, partitions)
                .mapToPair(link -> new Tuple2<>(link._2._2, link._2._1));
        return members.cogroup(links, partitions).flatMapToPair(group -> {
            List<Member> inOrder = new ArrayList<>();
            group._2._1.forEach(inOrder::add);
            inOrder.sort(Comparator.comparingLong(Member::position));
            int n = inOrder.size();
            Map<Long, Integer> local = new HashMap<>();
            String[] ids = new String[n];
            long[] dates = new long[n];
            for (int i = 0; i < n; i++) {
                local.put(inOrder.get(i).position(), i);
                ids[i] = inOrder.get(i).id();
                dates[i] = inOrder.get(i).date();
            }
            int[] rep = new int[n];
            for (int i = 0; i < n; i++) {
                rep[i] = local.get(inOrder.get(i).rep());
            }
            List<SparkDedupe.Link> found = new ArrayList<>();
            group._2._2.forEach(found::add);
            long[] pairs = new long[found.size()];
            int[] same = new int[found.size()];
            for (int i = 0; i < pairs.length; i++) {
                SparkDedupe.Link link = found.get(i);
                pairs[i] = (long) local.get(link.a()) << 32 | local.get(link.b());
                same[i] = link.same();
            }
            int[] root = Links.windowed(ids, dates, rep, pairs, same, windowDays);
            List<Tuple2<Long, Long>> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new Tuple2<>(inOrder.get(i).position(), inOrder.get(root[i]).position()));
            }
            return out.iterator();
        });
    }
}
