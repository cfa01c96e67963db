package lede.dedupe;

import java.util.Arrays;

/**
 * Candidates from MinHash bands, for the copies that rare 3-grams cannot find: a story printed with small
 * edits by more sites than {@link GramPostings#MAX_DOCS} has no rare 3-gram left, but its copies are alike
 * as a whole and agree on whole bands of their signatures. The signature is cut into bands of
 * {@link #ROWS} values; documents agreeing on a band are candidates of the one among them with the smallest
 * id (not of each other: a band shared by a thousand template stories costs a thousand checks, not half a
 * million). What is a candidate depends only on the documents, not on their order.
 */
final class BandPairs {
    /** Signature values per band: at Jaccard 0.5, 32 bands of 4 find a pair 87 times in 100, at 0.7 always. */
    static final int ROWS = 4;
    private static final int PARTS = 4;

    private BandPairs() {
    }

    /**
     * The candidate pairs of the {@code indexed} documents, each {@code a << 32 | b} with a < b, ascending,
     * distinct. The band keys are sorted in {@link #PARTS} parts, 8 bytes per band of a quarter of them at a time.
     */
    static long[] of(DocTable table, boolean[] indexed, int n, int permutations) {
        int bands = permutations / ROWS;
        long[] pairs = new long[64];
        int size = 0;
        for (int part = 0; part < PARTS; part++) {
            long[] entries = entries(table, indexed, n, bands, part);
            Arrays.parallelSort(entries);
            for (int i = 0; i < entries.length; ) {
                int end = i + 1;
                while (end < entries.length && entries[end] >>> 32 == entries[i] >>> 32) {
                    end++;
                }
                if (end - i >= 2) {
                    int center = (int) entries[i];
                    for (int j = i + 1; j < end; j++) {
                        if (table.id((int) entries[j]).compareTo(table.id(center)) < 0) {
                            center = (int) entries[j];
                        }
                    }
                    if (size + end - i > pairs.length) {
                        pairs = Arrays.copyOf(pairs, Math.max(size + end - i, pairs.length * 2));
                    }
                    for (int j = i; j < end; j++) {
                        int other = (int) entries[j];
                        if (other != center) {
                            pairs[size++] = (long) Math.min(center, other) << 32 | Math.max(center, other);
                        }
                    }
                }
                i = end;
            }
        }
        Arrays.parallelSort(pairs, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct == 0 || pairs[i] != pairs[distinct - 1]) {
                pairs[distinct++] = pairs[i];
            }
        }
        return Arrays.copyOf(pairs, distinct);
    }

    /** The (band key << 32 | document) of every band of the indexed documents whose key is in {@code part}. */
    private static long[] entries(DocTable table, boolean[] indexed, int n, int bands, int part) {
        long[] entries = new long[1024];
        int e = 0;
        for (int doc = 0; doc < n; doc++) {
            if (!indexed[doc]) {
                continue;
            }
            for (long key : keys(table.signatureChunk(doc), table.offset(doc), bands * ROWS)) {
                if (key >>> 30 == part) {
                    if (e == entries.length) {
                        entries = Arrays.copyOf(entries, e * 2);
                    }
                    entries[e++] = key << 32 | doc;
                }
            }
        }
        return Arrays.copyOf(entries, e);
    }

    /**
     * The band keys of the signature at {@code chunk[offset..offset+permutations)}, one per band (32-bit, the
     * band's number mixed in): two documents are candidates when they share one. Spark groups by these too.
     */
    static long[] keys(char[] chunk, int offset, int permutations) {
        long[] keys = new long[permutations / ROWS];
        for (int band = 0; band < keys.length; band++) {
            long h = (band + 1) * Hashing.GOLDEN;
            for (int r = 0; r < ROWS; r++) {
                h = (h ^ chunk[offset + band * ROWS + r]) * Hashing.GOLDEN;
            }
            keys[band] = Hashing.mix(h) >>> 32;
        }
        return keys;
    }

    /** The index of the first pair whose first document is {@code doc} or later. */
    static int firstOf(long[] pairs, int doc) {
        int low = 0;
        int high = pairs.length;
        long key = (long) doc << 32;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairs[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
