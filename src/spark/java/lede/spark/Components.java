package lede.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected components of an undirected graph given as edges between document positions, by the alternating
 * large-star and small-star joins of Kiveris et al. ("Connected Components in MapReduce and Beyond", 2014):
 * each round points every node at the smallest node it knows of, until the edges form one star per component
 * around its smallest node. Plain RDD joins; O(log n) rounds.
 */
final class Components {
    private Components() {
    }

    /** Every node on an edge with the smallest node of its component (which is paired with itself too). */
    static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges, int partitions) {
        JavaPairRDD<Long, Long> current = edges.filter(e -> !e._1.equals(e._2))
                .mapToPair(e -> e._1 > e._2 ? e : e.swap()).distinct(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Long, Long> next = smallStar(largeStar(current, partitions), partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            boolean same = next.subtract(current).isEmpty() && current.subtract(next).isEmpty();
            current.unpersist();
            current = next;
            if (same) {
                break;
            }
        }
        // a star per component: (node, smallest) with node > smallest; the smallest names itself
        JavaPairRDD<Long, Long> star = current;
        return star.union(star.values().distinct().mapToPair(root -> new Tuple2<>(root, root)));
    }

    /** Each node's larger neighbours are pointed at the smallest of the node and its neighbours. */
    private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> edges, int partitions) {
        return edges.flatMapToPair(e -> List.of(e, e.swap()).iterator())
                .groupByKey(partitions)
                .flatMapToPair(node -> {
                    long u = node._1;
                    long m = smallest(u, node._2);
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    for (long v : node._2) {
                        if (v > u) {
                            out.add(new Tuple2<>(v, m));
                        }
                    }
                    return out.iterator();
                })
                .distinct(partitions);
    }

    /** Each node and its smaller neighbours are pointed at the smallest of them. */
    private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> edges, int partitions) {
        return edges.mapToPair(e -> e._1 > e._2 ? e : e.swap())
                .groupByKey(partitions)
                .flatMapToPair(node -> {
                    long u = node._1;
                    long m = smallest(u, node._2);
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    if (u != m) {
                        out.add(new Tuple2<>(u, m));
                    }
                    for (long v : node._2) {
                        if (v != m) {
                            out.add(new Tuple2<>(v, m));
                        }
                    }
                    return out.iterator();
                })
                .distinct(partitions);
    }

    private static long smallest(long node, Iterable<Long> neighbours) {
        long m = node;
        for (long v : neighbours) {
            m = Math.min(m, v);
        }
        return m;
    }
}
