package lede.ingest;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.profiles.LanguageProfile;

import java.util.Collection;
import java.util.Map;

/**
 * Optimaize's n-gram probabilities (NgramFrequencyData.getProbabilities, the very same arrays) looked up by the
 * n-gram's characters in place: a 1-3-gram packs into a long, so no String is made, hashed and compared per
 * look-up, which was most of what language detection cost.
 */
final class NgramTable {
    private final long[] keys;
    private final double[][] values;
    private final int shift;

    NgramTable(NgramFrequencyData data, Collection<LanguageProfile> profiles) {
        int grams = 0;
        for (LanguageProfile profile : profiles) {
            grams += profile.getNumGrams();
        }
        int bits = 4;
        while ((1 << bits) < 2 * grams) {
            bits++;
        }
        keys = new long[1 << bits];
        values = new double[1 << bits][];
        shift = 64 - bits;
        for (LanguageProfile profile : profiles) {
            for (Map.Entry<String, Integer> gram : profile.iterateGrams()) {
                String g = gram.getKey();
                double[] p = g.length() <= 3 ? data.getProbabilities(g) : null;
                if (p != null) {
                    put(key(g.toCharArray(), 0, g.length()), p);
                }
            }
        }
    }

    /** The probabilities of the n-gram c[start:start+length] (1 to 3 characters), or null when no profile has it. */
    double[] get(char[] c, int start, int length) {
        long key = key(c, start, length);
        for (int i = slot(key); ; i = (i + 1) & (keys.length - 1)) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == 0) {
                return null;
            }
        }
    }

    private void put(long key, double[] value) {
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & (keys.length - 1);
        }
        keys[i] = key;
        values[i] = value;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The length and the characters in one long: never 0, different for different n-grams. */
    private static long key(char[] c, int start, int length) {
        long key = (long) length << 48;
        for (int k = 0; k < length; k++) {
            key |= (long) c[start + k] << (16 * (2 - k));
        }
        return key;
    }
}
