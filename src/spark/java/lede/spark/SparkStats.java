package lede.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.AliasTable;
import lede.extract.CorpusNames;
import lede.extract.CorpusRenaming;
import lede.io.DocumentView;
import lede.io.Json;
import lede.io.LedeException;
import lede.stats.MergeableReport;
import lede.stats.Where;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * stats on Spark: each partition folds its documents into a report of its own (a copy of the empty report the
 * driver made, told it is one part of several); the driver merges the parts in partition order
 * ({@link MergeableReport#merge}) and finishes, so the rows are those of one report over the whole input, in
 * the CLI's order. The one corpus-wide step, the names pass of the reports that read names, is one aggregation
 * (each partition's {@link CorpusNames}, added up on the driver) and one broadcast (the renaming). keyness needs
 * no pass of its own: each part counts its target and reference documents, and the parts add up.
 */
final class SparkStats {
    private SparkStats() {
    }

    /** Which documents a report sees, as the CLI's report driver decides: --where, then copies left out. */
    record Filter(Where where, boolean includeCopies) implements Serializable {
    }

    /** One partition's report, and the copies it left out. */
    private record Part(MergeableReport<?, ?> report, long copies) implements Serializable {
    }

    /** The report's rows as JSON lines, and the copies left out. */
    record Rows(List<String> rows, long copiesLeftOut) {
    }

    /**
     * @param empty   the report as the options made it, before any document
     * @param aliases the alias table for the names (read on the driver), or null when the report needs none
     */
    static Rows run(JavaSparkContext sc, JavaRDD<Line> lines, MergeableReport<?, ?> empty, Filter filter,
                    AliasTable aliases) {
        JavaRDD<String> documents = lines.filter(Line::isDoc).map(Line::json);
        CorpusNames.Rewrites rewrites = aliases == null ? null
                : empty.readsMergedNames() ? SparkNames.merged(documents, aliases) : CorpusNames.Rewrites.aliasesOnly(aliases);
        Broadcast<CorpusNames.Rewrites> names = rewrites == null ? null : sc.broadcast(rewrites);
        byte[] template = bytes(empty);
        List<Part> parts = userErrors(() -> documents.mapPartitions(part -> fold(part, copy(template), filter,
                names == null ? null : names.value())).collect());
        MergeableReport<?, ?> merged = parts.get(0).report();
        long copies = parts.get(0).copies();
        for (Part later : parts.subList(1, parts.size())) {
            mergeInto(merged, later.report());
            copies += later.copies();
        }
        List<String> rows = new ArrayList<>();
        merged.finish(row -> rows.add(json(row)));
        if (names != null) {
            names.destroy();
        }
        return new Rows(rows, copies);
    }

    /** A task's user error (a --regex out of time) as the CLI says it, not as Spark's stage failure around it. */
    private static <T> T userErrors(Supplier<T> action) {
        try {
            return action.get();
        } catch (Exception e) { // Spark's SparkException is checked, thrown unchecked
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof LedeException error) {
                    throw error;
                }
            }
            throw e;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void mergeInto(MergeableReport first, MergeableReport later) {
        first.merge(later);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Iterator<Part> fold(Iterator<String> documents, MergeableReport report, Filter filter,
                                       CorpusNames.Rewrites rewrites) throws IOException {
        report.inParts();
        long copies = 0;
        while (documents.hasNext()) {
            ObjectNode document = parse(documents.next());
            if (rewrites != null) {
                CorpusRenaming.rename(document, rewrites);
            }
            if (!filter.where().test(document)) {
                continue;
            }
            if (!filter.includeCopies() && new DocumentView(document).isCopy()) {
                copies++;
                continue;
            }
            report.add(document, report.prepare(document), row -> {
                throw new IllegalStateException("a report told inParts() wrote a row before finish()");
            });
        }
        return List.of(new Part(report, copies)).iterator();
    }

    /** The report, serialized (every report is: each holds only its options and counts). */
    private static byte[] bytes(MergeableReport<?, ?> report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A fresh empty report for one partition. */
    private static MergeableReport<?, ?> copy(byte[] template) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(template))) {
            return (MergeableReport<?, ?>) in.readObject();
        }
    }

    private static ObjectNode parse(String json) throws IOException {
        return (ObjectNode) Json.MAPPER.readTree(json);
    }

    private static String json(ObjectNode row) {
        try {
            return Json.MAPPER.writeValueAsString(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
