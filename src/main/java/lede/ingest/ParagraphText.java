package lede.ingest;

/** What the cleaning rules ask of a paragraph's text: its letters (to find repeats) and its end. */
final class ParagraphText {
    private ParagraphText() {
    }

    private static final int KEY_LETTERS = 120;

    /**
     * A quick key for repeated paragraphs: a 64-bit hash of the first letters and digits, lowercased. Equal
     * keys are checked with {@link #sameLetters}.
     */
    static long repeatKey(String p) {
        long h = 0xcbf29ce484222325L;
        int letters = 0;
        // the opening as an array: String.charAt costs three times as much under C1, and this reads every
        // paragraph's start; the rest, rarely needed (an opening of figures and punctuation), by charAt
        char[] opening = new char[Math.min(p.length(), 2 * KEY_LETTERS)];
        p.getChars(0, opening.length, opening, 0);
        for (int i = 0; i < opening.length && letters < KEY_LETTERS; i++) {
            int c = letterOrDigit(opening[i]);
            if (c >= 0) {
                h = (h ^ c) * 0x100000001b3L;
                letters++;
            }
        }
        for (int i = opening.length; i < p.length() && letters < KEY_LETTERS; i++) {
            int c = letterOrDigit(p.charAt(i));
            if (c >= 0) {
                h = (h ^ c) * 0x100000001b3L;
                letters++;
            }
        }
        return h;
    }

    /** True when both have the same letters and digits, ignoring case: copies differing in spacing or punctuation. */
    static boolean sameLetters(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            int ca = -1;
            while (i < a.length() && (ca = letterOrDigit(a.charAt(i++))) < 0) {
                // skip
            }
            int cb = -1;
            while (j < b.length() && (cb = letterOrDigit(b.charAt(j++))) < 0) {
                // skip
            }
            if (ca != cb) {
                return false;
            }
            if (ca < 0) {
                return true;
            }
        }
    }

    /** The lowercase of a letter or digit, else -1. */
    private static int letterOrDigit(char c) {
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return c;
            }
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : -1;
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
    }

    /** Ends with . ! ? … or :, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(CharSequence p) {
        int i = p.length() - 1;
        while (i >= 0 && isCloser(p.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = p.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }
}
