package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.OrderedRunner;

import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a report with {@link Report#prepare} spread over threads and {@link Report#add} in input order, so
 * the result is the same as in one thread.
 */
public final class ReportRunner {
    private static final int BATCH = 64;

    private ReportRunner() {
    }

    public static <P> void run(Iterator<ObjectNode> documents, Predicate<ObjectNode> where, Report<P> report,
                               int threads, Consumer<ObjectNode> rows) {
        try (OrderedRunner<ObjectNode, Prepared<P>> runner = new OrderedRunner<>("lede-stats", threads, 2,
                document -> new Prepared<>(document, report.prepare(document)),
                prepared -> report.add(prepared.document, prepared.value, rows))) {
            runner.batches(BATCH);
            while (documents.hasNext()) {
                ObjectNode document = documents.next();
                if (where.test(document)) {
                    runner.add(document);
                }
            }
            runner.finish();
        }
        report.finish(rows);
    }

    private record Prepared<P>(ObjectNode document, P value) {
    }
}
