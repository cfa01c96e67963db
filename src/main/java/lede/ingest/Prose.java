package lede.ingest;

import java.util.Set;

/**
 * A quick look at a text before the language detector runs, which costs about 0.2 ms a document (more than
 * all the rest of ingest). Plainly English prose, where English-only function words (the, of, and, which,
 * ...; none of them a word of the other loaded languages) make a sixth of the first 300 words, is English
 * without asking the detector: on Reuters-21578 and PolNeAR the detector agreed on every such text
 * (scripts/bench/lang). A text with hardly any prose (a table of figures, "Shr one dlr vs 73 cts": fewer than 30%
 * of its words and figures are words of four letters or more, lowercase after the first) has no language: the detector called such tables German with confidence 1.0.
 */
enum Prose {
    ENGLISH, NONE, OTHER;

    private static final Set<String> ENGLISH_ONLY = Set.of("the", "of", "and", "that", "with", "said", "from",
            "this", "which", "were", "would", "their", "but", "they", "you", "his", "she", "who", "has", "have",
            "been", "not", "its", "by", "for", "it", "he", "be", "are", "than", "more", "about", "also", "after");
    /** ENGLISH_ONLY by word length and first letter (all of them ASCII, at most five letters): few to compare. */
    private static final char[][][][] ENGLISH_BY_LENGTH = new char[6][26][][];

    static {
        for (int n = 0; n < ENGLISH_BY_LENGTH.length; n++) {
            for (char first = 'a'; first <= 'z'; first++) {
                int length = n;
                char f = first;
                ENGLISH_BY_LENGTH[n][first - 'a'] = ENGLISH_ONLY.stream()
                        .filter(w -> w.length() == length && w.charAt(0) == f).sorted()
                        .map(String::toCharArray).toArray(char[][]::new);
            }
        }
    }

    private static final int MAX_WORDS = 300;
    /** Fewer prose words (four letters or more, lowercase after the first) than this, or than 30% of the words
     * and figures: no language. */
    static final int MIN_PROSE_WORDS = 2;
    static final double MIN_PROSE_SHARE = 0.35;
    static final double ENGLISH_SHARE = 0.1;
    static final int MIN_WORDS_FOR_ENGLISH = 12;

    static Prose of(String sample) {
        return of(sample.toCharArray(), sample.length());
    }

    /**
     * As {@link #of(String)}, for the sample's first {@code n} characters in an array: this reads every character of
     * every document's start, and under the C1 compiler an array costs a third of String.charAt's checks.
     */
    static Prose of(char[] sample, int n) {
        int words = 0;
        int english = 0;
        int prose = 0;
        boolean nonLatin = false;
        int i = 0;
        while (i < n && words < MAX_WORDS) {
            while (i < n && !isLetterOrDigit(sample[i])) {
                i++;
            }
            if (i < n && isDigit(sample[i])) {
                while (i < n && !isWhitespace(sample[i])) {
                    i++;
                }
                words++; // a figure: a word, never prose
                continue;
            }
            int start = i;
            boolean lowerAfterFirst = true;
            while (i < n && isLetter(sample[i])) {
                char c = sample[i];
                lowerAfterFirst &= i == start || isLowerCase(c);
                nonLatin |= c >= 0x250;
                i++;
            }
            if (i == start) {
                break;
            }
            words++;
            if (lowerAfterFirst && i - start >= 4) {
                prose++;
            }
            if (i - start <= 5 && isEnglishOnly(sample, start, i)) {
                english++;
            }
        }
        if (prose < MIN_PROSE_WORDS || prose < words * MIN_PROSE_SHARE) {
            return NONE;
        }
        return !nonLatin && words >= MIN_WORDS_FOR_ENGLISH && english >= words * ENGLISH_SHARE ? ENGLISH : OTHER;
    }

    // Character's tests, answered from a small table for ASCII (most of the text; this runs on every document).
    // Each is short enough for the C1 compiler to inline: a call per character would cost more than the test.

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte LOWER = 4;
    private static final byte SPACE = 8;
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isLowerCase(c) ? LOWER : 0) | (Character.isWhitespace(c) ? SPACE : 0));
        }
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isLowerCase(char c) {
        return c < 0x80 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    private static boolean isWhitespace(char c) {
        return c < 0x80 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c);
    }

    /** Whether s[start:end] is one of ENGLISH_ONLY, ignoring case; ASCII words are compared without a copy. */
    private static boolean isEnglishOnly(char[] s, int start, int end) {
        int length = end - start;
        for (int k = start; k < end; k++) {
            if (s[k] >= 0x80) { // Unicode lowercasing (Locale.ROOT) for the rare non-ASCII word
                return ENGLISH_ONLY.contains(new String(s, start, length).toLowerCase(java.util.Locale.ROOT));
            }
        }
        int first = (s[start] | 0x20) - 'a';
        if (first < 0 || first >= 26) {
            return false;
        }
        for (char[] w : ENGLISH_BY_LENGTH[length][first]) {
            int k = 0;
            while (k < length && (s[start + k] | 0x20) == w[k]) {
                k++;
            }
            if (k == length) {
                return true;
            }
        }
        return false;
    }
}
