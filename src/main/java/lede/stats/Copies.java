package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentView;

import java.util.function.Predicate;

/**
 * A document filter that also leaves out the copies {@code lede dedupe} marked (documents with
 * {@code dup.of}), so a story printed by ten sites counts once in every report, and counts what it left out.
 * Called on one thread, in input order (as {@link ReportRunner} calls its filter).
 */
public final class Copies implements Predicate<ObjectNode> {
    private final Predicate<ObjectNode> where;
    private long leftOut;

    public Copies(Predicate<ObjectNode> where) {
        this.where = where;
    }

    @Override
    public boolean test(ObjectNode document) {
        if (!where.test(document)) {
            return false;
        }
        if (new DocumentView(document).isCopy()) {
            leftOut++;
            return false;
        }
        return true;
    }

    /** How many documents that passed the filter were left out as copies. */
    public long leftOut() {
        return leftOut;
    }
}
