package lede.dedupe;

import java.util.Arrays;

/**
 * What dedupe remembers of each document after signing it: the signature (in chunks, so a million
 * documents never need one huge array or a doubling copy), the exact-text hash, the date, the length of
 * the compared text, the verification {@link Sketch} and the id. No text.
 */
final class DocTable {
    static final long NO_DATE = Long.MIN_VALUE;
    private static final int CHUNK_DOCS = 1 << 14;

    private final int k;
    private char[][] signatures = new char[16][];
    private long[] exactHashes = new long[1024];
    private long[] dates = new long[1024];
    private int[] lengths = new int[1024];
    private boolean[] signed = new boolean[1024];
    private String[] ids = new String[1024];
    private Sketch[] sketches = new Sketch[1024];
    private int size;

    DocTable(int permutations) {
        this.k = permutations;
    }

    /** Adds a document and returns its index (its position in the input, from 0). */
    int add(String id, char[] signature, Sketch sketch, long exactHash, long date, int length) {
        int doc = size;
        if (doc == exactHashes.length) {
            int capacity = doc * 2;
            exactHashes = Arrays.copyOf(exactHashes, capacity);
            dates = Arrays.copyOf(dates, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            signed = Arrays.copyOf(signed, capacity);
            ids = Arrays.copyOf(ids, capacity);
            sketches = Arrays.copyOf(sketches, capacity);
        }
        int chunk = doc / CHUNK_DOCS;
        if (chunk == signatures.length) {
            signatures = Arrays.copyOf(signatures, chunk * 2);
        }
        if (signatures[chunk] == null) {
            signatures[chunk] = new char[CHUNK_DOCS * k];
        }
        if (signature != null) {
            System.arraycopy(signature, 0, signatures[chunk], offset(doc), k);
        }
        exactHashes[doc] = exactHash;
        dates[doc] = date;
        lengths[doc] = length;
        signed[doc] = signature != null;
        ids[doc] = id;
        sketches[doc] = sketch;
        size++;
        return doc;
    }

    int size() {
        return size;
    }

    boolean signed(int doc) {
        return signed[doc];
    }

    char[] signatureChunk(int doc) {
        return signatures[doc / CHUNK_DOCS];
    }

    int offset(int doc) {
        return (doc % CHUNK_DOCS) * k;
    }

    double similarity(int a, int b) {
        return Signer.similarity(signatureChunk(a), offset(a), signatureChunk(b), offset(b), k);
    }

    long exactHash(int doc) {
        return exactHashes[doc];
    }

    long date(int doc) {
        return dates[doc];
    }

    int length(int doc) {
        return lengths[doc];
    }

    Sketch sketch(int doc) {
        return sketches[doc];
    }

    String id(int doc) {
        return ids[doc];
    }

    /** The document as one side of a pair to verify. */
    CopyCheck.Side side(int doc) {
        return new CopyCheck.Side(ids[doc], signatureChunk(doc), offset(doc), sketches[doc], lengths[doc], exactHashes[doc]);
    }

    /** What the keep rule looks at of the document. */
    KeepRule.Member member(int doc) {
        return new KeepRule.Member(doc, ids[doc], lengths[doc], dates[doc]);
    }

    /** The sketches by index, for building the postings (entries past {@link #size} are unused). */
    Sketch[] sketches() {
        return sketches;
    }
}
