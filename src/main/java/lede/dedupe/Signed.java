package lede.dedupe;

import java.io.Serializable;

/**
 * What dedupe keeps of one document after signing it ({@link Signer#sign(com.fasterxml.jackson.databind.node.ObjectNode,
 * int, DedupeOptions.Field)}): its name, MinHash signature, verification {@link Sketch}, exact-text hash, date and
 * the length of its compared text. The command line keeps these in columns ({@link DocTable}); Spark ships them
 * between tasks, so they are serialisable.
 *
 * @param id        the document's id, or {@code #N} by its input position
 * @param signature MinHash signature, null for a document without words (never a copy)
 * @param sketch    verification sketch, null when {@code signature} is
 * @param exactHash hash of the normalised compared text (equal for exact copies)
 * @param date      epoch seconds of {@code date}, {@link #NO_DATE} without one
 * @param length    characters of the compared text
 */
public record Signed(String id, char[] signature, Sketch sketch, long exactHash, long date, int length)
        implements Serializable {
    public static final long NO_DATE = DocTable.NO_DATE;

    public boolean signed() {
        return signature != null;
    }

    /** The band keys of this document's signature ({@link BandPairs}); empty when unsigned. */
    public long[] bandKeys() {
        return signature == null ? new long[0] : BandPairs.keys(signature, 0, signature.length);
    }

    /** This document as one side of a pair to verify. */
    public CopyCheck.Side side() {
        return new CopyCheck.Side(id, signature, 0, sketch, length, exactHash);
    }
}
