package lede.dedupe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.io.Serializable;

/**
 * The verification of one candidate pair and the description of a copy, the same code for the command line and
 * Spark. Every answer depends on the two documents only, not on which comes first in the input: where the
 * "shorter" of two texts is a tie (as many 3-grams and as many characters), the one with the smaller id counts
 * as the shorter.
 */
public final class CopyCheck implements Serializable {
    private final int permutations;
    private final int minSame;
    private final double containment;

    /**
     * One document of a pair: its signature at {@code signature[offset..offset+K)} (the command line keeps
     * signatures in shared chunks), sketch, compared-text length and exact hash.
     */
    public record Side(String id, char[] signature, int offset, Sketch sketch, int length, long exactHash) {
    }

    public CopyCheck(DedupeOptions options) {
        this.permutations = options.permutations();
        this.minSame = (int) Math.ceil(options.threshold() * options.permutations() - 1e-9);
        this.containment = options.containment();
    }

    /** Whether two candidates are copies: similar as a whole or one mostly inside the other, numbers agreeing. */
    public boolean isCopy(Side a, Side b) {
        if (Verifier.numbersDiffer(a.sketch(), b.sketch())) {
            return false;
        }
        return sameCount(a, b) >= minSame || containment(a, b, Verifier.MIN_GRAMS) >= containment;
    }

    /** Signature positions where the two agree. */
    public int sameCount(Side a, Side b) {
        char[] x = a.signature();
        char[] y = b.signature();
        int i = a.offset();
        int j = b.offset();
        int same = 0;
        for (int k = 0; k < permutations; k++) {
            if (x[i + k] == y[j + k]) {
                same++;
            }
        }
        return same;
    }

    /** The estimated share of the shorter text's 3-grams found in the other (-1: too short to say). */
    double containment(Side a, Side b, int minGrams) {
        Sketch x = a.sketch();
        Sketch y = b.sketch();
        boolean aShorter = x.size != y.size ? x.size < y.size
                : a.length() != b.length() ? a.length() < b.length()
                : a.id().compareTo(b.id()) <= 0;
        return aShorter ? Verifier.containment(x, y, minGrams) : Verifier.containment(y, x, minGrams);
    }

    /** The estimated Jaccard similarity, rounded to 3 decimals. */
    public double similarity(Side a, Side b) {
        return Math.round(sameCount(a, b) * 1000.0 / permutations) / 1000.0;
    }

    public boolean exact(Side a, Side b) {
        return a.exactHash() == b.exactHash();
    }

    /**
     * Says why {@code doc} is a copy of {@code keep}: similarity (estimated Jaccard), containment (share of the
     * shorter text in the other) and method: exact (same normalised text), contained (mostly inside the other
     * while not similar as a whole), near (similar as a whole, or joined to the kept one through other copies).
     */
    public void describe(ObjectNode target, Side doc, Side keep) {
        double similarity = similarity(doc, keep);
        double contained = Math.max(0, Math.round(containment(doc, keep, 1) * 1000.0) / 1000.0);
        target.put("similarity", similarity);
        target.put("containment", contained);
        String method = exact(doc, keep) ? "exact"
                : sameCount(doc, keep) < minSame && contained >= containment ? "contained" : "near";
        target.put("method", method);
    }

    /**
     * The {@code dup} field of a document in a cluster of {@code size} (two or more) whose kept document is
     * {@code keep}: {cluster, size} for the kept one, {cluster, of, similarity, containment, method} for a copy.
     */
    public ObjectNode dupField(Side doc, Side keep, int size) {
        ObjectNode dup = Json.object();
        dup.put("cluster", keep.id());
        if (doc.id().equals(keep.id())) {
            dup.put("size", size);
        } else {
            dup.put("of", keep.id());
            describe(dup, doc, keep);
        }
        return dup;
    }

    /** Marks a document: its {@code dup} field, or none when it is in no cluster ({@code dup} null). */
    public static void mark(ObjectNode document, ObjectNode dup) {
        if (dup == null) {
            document.remove("dup");
        } else {
            document.set("dup", dup);
        }
    }
}
