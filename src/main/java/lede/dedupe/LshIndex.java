package lede.dedupe;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * LSH banding over stored signatures: the K positions are cut into {@code bands} bands of {@code rows};
 * two documents become candidates when all positions of some band agree. Each band has an open-addressing
 * table from the band's 32-bit hash to the newest document with it, and the documents with the same band
 * hash form a chain through {@code next}, newest first. A table slot holds only the document: its key is
 * recomputed from the stored signature when probed, which halves the tables. Memory: 8 to 16 bytes per band
 * per document in the tables (load 1/4 to 1/2) plus 4 in the chains.
 */
final class LshIndex {
    private static final int CHUNK_DOCS = 1 << 14;

    private final int bands;
    private final int rows;
    private final int maxChain;
    private final Band[] tables;
    private int[][] next = new int[16][];

    private final DocTable documents;

    LshIndex(DocTable documents, int bands, int rows, int maxChain) {
        this.documents = documents;
        this.bands = bands;
        this.rows = rows;
        this.maxChain = maxChain;
        this.tables = new Band[bands];
        for (int b = 0; b < bands; b++) {
            tables[b] = new Band(b);
        }
    }

    /**
     * Calls {@code visit} with the earlier documents that share a band with this signature, band by band,
     * newest first, at most {@code maxChain} per band (a chain that long is one big cluster of copies
     * already, and its newest members link a new copy to it); stops when {@code visit} returns false.
     */
    void candidates(char[] signature, int from, IntPredicate visit) {
        for (int b = 0; b < bands; b++) {
            int head = tables[b].head(bandHash(signature, from, b));
            int walked = 0;
            for (int doc = head; doc >= 0 && walked < maxChain; doc = nextOf(doc, b), walked++) {
                if (!visit.test(doc)) {
                    return;
                }
            }
        }
    }

    /** Indexes document {@code doc} (documents are added in increasing order). */
    void add(int doc, char[] signature, int from) {
        int chunk = doc / CHUNK_DOCS;
        if (chunk >= next.length) {
            next = Arrays.copyOf(next, Math.max(chunk + 1, next.length * 2));
        }
        if (next[chunk] == null) {
            next[chunk] = new int[CHUNK_DOCS * bands];
        }
        for (int b = 0; b < bands; b++) {
            int previous = tables[b].push(bandHash(signature, from, b), doc);
            next[chunk][(doc % CHUNK_DOCS) * bands + b] = previous;
        }
    }

    private int nextOf(int doc, int band) {
        return next[doc / CHUNK_DOCS][(doc % CHUNK_DOCS) * bands + band];
    }

    private int bandHash(int doc, int band) {
        return bandHash(documents.signatureChunk(doc), documents.offset(doc), band);
    }

    private int bandHash(char[] signature, int from, int band) {
        long h = band;
        int start = from + band * rows;
        for (int i = 0; i < rows; i++) {
            h = (h ^ signature[start + i]) * Hashing.GOLDEN;
        }
        return (int) (Hashing.mix(h) >>> 32);
    }

    /** Open addressing from a band hash to the newest document with it (-1 for none). */
    private final class Band {
        private final int band;
        private int[] heads = filled(1024);
        private int size;

        Band(int band) {
            this.band = band;
        }

        int head(int key) {
            return heads[find(key)];
        }

        /** Makes {@code doc} the newest document for {@code key}; returns the previous newest or -1. */
        int push(int key, int doc) {
            int slot = find(key);
            int previous = heads[slot];
            heads[slot] = doc;
            if (previous < 0 && ++size * 2 > heads.length) {
                grow();
            }
            return previous;
        }

        private int find(int key) {
            int mask = heads.length - 1;
            int slot = key & mask; // keys are hashes already
            while (heads[slot] >= 0 && bandHash(heads[slot], band) != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            int[] old = heads;
            heads = filled(old.length * 2);
            int mask = heads.length - 1;
            for (int doc : old) {
                if (doc >= 0) {
                    int slot = bandHash(doc, band) & mask;
                    while (heads[slot] >= 0) {
                        slot = (slot + 1) & mask;
                    }
                    heads[slot] = doc;
                }
            }
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, -1);
            return a;
        }
    }
}
