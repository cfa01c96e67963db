package lede.dedupe;

import java.util.Arrays;

/**
 * An inverted index from sampled 3-gram hashes to the documents whose sketch has them: the candidates of a
 * new document are the earlier ones that share at least {@code minShared} of its sampled 3-grams, however
 * long or short either is (what LSH on Jaccard misses: a shortened copy). Each entry (document, position in
 * its sketch) is one int, {@code doc * GRAMS + position}; a table maps a hash to its newest entry and
 * {@code next} chains the older ones. Memory: 4 bytes per entry for the chain, 8 to 16 per distinct hash.
 */
final class SketchIndex {
    private static final int CHUNK_DOCS = 1 << 14;
    private static final int K = Sketch.GRAMS;

    private final int maxChain;
    private int[] keys = new int[1 << 12];
    private int[] heads = filled(1 << 12);
    private int size;
    private int[][] next = new int[16][];

    private int[] sharedWith = new int[1024];
    private int[] stamp = new int[1024];
    private int[] touched = new int[256];

    SketchIndex(int maxChain) {
        this.maxChain = maxChain;
    }

    /**
     * The earlier documents sharing at least {@code minShared} sampled 3-grams with {@code sketch}, walking at
     * most {@code maxChain} documents per 3-gram, newest first (a 3-gram in more documents than that is
     * common phrasing, not evidence); returns how many were written to the start of {@link #found}.
     */
    int candidates(int doc, Sketch sketch, int minShared) {
        if (doc >= stamp.length) {
            stamp = Arrays.copyOf(stamp, Math.max(doc + 1, stamp.length * 2));
            sharedWith = Arrays.copyOf(sharedWith, stamp.length);
        }
        int mark = doc + 1; // stamps are 1-based so that 0 means never seen
        int count = 0;
        for (int gram : sketch.grams) {
            int entry = heads[find(gram)];
            for (int walked = 0; entry >= 0 && walked < maxChain; walked++) {
                int other = entry / K;
                if (stamp[other] != mark) {
                    stamp[other] = mark;
                    sharedWith[other] = 0;
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = other;
                }
                sharedWith[other]++;
                entry = nextOf(entry);
            }
        }
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (sharedWith[touched[i]] >= minShared) {
                touched[kept++] = touched[i];
            }
        }
        Arrays.sort(touched, 0, kept); // verify in input order, whatever order the chains gave
        return kept;
    }

    /** The candidates of the last {@link #candidates} call. */
    int[] found() {
        return touched;
    }

    /** Indexes the sketch of {@code doc} (documents are added in increasing order). */
    void add(int doc, Sketch sketch) {
        if ((long) doc * K + K > Integer.MAX_VALUE) {
            throw new IllegalStateException("dedupe indexes at most " + Integer.MAX_VALUE / K + " documents");
        }
        int chunk = doc / CHUNK_DOCS;
        if (chunk >= next.length) {
            next = Arrays.copyOf(next, Math.max(chunk + 1, next.length * 2));
        }
        if (next[chunk] == null) {
            next[chunk] = new int[CHUNK_DOCS * K];
        }
        int[] grams = sketch.grams;
        for (int p = 0; p < grams.length; p++) {
            int entry = doc * K + p;
            int slot = find(grams[p]);
            int previous = heads[slot];
            next[chunk][(doc % CHUNK_DOCS) * K + p] = previous;
            heads[slot] = entry;
            if (previous < 0) {
                keys[slot] = grams[p];
                if (++size * 2 > keys.length) {
                    grow();
                }
            }
        }
    }

    private int nextOf(int entry) {
        int doc = entry / K;
        return next[doc / CHUNK_DOCS][(doc % CHUNK_DOCS) * K + entry % K];
    }

    private int find(int key) {
        int mask = keys.length - 1;
        int slot = (int) Hashing.mix(key) & mask;
        while (heads[slot] >= 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new int[oldKeys.length * 2];
        heads = filled(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] >= 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
