package lede.dedupe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentView;

import java.util.SplittableRandom;

/**
 * MinHash signatures over word shingles, by one-permutation hashing: each shingle is hashed once (a
 * well-mixed 64-bit hash), its high bits choose one of K bins and its low 32 bits compete for that bin's
 * minimum; a bin no shingle fell into borrows the minimum of the nearest filled bin (to the left or right, a
 * fixed choice per bin) plus a constant per step, so that two documents still agree on it exactly when they
 * agree on the bin it borrows from (Shrivastava and Li's densification). Two signatures agree on a bin with
 * probability the Jaccard similarity of their shingle sets, as with K independent hash functions, at the cost
 * of one hash per shingle instead of K. Only the low 16 bits of each minimum are kept: that halves memory,
 * and two unequal minima agree by chance only once in 65,536, which leaves the Jaccard estimate practically
 * unbiased. The directions come from a fixed seed, so signatures are the same on every run.
 */
public final class Signer {
    private static final long SEED = 0x1edede_5eedL;
    /** Added per step to a borrowed minimum: odd, so different steps give different values. */
    private static final int STEP = 0x9E3779B1;

    private final int shingle;
    private final boolean[] borrowsFromRight;
    private final ThreadLocal<Work> work;

    public Signer(int shingle, int permutations) {
        this.shingle = shingle;
        this.borrowsFromRight = new boolean[permutations];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int k = 0; k < permutations; k++) {
            borrowsFromRight[k] = random.nextBoolean();
        }
        this.work = ThreadLocal.withInitial(() -> new Work(permutations));
    }

    int permutations() {
        return borrowsFromRight.length;
    }

    /**
     * Signs one document, the per-document core of dedupe's first pass (the command line's and Spark's):
     * {@code position} (from 0) names a document without an id {@code #N}.
     */
    public Signed sign(ObjectNode document, int position, DedupeOptions.Field field) {
        DocumentView view = new DocumentView(document);
        String text = view.comparedText(field == DedupeOptions.Field.TITLE_TEXT);
        char[] signature = null;
        Sketch sketch = null;
        long exactHash = 0;
        if (text != null) {
            Tokens tokens = tokens(text);
            signature = sign(tokens);
            if (signature != null) {
                sketch = sketch(tokens);
            }
            exactHash = tokens.exactHash();
        }
        return new Signed(DocumentFields.idOf(document, position), signature, sketch, exactHash,
                view.epochSeconds(DocTable.NO_DATE), text == null ? 0 : text.length());
    }

    /** The words of {@code text}, read into this thread's buffer (valid until the next call). */
    Tokens tokens(String text) {
        Tokens tokens = work.get().tokens;
        tokens.read(text);
        return tokens;
    }

    /** The signature of the words last read by {@link #tokens}, or null when there are none. */
    char[] sign(Tokens tokens) {
        int n = tokens.count();
        if (n == 0) {
            return null;
        }
        Work w = work.get();
        int[] mins = w.mins;
        boolean[] filled = w.filled;
        int bins = mins.length;
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        java.util.Arrays.fill(filled, false);
        long[] words = tokens.array();
        int width = Math.min(shingle, n); // a text shorter than one shingle is one shingle
        for (int i = 0; i + width <= n; i++) {
            long h = 0;
            for (int j = 0; j < width; j++) {
                h = (h ^ words[i + j]) * Hashing.GOLDEN;
            }
            long x = Hashing.mix(h);
            int bin = (int) (((x >>> 32) * bins) >>> 32);
            int value = (int) x;
            if (!filled[bin] || value < mins[bin]) {
                mins[bin] = value;
                filled[bin] = true;
            }
        }
        char[] signature = new char[bins];
        for (int k = 0; k < bins; k++) {
            int value = mins[k];
            if (!filled[k]) {
                int direction = borrowsFromRight[k] ? 1 : bins - 1;
                int from = k;
                int steps = 0;
                do {
                    from = (from + direction) % bins;
                    steps++;
                } while (!filled[from]);
                value = mins[from] + steps * STEP;
            }
            signature[k] = (char) value;
        }
        return signature;
    }

    /** The verification sketch of the words last read by {@link #tokens}. */
    Sketch sketch(Tokens tokens) {
        return Sketch.of(tokens, work.get().scratch);
    }

    /** The estimated Jaccard similarity of two signatures: the share of positions where they agree. */
    static double similarity(char[] a, int aFrom, char[] b, int bFrom, int k) {
        int same = 0;
        for (int i = 0; i < k; i++) {
            if (a[aFrom + i] == b[bFrom + i]) {
                same++;
            }
        }
        return (double) same / k;
    }

    private static final class Work {
        final Tokens tokens = new Tokens();
        final Sketch.Scratch scratch = new Sketch.Scratch();
        final int[] mins;
        final boolean[] filled;

        Work(int permutations) {
            mins = new int[permutations];
            filled = new boolean[permutations];
        }
    }
}
