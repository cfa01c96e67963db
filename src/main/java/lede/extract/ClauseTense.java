package lede.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the clause around a date speaks of the past or the future, from the part-of-speech tags CoreNLP
 * already gives: the finite verb nearest to the date, not crossing a quotation mark, a colon or a semicolon
 * (a quote or a second clause may have its own tense). "said on Friday" is past, "will meet on Friday"
 * future, "meets on Friday" neither.
 */
public final class ClauseTense {
    public enum Tense { PAST, FUTURE, NONE }

    /** A token's text and Penn Treebank tag (VBD, MD, ...). */
    public record Word(String text, String tag) {
    }

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "’ll", "shall", "wo", "would");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "’ve", "'s", "’s", "'d", "’d");
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "was", "were", "am",
            "'s", "’s", "'re", "’re", "has", "have", "had", "'ve", "’ve", "get", "got", "gets", "getting");
    private static final Set<String> BOUNDARIES = Set.of(";", ":", "``", "''", "\"", "“", "”", "‘", "’", "(", ")",
            "-LRB-", "-RRB-", "—", "--");
    /** Past tense verbs this far from the date or nearer are taken to speak of it. */
    private static final int REACH = 12;

    private ClauseTense() {
    }

    /**
     * The tense of the clause holding words [first, end) of a sentence: the nearest verb before the date
     * (which it usually modifies: "said on Friday"), else the nearest after it ("On Friday, it said").
     */
    public static Tense of(List<Word> words, int first, int end) {
        if (first > 0 && words.get(first - 1).text().equalsIgnoreCase("since")) {
            return Tense.PAST;
        }
        for (int i = first - 1; i >= 0 && i >= first - REACH && !BOUNDARIES.contains(words.get(i).text()); i--) {
            Tense tense = tenseAt(words, i);
            if (tense != null) {
                return tense;
            }
        }
        for (int i = end; i < words.size() && i < end + REACH && !BOUNDARIES.contains(words.get(i).text()); i++) {
            Tense tense = tenseAt(words, i);
            if (tense != null) {
                return tense;
            }
        }
        return Tense.NONE;
    }

    /** The tense a finite verb at i gives its clause, or null when word i is not one. */
    private static Tense tenseAt(List<Word> words, int i) {
        String tag = words.get(i).tag();
        String lower = words.get(i).text().toLowerCase(Locale.ROOT);
        if (tag == null) {
            return null;
        }
        if (tag.equals("MD")) {
            if (!FUTURE_MODALS.contains(lower)) {
                return Tense.NONE;
            }
            // "would have gone" looks back
            return lower.equals("would") && i + 1 < words.size() && HAVE.contains(words.get(i + 1).text().toLowerCase(Locale.ROOT))
                    ? Tense.PAST : Tense.FUTURE;
        }
        if (tag.equals("VBD")) {
            return Tense.PAST;
        }
        if (tag.equals("VBN")) {
            // "captured by Russia since May", "launched on Monday": a participle without an auxiliary looks
            // back; with one ("will be held", "has been"), the auxiliary decides
            return auxiliaryBefore(words, i) ? null : Tense.PAST;
        }
        if (tag.equals("VBZ") || tag.equals("VBP")) {
            // "has been", "have launched": the present perfect speaks of the past; "is going to" of the future
            if (HAVE.contains(lower) && nextTag(words, i).equals("VBN")) {
                return Tense.PAST;
            }
            if (nextText(words, i).equals("going") && nextText(words, i + 1).equals("to")) {
                return Tense.FUTURE;
            }
            return Tense.NONE;
        }
        return null;
    }

    private static boolean auxiliaryBefore(List<Word> words, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String lower = words.get(j).text().toLowerCase(Locale.ROOT);
            if (AUXILIARIES.contains(lower) || words.get(j).tag() != null && words.get(j).tag().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static String nextTag(List<Word> words, int i) {
        for (int j = i + 1; j < words.size() && j <= i + 3; j++) {
            String tag = words.get(j).tag();
            if (tag != null && !tag.equals("RB")) {
                return tag;
            }
        }
        return "";
    }

    private static String nextText(List<Word> words, int i) {
        return i + 1 < words.size() ? words.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
    }
}
