package lede.dedupe;

import java.util.SplittableRandom;

/**
 * MinHash signatures over word shingles. Each of the K hash functions is {@code x * a + b} on 32 bits
 * (a odd, from a fixed seed, so signatures are the same on every run), applied to a well-mixed 32-bit hash
 * x of the shingle; the loop over K vectorises. Only the low 16 bits of each minimum are kept (the high bits
 * of a minimum are mostly zeros and carry little): that halves memory, and two unequal minima agree by
 * chance only once in 65,536, which leaves the Jaccard estimate practically unbiased.
 */
final class Signer {
    private static final long SEED = 0x1edede_5eedL;

    private final int shingle;
    private final int[] multipliers;
    private final int[] offsets;
    private final ThreadLocal<Work> work;

    Signer(int shingle, int permutations) {
        this.shingle = shingle;
        this.multipliers = new int[permutations];
        this.offsets = new int[permutations];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int k = 0; k < permutations; k++) {
            multipliers[k] = random.nextInt() | 1;
            offsets[k] = random.nextInt();
        }
        this.work = ThreadLocal.withInitial(() -> new Work(permutations));
    }

    int permutations() {
        return multipliers.length;
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
        int[] mins = work.get().mins;
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        long[] words = tokens.array();
        int width = Math.min(shingle, n); // a text shorter than one shingle is one shingle
        for (int i = 0; i + width <= n; i++) {
            long h = 0;
            for (int j = 0; j < width; j++) {
                h = (h ^ words[i + j]) * Hashing.GOLDEN;
            }
            int x = (int) (Hashing.mix(h) >>> 32);
            update(mins, x);
        }
        char[] signature = new char[mins.length];
        for (int k = 0; k < mins.length; k++) {
            signature[k] = (char) mins[k];
        }
        return signature;
    }

    private void update(int[] mins, int x) {
        int[] a = multipliers;
        int[] b = offsets;
        for (int k = 0; k < mins.length; k++) {
            mins[k] = Math.min(mins[k], x * a[k] + b[k]);
        }
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

        Work(int permutations) {
            mins = new int[permutations];
        }
    }
}
