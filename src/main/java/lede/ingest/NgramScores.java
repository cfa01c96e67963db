package lede.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.profiles.LanguageProfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Optimaize's language probabilities (LanguageDetectorImpl.getProbabilities with the builder's defaults and
 * the standard 1-3-gram extractor), the same numbers to the last bit, computed with less work. On a text longer
 * than 50 characters Optimaize makes a String of every n-gram and then draws a few hundred of them at random;
 * here the same draws (same seed, same order) read n-grams by position, and only a drawn one becomes a String
 * to look up, once, by its characters ({@link NgramTable}). The look-ups, up to 7,000 per text, were most of
 * what detection cost. NgramScoresTest checks the result equals Optimaize's own on real texts.
 */
final class NgramScores {
    // Optimaize's constants (LanguageDetectorImpl, LanguageDetectorBuilder defaults)
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONV_THRESHOLD = 0.99999;
    private static final int BASE_FREQ = 10000;
    private static final int N_TRIAL = 7;
    private static final long SEED = 41L;
    private static final int SHORT_TEXT = 50;
    private static final double MIN_PROBABILITY = 0.1;
    private static final double[] UNKNOWN = new double[0];

    private final NgramFrequencyData data;
    private final NgramTable table;
    private final int languages;

    /** @param profiles in the order given to LanguageDetectorBuilder.withProfiles (the builder keeps them in a HashSet) */
    NgramScores(Collection<LanguageProfile> profiles) {
        // the same set type, filled in the same order, as the builder's: the languages come out in its order
        Set<LanguageProfile> set = new HashSet<>();
        set.addAll(profiles);
        this.data = NgramFrequencyData.create(set, List.of(1, 2, 3));
        this.table = new NgramTable(data, profiles);
        this.languages = data.getLanguageList().size();
    }

    /** The languages of {@code text} (already filtered by the text object factory), most probable first. */
    List<DetectedLanguage> probabilities(CharSequence text) {
        double[] scores = text.length() <= SHORT_TEXT ? shortText(padded(text)) : longText(padded(text));
        return scores == null ? List.of() : sorted(scores);
    }

    /** The text with a space before and after, unless it already starts and ends with one (as Optimaize pads). */
    private static char[] padded(CharSequence text) {
        int n = text.length();
        if (n == 0) {
            return new char[0];
        }
        boolean before = text.charAt(0) != ' ';
        boolean after = text.charAt(n - 1) != ' ';
        char[] c = new char[n + (before ? 1 : 0) + (after ? 1 : 0)];
        int k = 0;
        if (before) {
            c[k++] = ' ';
        }
        for (int i = 0; i < n; i++) {
            c[k++] = text.charAt(i);
        }
        if (after) {
            c[k] = ' ';
        }
        return c;
    }

    /** Optimaize's standard filter: no 1-gram that is a space, no 3-gram with a space in the middle. */
    private static boolean used(char[] c, int start, int length) {
        return length == 1 ? c[start] != ' ' : length == 2 || c[start + 1] != ' ';
    }

    /** Many random draws of n-grams, seven trials averaged: the list of n-grams is positions, read as drawn. */
    private double[] longText(char[] c) {
        int[] starts = new int[3 * c.length];
        int[] ends = new int[4]; // ends[n]: where the n-grams end in starts (1-grams, then 2-grams, then 3-grams)
        int size = 0;
        for (int n = 1; n <= 3; n++) {
            for (int pos = 0; pos + n <= c.length; pos++) {
                if (used(c, pos, n)) {
                    starts[size++] = pos;
                }
            }
            ends[n] = size;
        }
        if (size == 0) {
            return null;
        }
        double[][] looked = new double[size][];
        double[] total = new double[languages];
        SeededRandom random = new SeededRandom(SEED);
        for (int t = 0; t < N_TRIAL; t++) {
            double[] prob = initial();
            double weight = (ALPHA + random.nextGaussian() * ALPHA_WIDTH) / BASE_FREQ;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                int r = random.nextInt(size);
                double[] p = looked[r];
                if (p == null) {
                    int length = r < ends[1] ? 1 : r < ends[2] ? 2 : 3;
                    p = table.get(c, starts[r], length);
                    looked[r] = p = p == null ? UNKNOWN : p;
                }
                if (p != UNKNOWN) {
                    for (int k = 0; k < languages; k++) {
                        prob[k] *= weight + p[k];
                    }
                }
                if (i % 5 == 0 && normalize(prob) > CONV_THRESHOLD) {
                    break;
                }
            }
            for (int k = 0; k < languages; k++) {
                total[k] += prob[k] / N_TRIAL;
            }
        }
        return total;
    }

    /** Each distinct n-gram once, in order of first appearance, weighed by its count (texts of 50 characters or less). */
    private double[] shortText(char[] c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int n = 1; n <= 3; n++) {
            for (int pos = 0; pos + n <= c.length; pos++) {
                if (used(c, pos, n)) {
                    counts.merge(new String(c, pos, n), 1, Integer::sum);
                }
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        double[] prob = initial();
        double weight = ALPHA / BASE_FREQ;
        for (Map.Entry<String, Integer> gram : counts.entrySet()) {
            double[] p = data.getProbabilities(gram.getKey());
            if (p != null) {
                for (int k = 0; k < languages; k++) {
                    for (int m = 0; m < gram.getValue(); m++) {
                        prob[k] *= weight + p[k];
                    }
                }
            }
            if (normalize(prob) > CONV_THRESHOLD) {
                break;
            }
        }
        normalize(prob);
        return prob;
    }

    private double[] initial() {
        double[] prob = new double[languages];
        java.util.Arrays.fill(prob, 1.0 / languages);
        return prob;
    }

    /** Scales to a sum of 1; returns the largest share. */
    private static double normalize(double[] prob) {
        double sum = 0;
        for (double p : prob) {
            sum += p;
        }
        double max = 0;
        for (int k = 0; k < prob.length; k++) {
            double p = prob[k] / sum;
            if (max < p) {
                max = p;
            }
            prob[k] = p;
        }
        return max;
    }

    /** Languages at 0.1 or more, most probable first (a stable sort: ties keep the language order). */
    private List<DetectedLanguage> sorted(double[] scores) {
        List<DetectedLanguage> list = new ArrayList<>();
        for (int k = 0; k < scores.length; k++) {
            if (scores[k] >= MIN_PROBABILITY) {
                list.add(new DetectedLanguage(data.getLanguage(k), scores[k]));
            }
        }
        list.sort((a, b) -> Double.compare(b.getProbability(), a.getProbability()));
        return list;
    }
}
