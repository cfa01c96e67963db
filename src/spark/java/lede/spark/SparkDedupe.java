package lede.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.dedupe.CopyCheck;
import lede.dedupe.DedupeOptions;
import lede.dedupe.GramPostings;
import lede.dedupe.KeepRule;
import lede.dedupe.Paragraphs;
import lede.dedupe.Signed;
import lede.dedupe.Signer;
import lede.io.Json;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * dedupe on Spark, with the command line's per-document and per-pair code: each document is signed by
 * {@link Signer#sign} (MinHash signature, sketch, exact hash); exact copies are grouped by their hash, the
 * smallest id standing for the class; candidates are the pairs of class representatives that share a band key
 * (with the band's member of smallest id) or enough rare sampled 3-grams ({@link GramPostings}); each is
 * verified by {@link CopyCheck#isCopy}; the links make connected components ({@link Components}); with
 * --window each component is split by the CLI's own {@code Links.windowed} in one task; {@link KeepRule} picks
 * each cluster's kept document; the {@code dup} fields ({@link CopyCheck#dupField}) are joined back to the
 * documents by input position, which is also what --keep first compares.
 */
final class SparkDedupe {
    private SparkDedupe() {
    }

    /** A document's position in the input and its name. */
    private record Named(long position, String id) implements Serializable {
    }

    /** A verified near link between two representatives and their signature agreement. */
    record Link(long a, long b, int same) implements Serializable {
    }

    /** A clustered document's mark: its kept document's position and its {@code dup} field. */
    private record Mark(long kept, String dup) implements Serializable {
    }

    /** The documents marked (or, with --drop, the copies left out), in input order; other lines pass through. */
    static JavaRDD<Line> run(JavaRDD<Line> lines, DedupeOptions options, int partitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(lines.context());
        lines = kept(DuplicateIds.reject(sc, kept(lines)));
        JavaRDD<Line> others = lines.filter(line -> !line.isDoc());
        JavaPairRDD<Long, Line> docs = lines.filter(Line::isDoc)
                .zipWithIndex().mapToPair(Tuple2::swap).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Signed> signed = docs.mapPartitionsToPair(part -> {
            Signer signer = new Signer(options.shingle(), options.permutations());
            List<Tuple2<Long, Signed>> out = new ArrayList<>();
            while (part.hasNext()) {
                Tuple2<Long, Line> doc = part.next();
                out.add(new Tuple2<>(doc._1, signer.sign(parse(doc._2), Math.toIntExact(doc._1), options.field())));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<Long, Long> repOf = exactRepresentatives(signed, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Signed> indexed = signed.join(repOf, partitions)
                .filter(doc -> doc._1.equals(doc._2._2)).mapValues(Tuple2::_1).persist(StorageLevel.MEMORY_AND_DISK());
        CopyCheck check = new CopyCheck(options);
        JavaRDD<Link> near = verify(candidates(indexed, partitions), indexed, check, partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> exactEdges = repOf.filter(doc -> !doc._1.equals(doc._2));
        JavaPairRDD<Long, Long> component = Components.of(
                exactEdges.union(near.mapToPair(link -> new Tuple2<>(link.a(), link.b()))), partitions);
        JavaPairRDD<Long, Long> cluster = options.windowDays() < 0 ? component
                : Windows.split(component, signed, repOf, near, options.windowDays(), partitions);
        JavaPairRDD<Long, Mark> marks = marks(cluster, signed, check, new KeepRule(options.keep()), partitions);

        JavaPairRDD<Long, Tuple2<Line, Optional<Mark>>> marked = docs.leftOuterJoin(marks, partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<long[]> boilerplate = sc.broadcast(options.paragraphs() ? boilerplate(marked, options.minDocs()) : null);
        JavaRDD<Line> written = marked.filter(doc -> !(options.drop() && isCopy(doc._1, doc._2._2)))
                .sortByKey(true, partitions)
                .mapPartitions(part -> {
                    Paragraphs paragraphs = boilerplate.value() == null ? null
                            : Paragraphs.boilerplate(boilerplate.value(), options.minDocs());
                    List<Line> out = new ArrayList<>();
                    while (part.hasNext()) {
                        Tuple2<Long, Tuple2<Line, Optional<Mark>>> doc = part.next();
                        Line line = doc._2._1;
                        ObjectNode document = parse(line);
                        if (paragraphs != null) {
                            paragraphs.strip(document);
                        }
                        Optional<Mark> mark = doc._2._2;
                        CopyCheck.mark(document, mark.isPresent() ? (ObjectNode) Json.MAPPER.readTree(mark.get().dup()) : null);
                        out.add(line.withJson(line.id(), Json.MAPPER.writeValueAsString(document)));
                    }
                    return out.iterator();
                });
        return others.union(written);
    }

    /** The lines, kept for the several jobs that read them. */
    private static JavaRDD<Line> kept(JavaRDD<Line> lines) {
        return lines.getStorageLevel().equals(StorageLevel.NONE()) ? lines.persist(StorageLevel.MEMORY_AND_DISK()) : lines;
    }

    private static boolean isCopy(long position, Optional<Mark> mark) {
        return mark.isPresent() && mark.get().kept() != position;
    }

    static ObjectNode parse(Line line) throws IOException {
        return (ObjectNode) Json.MAPPER.readTree(line.json());
    }

    /** Each signed document with its exact class's representative: the member with the smallest id. */
    private static JavaPairRDD<Long, Long> exactRepresentatives(JavaPairRDD<Long, Signed> signed, int partitions) {
        return signed.filter(doc -> doc._2.signed())
                .mapToPair(doc -> new Tuple2<>(doc._2.exactHash(), new Named(doc._1, doc._2.id())))
                .groupByKey(partitions)
                .flatMapToPair(group -> {
                    Named rep = smallestId(group._2);
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    group._2.forEach(member -> out.add(new Tuple2<>(member.position(), rep.position())));
                    return out.iterator();
                });
    }

    private static Named smallestId(Iterable<Named> members) {
        Named smallest = null;
        for (Named member : members) {
            if (smallest == null || member.id().compareTo(smallest.id()) < 0) {
                smallest = member;
            }
        }
        return smallest;
    }

    /**
     * The candidate pairs (smaller position, larger position) of the representatives, with how many rare
     * 3-grams they share ({@link Integer#MAX_VALUE} for a pair from a band, always a candidate).
     */
    private static JavaPairRDD<Tuple2<Long, Long>, Integer> candidates(JavaPairRDD<Long, Signed> indexed, int partitions) {
        JavaPairRDD<Tuple2<Long, Long>, Integer> bands = indexed
                .flatMapToPair(doc -> {
                    List<Tuple2<Long, Named>> out = new ArrayList<>();
                    for (long key : doc._2.bandKeys()) {
                        out.add(new Tuple2<>(key, new Named(doc._1, doc._2.id())));
                    }
                    return out.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(band -> {
                    Named center = smallestId(band._2);
                    List<Tuple2<Tuple2<Long, Long>, Integer>> out = new ArrayList<>();
                    for (Named other : band._2) {
                        if (other.position() != center.position()) {
                            out.add(new Tuple2<>(pair(center.position(), other.position()), Integer.MAX_VALUE));
                        }
                    }
                    return out.iterator();
                });
        JavaPairRDD<Tuple2<Long, Long>, Integer> grams = indexed
                .flatMapToPair(doc -> {
                    List<Tuple2<Integer, Long>> out = new ArrayList<>();
                    for (int gram : doc._2.sketch().grams()) {
                        out.add(new Tuple2<>(gram, doc._1));
                    }
                    return out.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(gram -> {
                    List<Long> docs = new ArrayList<>();
                    gram._2.forEach(docs::add);
                    List<Tuple2<Tuple2<Long, Long>, Integer>> out = new ArrayList<>();
                    if (docs.size() >= 2 && docs.size() <= GramPostings.MAX_DOCS) {
                        for (int i = 0; i < docs.size(); i++) {
                            for (int j = i + 1; j < docs.size(); j++) {
                                out.add(new Tuple2<>(pair(docs.get(i), docs.get(j)), 1));
                            }
                        }
                    }
                    return out.iterator();
                })
                .reduceByKey(Integer::sum, partitions);
        return bands.union(grams).reduceByKey(Math::max, partitions);
    }

    private static Tuple2<Long, Long> pair(long a, long b) {
        return new Tuple2<>(Math.min(a, b), Math.max(a, b));
    }

    /** The candidates that are copies: each pair meets both signed documents in two joins and is verified. */
    private static JavaRDD<Link> verify(JavaPairRDD<Tuple2<Long, Long>, Integer> candidates,
                                        JavaPairRDD<Long, Signed> indexed, CopyCheck check, int partitions) {
        return candidates.mapToPair(c -> new Tuple2<>(c._1._1, new Tuple2<>(c._1._2, c._2)))
                .join(indexed, partitions)
                .mapToPair(c -> new Tuple2<>(c._2._1._1, new Tuple2<>(c._2._1._2, new Tuple2<>(c._1, c._2._2))))
                .join(indexed, partitions)
                .flatMap(c -> {
                    int shared = c._2._1._1;
                    Signed a = c._2._1._2._2;
                    Signed b = c._2._2;
                    boolean candidate = shared == Integer.MAX_VALUE || GramPostings.sharesEnough(shared,
                            GramPostings.MIN_SHARED, a.sketch().grams().length, b.sketch().grams().length);
                    if (!candidate || !check.isCopy(a.side(), b.side())) {
                        return java.util.Collections.emptyIterator();
                    }
                    return List.of(new Link(c._2._1._2._1, c._1, check.sameCount(a.side(), b.side()))).iterator();
                });
    }

    /**
     * The mark of every document in a cluster of two or more: {@link KeepRule} picks the kept member of each
     * cluster; each member meets its kept one's signed form, and {@link CopyCheck#dupField} says why it is a copy.
     */
    private static JavaPairRDD<Long, Mark> marks(JavaPairRDD<Long, Long> cluster, JavaPairRDD<Long, Signed> signed,
                                                 CopyCheck check, KeepRule rule, int partitions) {
        JavaPairRDD<Long, Tuple2<Long, Signed>> members = cluster.join(signed, partitions);
        JavaPairRDD<Long, Tuple2<KeepRule.Member, Integer>> kept = members
                .mapToPair(m -> new Tuple2<>(m._2._1, new Tuple2<>(member(m._1, m._2._2), 1)))
                .reduceByKey((x, y) -> new Tuple2<>(rule.kept(x._1, y._1), x._2 + y._2), partitions)
                .filter(c -> c._2._2 >= 2);
        return members.mapToPair(m -> new Tuple2<>(m._2._1, new Tuple2<>(m._1, m._2._2)))
                .join(kept, partitions)
                .mapToPair(m -> new Tuple2<>(m._2._2._1.position(), new Tuple2<>(m._2._1, m._2._2._2)))
                .join(signed, partitions)
                .mapToPair(m -> {
                    long keptAt = m._1;
                    Signed doc = m._2._1._1._2;
                    int size = m._2._1._2;
                    String dup = check.dupField(doc.side(), m._2._2.side(), size).toString();
                    return new Tuple2<>(m._2._1._1._1, new Mark(keptAt, dup));
                });
    }

    private static KeepRule.Member member(long position, Signed doc) {
        return new KeepRule.Member(position, doc.id(), doc.length(), doc.date());
    }

    /** The paragraphs in at least {@code minDocs} stories, counted over the kept documents and those in no cluster. */
    private static long[] boilerplate(JavaPairRDD<Long, Tuple2<Line, Optional<Mark>>> marked, int minDocs) {
        List<Long> hashes = marked.filter(doc -> !isCopy(doc._1, doc._2._2))
                .mapPartitionsToPair(part -> {
                    Paragraphs counter = Paragraphs.counter();
                    List<Tuple2<Long, Integer>> out = new ArrayList<>();
                    while (part.hasNext()) {
                        for (long hash : counter.hashes(parse(part.next()._2._1))) {
                            out.add(new Tuple2<>(hash, 1));
                        }
                    }
                    return out.iterator();
                })
                .reduceByKey(Integer::sum)
                .filter(count -> count._2 >= minDocs)
                .keys().collect();
        return hashes.stream().mapToLong(Long::longValue).toArray();
    }
}
