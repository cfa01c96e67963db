package lede.dedupe;

/**
 * Decides whether two candidate documents are copies from their sketches. Two measures:
 * <ul>
 * <li>containment: the share of the shorter document's 3-grams found in the longer one, estimated on the
 *   hashes below both samples' cut-off (below it both samples are complete, so the estimate is unbiased).
 *   A copy with its tail trimmed, its lead dropped or its paragraphs reordered keeps a high containment
 *   where its Jaccard similarity falls.</li>
 * <li>number conflicts: places where both texts have a number between the same two words, but not the
 *   same number. Template stories (daily notices, dividends, auction results) share their words and differ
 *   there; copies agree there.</li>
 * </ul>
 */
final class Verifier {
    /**
     * Below this many 3-grams (about 26 words) containment says little: a short notice is "contained" in every
     * other notice of its kind (dividends, money supply flashes), so short texts are copies only by Jaccard.
     */
    static final int MIN_GRAMS = 24;
    /** Fewer sampled 3-grams below the common cut-off than this make too rough an estimate to act on. */
    static final int MIN_SAMPLE = 16;

    private Verifier() {
    }

    /**
     * The estimated share of {@code shorter}'s 3-grams that occur in {@code longer}, or -1 when the shorter
     * one has fewer than {@code minGrams} 3-grams, or too few below the common cut-off to estimate.
     */
    static double containment(Sketch shorter, Sketch longer, int minGrams) {
        int[] a = shorter.grams;
        int[] b = longer.grams;
        long cut = Math.min(shorter.sampled() ? a[a.length - 1] : Long.MAX_VALUE,
                longer.sampled() ? b[b.length - 1] : Long.MAX_VALUE);
        int i = 0;
        int j = 0;
        int inA = 0;
        int shared = 0;
        while (i < a.length && a[i] <= cut) {
            while (j < b.length && b[j] < a[i]) {
                j++;
            }
            if (j < b.length && b[j] == a[i]) {
                shared++;
            }
            inA++;
            i++;
        }
        return inA < Math.min(minGrams, MIN_SAMPLE) || shorter.size < minGrams ? -1 : (double) shared / inA;
    }

    /**
     * Whether the numbers tell two similar texts apart: two or more places where both have a number between
     * the same words and the numbers differ, or one such place and at most two where they agree (a short
     * template has few numbers; a copy with one number changed by a typo still agrees elsewhere).
     */
    static boolean numbersDiffer(Sketch x, Sketch y) {
        long[] a = x.numbers;
        long[] b = y.numbers;
        int conflicts = 0;
        int agreements = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            long ka = a[i] >> 32; // arithmetic: the order the signed sort left them in
            long kb = b[j] >> 32; // arithmetic: the order the signed sort left them in
            if (ka < kb) {
                i++;
            } else if (kb < ka) {
                j++;
            } else {
                // the same context: do the two texts share any number in it?
                int iEnd = i;
                while (iEnd < a.length && a[iEnd] >> 32 == ka) {
                    iEnd++;
                }
                int jEnd = j;
                while (jEnd < b.length && b[jEnd] >> 32 == kb) {
                    jEnd++;
                }
                boolean same = false;
                for (int p = i; p < iEnd && !same; p++) {
                    for (int q = j; q < jEnd; q++) {
                        if (a[p] == b[q]) {
                            same = true;
                            break;
                        }
                    }
                }
                if (same) {
                    agreements++;
                } else {
                    conflicts++;
                }
                i = iEnd;
                j = jEnd;
            }
        }
        return conflicts >= 2 || conflicts == 1 && agreements <= 2;
    }
}
