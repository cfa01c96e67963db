package lede.dedupe;

import java.util.Arrays;

/**
 * Which documents share rare sampled 3-grams: the candidates of near-duplicate verification. Built once,
 * after pass 1, from every indexed document's {@link Sketch}, so a 3-gram's document frequency is known
 * before any candidate is taken: a 3-gram in more than {@code maxDocs} documents is common phrasing ("said
 * in a statement", a sentence every template repeats) and gives no candidates, and one in a single document
 * gives none either. Passim finds reprints the same way, through shared rare n-grams. What is a candidate
 * depends only on the set of documents, not on their order or on how many threads look.
 *
 * <p>Memory while building: 2 bytes per sampled 3-gram (8 for each of a quarter of them at a time); kept:
 * 4 bytes per sampled 3-gram of a rare run twice (its documents, and each document's runs) and 4 bytes per
 * document.
 */
public final class GramPostings {
    /** Documents a sampled 3-gram may be in and still give candidates. */
    public static final int MAX_DOCS = 16;
    /** Sampled 3-grams a candidate must share: one shared phrase is not worth a comparison. */
    public static final int MIN_SHARED = 2;
    /** Parts the 3-grams are sorted in, by the top bits of their hash. */
    private static final int PARTS = 4;
    private static final int PART_SHIFT = 30;
    /** Documents of each kept run, run after run, ascending within a run. */
    private final int[] runDocs;
    /** Where each kept run starts in {@link #runDocs}; one more entry than runs. */
    private final int[] runStart;
    /** Where each document's runs start in {@link #docRuns}; one more entry than documents. */
    private final int[] docStart;
    /** The runs each document is in. */
    private final int[] docRuns;

    private GramPostings(int[] runDocs, int[] runStart, int[] docStart, int[] docRuns) {
        this.runDocs = runDocs;
        this.runStart = runStart;
        this.docStart = docStart;
        this.docRuns = docRuns;
    }

    /**
     * The postings of the sketches of the documents {@code indexed} says (of {@code 0..n-1}). The 3-grams are
     * sorted in {@link #PARTS} parts by hash, so the sort needs a quarter of the 8 bytes per sampled 3-gram.
     */
    static GramPostings build(Sketch[] sketches, boolean[] indexed, int n, int maxDocs) {
        int[] runDocs = new int[1024];
        int[] runStart = new int[256];
        int runs = 0;
        int kept = 0;
        for (int part = 0; part < PARTS; part++) {
            long[] entries = entries(sketches, indexed, n, part);
            Arrays.parallelSort(entries);
            for (int i = 0; i < entries.length; ) {
                int end = runEnd(entries, i);
                if (end - i >= 2 && end - i <= maxDocs) {
                    if (runs + 1 >= runStart.length) {
                        runStart = Arrays.copyOf(runStart, runStart.length * 2);
                    }
                    if (kept + (end - i) > runDocs.length) {
                        runDocs = Arrays.copyOf(runDocs, Math.max(kept + end - i, runDocs.length * 2));
                    }
                    runStart[runs++] = kept;
                    for (int j = i; j < end; j++) {
                        runDocs[kept++] = (int) entries[j];
                    }
                }
                i = end;
            }
        }
        runStart[runs] = kept;
        int[] docStart = new int[n + 1];
        for (int j = 0; j < kept; j++) {
            docStart[runDocs[j] + 1]++;
        }
        for (int doc = 0; doc < n; doc++) {
            docStart[doc + 1] += docStart[doc];
        }
        int[] docRuns = new int[kept];
        int[] fill = Arrays.copyOf(docStart, n);
        for (int run = 0; run < runs; run++) {
            for (int j = runStart[run]; j < runStart[run + 1]; j++) {
                docRuns[fill[runDocs[j]]++] = run;
            }
        }
        return new GramPostings(Arrays.copyOf(runDocs, kept), Arrays.copyOf(runStart, runs + 1), docStart, docRuns);
    }

    /** The (3-gram hash << 32 | document) of every indexed sketch's 3-grams in {@code part}. */
    private static long[] entries(Sketch[] sketches, boolean[] indexed, int n, int part) {
        long total = 0;
        for (int doc = 0; doc < n; doc++) {
            if (indexed[doc]) {
                for (int gram : sketches[doc].grams) {
                    total += gram >>> PART_SHIFT == part ? 1 : 0;
                }
            }
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("dedupe sorts at most " + Integer.MAX_VALUE + " sampled 3-grams at once");
        }
        long[] entries = new long[(int) total];
        int e = 0;
        for (int doc = 0; doc < n; doc++) {
            if (indexed[doc]) {
                for (int gram : sketches[doc].grams) {
                    if (gram >>> PART_SHIFT == part) {
                        entries[e++] = (long) gram << 32 | doc;
                    }
                }
            }
        }
        return entries;
    }

    private static int runEnd(long[] entries, int from) {
        long gram = entries[from] >>> 32;
        int end = from + 1;
        while (end < entries.length && entries[end] >>> 32 == gram) {
            end++;
        }
        return end;
    }

    /**
     * The documents after {@code doc} (by index) that share at least {@code minShared} rare 3-grams with it,
     * ascending, written to the start of {@code scratch.found}; returns how many. For a document with fewer
     * sampled 3-grams than {@code minShared}, all of them must be shared.
     */
    int candidates(int doc, int minShared, Sketch[] sketches, Scratch scratch) {
        int mark = doc + 1; // stamps are 1-based so that 0 means never seen
        int count = 0;
        int[] stamp = scratch.stamp;
        int[] shared = scratch.shared;
        for (int r = docStart[doc]; r < docStart[doc + 1]; r++) {
            int run = docRuns[r];
            for (int j = runStart[run + 1] - 1; j >= runStart[run]; j--) {
                int other = runDocs[j];
                if (other <= doc) {
                    break; // ascending in a run: the rest come before doc, which sees this pair from their side
                }
                if (stamp[other] != mark) {
                    stamp[other] = mark;
                    shared[other] = 0;
                    scratch.touch(count++, other);
                }
                shared[other]++;
            }
        }
        int[] found = scratch.found;
        int own = sketches[doc].grams.length;
        int result = 0;
        for (int i = 0; i < count; i++) {
            int other = found[i];
            if (sharesEnough(shared[other], minShared, own, sketches[other].grams.length)) {
                found[result++] = other;
            }
        }
        Arrays.sort(found, 0, result);
        return result;
    }

    /**
     * Whether two documents sharing {@code shared} rare 3-grams are candidates: at least {@code minShared}, or
     * all of the smaller sample's when it has fewer.
     */
    public static boolean sharesEnough(int shared, int minShared, int gramsA, int gramsB) {
        return shared >= Math.min(minShared, Math.min(gramsA, gramsB));
    }

    /** One thread's counters for {@link #candidates}, sized for {@code n} documents. */
    static final class Scratch {
        final int[] stamp;
        final int[] shared;
        int[] found = new int[256];

        Scratch(int n) {
            stamp = new int[n];
            shared = new int[n];
        }

        void touch(int i, int doc) {
            if (i == found.length) {
                found = Arrays.copyOf(found, i * 2);
            }
            found[i] = doc;
        }
    }
}
