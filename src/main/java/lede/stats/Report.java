package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/**
 * A report: documents in, result rows out. {@link #prepare} does the per-document work that needs no shared
 * state (tokenizing) and may run on several threads; {@link #add} folds the prepared documents into the
 * counters one at a time, in input order (and may already write rows, for reports that list occurrences);
 * {@link #finish} writes the remaining rows.
 *
 * @param <P> what {@link #prepare} computes for one document
 */
public interface Report<P> {
    P prepare(ObjectNode document);

    void add(ObjectNode document, P prepared, Consumer<ObjectNode> rows);

    void finish(Consumer<ObjectNode> rows);

    /**
     * Whether the report counts entity names or speakers, and so wants them merged across the corpus before it
     * reads them (one name per entity: {@code lede.extract.CorpusRenaming}); its driver runs that pass first.
     */
    default boolean readsMergedNames() {
        return false;
    }

    /** Runs a report over documents in one thread (tests, small inputs). */
    static void run(Iterable<ObjectNode> documents, Report<?> report, Consumer<ObjectNode> rows) {
        runTyped(documents, report, rows);
    }

    private static <P> void runTyped(Iterable<ObjectNode> documents, Report<P> report, Consumer<ObjectNode> rows) {
        for (ObjectNode document : documents) {
            report.add(document, report.prepare(document), rows);
        }
        report.finish(rows);
    }
}
