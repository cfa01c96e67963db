package lede.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.AliasTable;
import lede.extract.CorpusNames;
import lede.extract.CorpusRenaming;
import lede.io.DocumentView;
import lede.io.Json;
import lede.stats.MergeableReport;
import lede.stats.Where;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * stats on Spark: each partition folds its documents into a report of its own (the report's own code, told it is
 * one part of several); the driver merges the parts in partition order ({@link MergeableReport#merge}) and
 * finishes, so the rows are those of one report over the whole input, in the CLI's order. The names pass of
 * the reports that count names is one aggregation (each partition's {@link CorpusNames}, added up on the driver)
 * and one broadcast (the renaming).
 */
final class SparkStats {
    private SparkStats() {
    }

    /** Makes the report on an executor (reports hold their options; each partition gets a fresh one). */
    interface ReportMaker extends Serializable {
        MergeableReport<?, ?> make();
    }

    /** What the CLI's report driver does around a report: --where, copies, names. */
    record Around(String where, boolean includeCopies, boolean mergeNames, List<String> aliasFiles)
            implements Serializable {
        AliasTable aliasTable() {
            AliasTable table = AliasTable.shipped();
            for (String file : aliasFiles) {
                table = table.plus(Path.of(file));
            }
            return table;
        }
    }

    /** One partition's report, and the copies it left out. */
    private record Part(MergeableReport<?, ?> report, long copies) implements Serializable {
    }

    /** The report's rows as JSON lines, and the copies left out. */
    record Rows(List<String> rows, long copiesLeftOut) {
    }

    static Rows run(JavaSparkContext sc, JavaRDD<Line> lines, ReportMaker maker, Around around) {
        Where.parse(around.where()); // a bad expression is an error before any work
        JavaRDD<String> documents = lines.filter(Line::isDoc).map(Line::json);
        Broadcast<CorpusNames.Rewrites> rewrites = around.mergeNames() ? sc.broadcast(namesPass(documents, around)) : null;
        List<Part> parts = documents.mapPartitions(part -> fold(part, maker, around,
                rewrites == null ? null : rewrites.value())).collect();
        MergeableReport<?, ?> merged = parts.get(0).report();
        long copies = parts.get(0).copies();
        for (Part later : parts.subList(1, parts.size())) {
            mergeInto(merged, later.report());
            copies += later.copies();
        }
        List<String> rows = new ArrayList<>();
        merged.finish(row -> rows.add(json(row)));
        return new Rows(rows, copies);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void mergeInto(MergeableReport first, MergeableReport later) {
        first.merge(later);
    }

    /** The CLI's corpus-wide names (CorpusRenaming.of), gathered per partition and added up here. */
    private static CorpusNames.Rewrites namesPass(JavaRDD<String> documents, Around around) {
        List<CorpusNames> parts = documents.mapPartitions(part -> {
            CorpusNames names = new CorpusNames(null); // the alias table is needed only by rewrites(), below
            while (part.hasNext()) {
                CorpusRenaming.gather(parse(part.next()), names);
            }
            return List.of(names).iterator();
        }).collect();
        CorpusNames all = new CorpusNames(around.aliasTable());
        parts.forEach(all::addAll);
        return all.rewrites();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Iterator<Part> fold(Iterator<String> documents, ReportMaker maker, Around around,
                                       CorpusNames.Rewrites merged) throws IOException {
        CorpusNames.Rewrites rewrites = merged != null ? merged
                : around.aliasFiles().isEmpty() ? null : CorpusNames.Rewrites.aliasesOnly(around.aliasTable());
        Where where = Where.parse(around.where());
        MergeableReport report = maker.make();
        report.inParts();
        long copies = 0;
        while (documents.hasNext()) {
            ObjectNode document = parse(documents.next());
            if (rewrites != null) {
                CorpusRenaming.rename(document, rewrites);
            }
            if (!where.test(document)) {
                continue;
            }
            if (!around.includeCopies() && new DocumentView(document).isCopy()) {
                copies++;
                continue;
            }
            report.add(document, report.prepare(document), row -> {
                throw new IllegalStateException("a report told inParts() wrote a row before finish()");
            });
        }
        return List.of(new Part(report, copies)).iterator();
    }

    private static ObjectNode parse(String json) throws IOException {
        return (ObjectNode) Json.MAPPER.readTree(json);
    }

    private static String json(ObjectNode row) {
        try {
            return Json.MAPPER.writeValueAsString(row);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
