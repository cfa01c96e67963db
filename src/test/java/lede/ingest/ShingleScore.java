package lede.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 of an extracted text against the hand-made article body, counted on shingles (runs
 * of four words, lower-cased, punctuation and whitespace ignored) as a multiset, the way article-extraction
 * benchmarks score a page. An empty extraction of a non-empty body scores 0 on all three.
 * Public because scripts/bench/HtmlQuality.java scores the reference extractor with it too.
 */
public record ShingleScore(double precision, double recall, double f1) {
    static final int SIZE = 4;

    public static ShingleScore of(String extracted, String expected) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(expected);
        int gotTotal = total(got);
        int wantTotal = total(want);
        if (gotTotal == 0 || wantTotal == 0) {
            double same = gotTotal == wantTotal ? 1 : 0;
            return new ShingleScore(same, same, same);
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double p = (double) common / gotTotal;
        double r = (double) common / wantTotal;
        return new ShingleScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        if (!words.isEmpty() && words.size() < SIZE) {
            counts.put(String.join(" ", words), 1);
        }
        for (int i = 0; i + SIZE <= words.size(); i++) {
            counts.merge(String.join(" ", words.subList(i, i + SIZE)), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }

    /** The mean of each measure over pages (macro average). */
    public static ShingleScore mean(List<ShingleScore> scores) {
        double p = 0, r = 0, f = 0;
        for (ShingleScore s : scores) {
            p += s.precision;
            r += s.recall;
            f += s.f1;
        }
        int n = Math.max(1, scores.size());
        return new ShingleScore(p / n, r / n, f / n);
    }
}
