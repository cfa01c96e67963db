package lede.dedupe;

import java.util.Arrays;

/**
 * What verification keeps of a document instead of its text: a sample of its word 3-grams and the numbers
 * it contains, in context. The 3-grams are the {@link #GRAMS} smallest of their 32-bit hashes (a bottom-k
 * sample: two documents keep the same hashes for the 3-grams they share, so the share of one found in the
 * other can be estimated without either text; order does not matter, so reordered paragraphs still match).
 * The numbers are runs of words with a digit, keyed by the words around them ("sell 13 2 billion" is
 * 13 2 between "sell" and "billion"): two template stories ("X raises dividend to Y cts") have the same
 * keys with other numbers, where a copy has the same numbers. Memory: at most 4 x 64 + 8 x 16 + 4 bytes.
 */
public final class Sketch implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final int GRAMS = 64;
    static final int NUMBERS = 16;
    private static final long START = 0x5EED_0001L;
    private static final long END = 0x5EED_0002L;

    /** Distinct 3-gram hashes, ascending; exactly {@link #GRAMS} of them when the document had more. */
    final int[] grams;
    /** Distinct (context hash << 32 | number hash), ascending, at most {@link #NUMBERS}. */
    final long[] numbers;
    /** How many 3-grams the whole document has (its length in words, less two). */
    final int size;

    private Sketch(int[] grams, long[] numbers, int size) {
        this.grams = grams;
        this.numbers = numbers;
        this.size = size;
    }

    /** The sketch of the words last read into {@code tokens}; {@code buffer} is scratch space. */
    static Sketch of(Tokens tokens, Scratch buffer) {
        return new Sketch(grams(tokens, buffer), numbers(tokens, buffer), Math.max(1, tokens.count() - 2));
    }

    /** The sampled 3-gram hashes, ascending (read only: the candidates of Spark's dedupe come from them). */
    public int[] grams() {
        return grams;
    }

    /** Whether the sample is all the document's 3-grams or only the smallest of them. */
    boolean sampled() {
        return grams.length == GRAMS;
    }

    private static int[] grams(Tokens tokens, Scratch buffer) {
        int n = tokens.count();
        long[] words = tokens.array();
        int count = Math.max(1, n - 2);
        int[] all = buffer.ints(count);
        for (int i = 0; i < count; i++) {
            long h = 0x3_6A77L;
            for (int j = i; j < Math.min(i + 3, n); j++) {
                h = (h ^ words[j]) * Hashing.GOLDEN;
            }
            all[i] = (int) (Hashing.mix(h) >>> 32);
        }
        if (count > 4 * GRAMS) {
            // The hashes are uniform: the smallest GRAMS lie far below a cut-off twice where they are expected,
            // so only the few below it are sorted (the same result as sorting all, checked below).
            long cut = Integer.MIN_VALUE + (1L << 32) * 2 * GRAMS / count;
            int below = 0;
            for (int i = 0; i < count; i++) {
                if (all[i] < cut) {
                    int v = all[i];
                    all[i] = all[below];
                    all[below++] = v;
                }
            }
            Arrays.sort(all, 0, below);
            int[] smallest = smallestDistinct(all, below, GRAMS);
            if (smallest.length == GRAMS) {
                return smallest;
            }
        }
        Arrays.sort(all, 0, count);
        return smallestDistinct(all, count, GRAMS);
    }

    private static int[] smallestDistinct(int[] sorted, int count, int max) {
        int[] out = new int[Math.min(count, max)];
        int size = 0;
        for (int i = 0; i < count && size < max; i++) {
            if (size == 0 || sorted[i] != out[size - 1]) {
                out[size++] = sorted[i];
            }
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    private static long[] numbers(Tokens tokens, Scratch buffer) {
        int n = tokens.count();
        long[] words = tokens.array();
        long[] found = buffer.longs(n);
        int size = 0;
        for (int i = 0; i < n; ) {
            if (!tokens.numeric(i)) {
                i++;
                continue;
            }
            int end = i;
            long value = 0x4E_554DL;
            while (end < n && tokens.numeric(end)) {
                value = (value ^ words[end++]) * Hashing.GOLDEN;
            }
            long before = i > 0 ? words[i - 1] : START;
            long after = end < n ? words[end] : END;
            long context = Hashing.mix((before * Hashing.GOLDEN) ^ after) >>> 32;
            found[size++] = context << 32 | (Hashing.mix(value) >>> 32);
            i = end;
        }
        Arrays.sort(found, 0, size);
        long[] out = new long[Math.min(size, NUMBERS)];
        int kept = 0;
        for (int i = 0; i < size && kept < out.length; i++) {
            if (kept == 0 || found[i] != out[kept - 1]) {
                out[kept++] = found[i];
            }
        }
        return kept == out.length ? out : Arrays.copyOf(out, kept);
    }

    /** Per-thread scratch arrays, reused between documents. */
    static final class Scratch {
        private int[] ints = new int[1024];
        private long[] longs = new long[1024];

        int[] ints(int n) {
            if (ints.length < n) {
                ints = new int[Math.max(n, ints.length * 2)];
            }
            return ints;
        }

        long[] longs(int n) {
            if (longs.length < n) {
                longs = new long[Math.max(n, longs.length * 2)];
            }
            return longs;
        }
    }
}
