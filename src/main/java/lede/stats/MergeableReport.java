package lede.stats;

/**
 * A report that can be computed in parts: run one report (with the same options) over each consecutive part
 * of the input, {@link #merge} the later parts into the first, in order, and {@link #finish} it; the rows are
 * those of one report over the whole input (like a frequency table counted per chunk).
 *
 * @param <P> what {@link #prepare} computes for one document
 * @param <R> the report's own type
 */
public interface MergeableReport<P, R extends MergeableReport<P, R>> extends Report<P> {
    /** Adds the counts of {@code later}, a report over the documents that come after this one's. */
    void merge(R later);
}
