package lede.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.cybozu.util.Util;
import com.optimaize.langdetect.ngram.NgramExtractor;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Optimaize's detector (0.6, built with its defaults) whose long-text algorithm runs here, step for step as
 * LanguageDetectorImpl.detectBlockLongText does it, so every probability is bit for bit the library's: the same
 * random picks of n-grams, the same products, the library's own normalisation. What differs is the look-up of a
 * picked n-gram's probabilities: in a table keyed by its (at most three) characters packed in a long, once per
 * n-gram of the text, instead of a HashMap of strings at every pick, which was half of the detector's time.
 * Texts of up to 50 characters (the library's short-text algorithm) go to the library. Immutable: one for all threads.
 */
final class NgramDetector {
    // LanguageDetectorImpl's constants and LanguageDetectorBuilder's defaults, which lede does not change
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONV_THRESHOLD = 0.99999;
    private static final int BASE_FREQ = 10000;
    private static final int N_TRIAL = 7;
    private static final long SEED = 41L;
    private static final int SHORT_TEXT = 50;
    private static final double PROBABILITY_THRESHOLD = 0.1;
    private static final int MAX_PACKED = 3;
    /** A picked n-gram no profile has: the pick changes nothing. */
    private static final double[] UNKNOWN = new double[0];

    private final LanguageDetector library;
    private final NgramExtractor extractor = NgramExtractors.standard();
    private final NgramFrequencyData data;
    private final int languages;
    private final long[] keys;
    private final double[][] values;

    NgramDetector(List<LanguageProfile> profiles) {
        library = LanguageDetectorBuilder.create(extractor).withProfiles(profiles).build();
        // the builder keeps its profiles in a HashSet, whose order is the order of the languages' probabilities
        // (and of the sums that normalise them): the same set, filled the same way, gives the same order
        Set<LanguageProfile> set = new HashSet<>();
        set.addAll(profiles);
        data = NgramFrequencyData.create(set, extractor.getGramLengths());
        languages = data.getLanguageList().size();
        int grams = 0;
        for (LanguageProfile profile : profiles) {
            grams += profile.getNumGrams();
        }
        int capacity = Integer.highestOneBit(Math.max(16, grams * 2)) << 1;
        keys = new long[capacity];
        values = new double[capacity][];
        for (LanguageProfile profile : profiles) {
            for (Map.Entry<String, Integer> gram : profile.iterateGrams()) {
                String g = gram.getKey();
                double[] p = g.length() <= MAX_PACKED ? data.getProbabilities(g) : null;
                if (p != null) {
                    put(pack(g), p);
                }
            }
        }
    }

    /** The languages of {@code text} (Optimaize's filtered text object) with their probabilities, best first. */
    List<DetectedLanguage> probabilities(CharSequence text) {
        if (text.length() <= SHORT_TEXT) {
            return library.getProbabilities(text);
        }
        List<String> grams = extractor.extractGrams(text);
        if (grams.isEmpty()) {
            return Collections.emptyList();
        }
        double[][] found = new double[grams.size()][];
        double[] langprob = new double[languages];
        Random rand = new Random(SEED);
        for (int t = 0; t < N_TRIAL; ++t) {
            double[] prob = new double[languages];
            for (int i = 0; i < languages; ++i) {
                prob[i] = 1.0 / languages;
            }
            double alpha = ALPHA + (rand.nextGaussian() * ALPHA_WIDTH);
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                int r = rand.nextInt(grams.size());
                double[] p = found[r];
                if (p == null) {
                    p = found[r] = lookUp(grams.get(r));
                }
                if (p != UNKNOWN) {
                    double weight = alpha / BASE_FREQ;
                    for (int j = 0; j < languages; ++j) {
                        prob[j] *= (weight + p[j]);
                    }
                }
                if (i % 5 == 0 && Util.normalizeProb(prob) > CONV_THRESHOLD) {
                    break;
                }
            }
            for (int j = 0; j < langprob.length; ++j) {
                langprob[j] += prob[j] / N_TRIAL;
            }
        }
        List<DetectedLanguage> list = new ArrayList<>();
        for (int j = 0; j < langprob.length; ++j) {
            if (langprob[j] >= PROBABILITY_THRESHOLD) {
                list.add(new DetectedLanguage(data.getLanguage(j), langprob[j]));
            }
        }
        if (list.size() >= 2) {
            list.sort((a, b) -> Double.compare(b.getProbability(), a.getProbability()));
        }
        return list;
    }

    private double[] lookUp(String gram) {
        double[] p;
        if (gram.length() > MAX_PACKED) {
            p = data.getProbabilities(gram);
        } else {
            long key = pack(gram);
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            p = keys[i] == 0 ? null : values[i];
        }
        return p == null ? UNKNOWN : p;
    }

    private void put(long key, double[] p) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = p;
    }

    /** A gram of one to three characters as a long, never 0: its length, then each character's 16 bits. */
    private static long pack(String gram) {
        long key = gram.length();
        for (int i = 0; i < gram.length(); i++) {
            key = key << 16 | gram.charAt(i);
        }
        return key;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
