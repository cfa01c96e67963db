package lede.stats;

/**
 * A report that can be computed in parts: run one report (with the same options) over each consecutive part
 * of the input, {@link #merge} the later parts into the first, in order, and {@link #finish} it; the rows are
 * those of one report over the whole input (like a frequency table counted per chunk).
 *
 * <p>Reports that write rows as they read (kwic, one speaker's quotes) merge by concatenating their rows in
 * part order: a part told {@link #inParts} holds its rows, and the merged report writes them at finish.
 *
 * @param <P> what {@link #prepare} computes for one document
 * @param <R> the report's own type
 */
public interface MergeableReport<P, R extends MergeableReport<P, R>> extends Report<P> {
    /**
     * Says, before the first {@link #add}, that this report is one part of several: a report that writes rows
     * as it reads keeps them until {@link #finish} instead, since a later part's rows must not come first.
     * Reports that write only at finish ignore it.
     */
    default void inParts() {
    }

    /** Adds the counts of {@code later}, a report over the documents that come after this one's. */
    void merge(R later);
}
