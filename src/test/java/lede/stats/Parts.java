package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Computes a report in parts, as another runtime would, to compare with the report over the whole. */
final class Parts {
    private Parts() {
    }

    /** The rows of one report over all documents. */
    static <P, R extends MergeableReport<P, R>> List<String> whole(List<ObjectNode> documents, Supplier<R> report) {
        List<String> rows = new ArrayList<>();
        Report.run(documents, report.get(), row -> rows.add(row.toString()));
        return rows;
    }

    /**
     * The rows of one report per part (cut at {@code cuts}), merged in order into the first; rows a part
     * writes while reading go out first (there should be none: the parts are told {@link MergeableReport#inParts}).
     */
    static <P, R extends MergeableReport<P, R>> List<String> merged(List<ObjectNode> documents, Supplier<R> report,
                                                                    int... cuts) {
        List<String> rows = new ArrayList<>();
        R first = null;
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : documents.size();
            R part = report.get();
            part.inParts();
            for (ObjectNode document : documents.subList(from, to)) {
                part.add(document, part.prepare(document), row -> rows.add(row.toString()));
            }
            if (first == null) {
                first = part;
            } else {
                first.merge(part);
            }
            from = to;
        }
        first.finish(row -> rows.add(row.toString()));
        return rows;
    }
}
