package lede.ingest;

/**
 * Unmarked photo captions: a scraped page keeps the caption under each picture as a paragraph of its own,
 * with no "Pictured:" to say so. What gives one away is its end: a caption describes a picture in a clause or
 * two ("Locals look at damage caused by Russian airstrikes on a residential street in eastern Ukraine") and
 * stops without the full stop every paragraph of article text has. Headings are shorter than the word
 * minimum; table rows (wire copy's "Shr 1.22 dlrs vs 1.01") are full of figures; wire copy that a line
 * break cut mid-sentence holds a sentence end or ends in a comma, a quote or a figure.
 */
final class Captions {
    /** Captions run to a few lines at most; a longer paragraph without a full stop is text cut short. */
    static final int MAX_CHARS = 400;
    static final int MAX_WORDS = 30;
    static final int MIN_CHARS = 60;

    private Captions() {
    }

    /** True when {@code p}, a paragraph after the first, looks like an unmarked caption of at least {@code minWords} words. */
    static boolean isCaption(String p, int minWords) {
        if (p.length() < MIN_CHARS || p.length() > MAX_CHARS || !Character.isUpperCase(p.codePointAt(0))
                || ParagraphText.endsSentence(p)) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        if (!Character.isLetter(last) && last != ')') {
            return false; // a broken sentence (a comma, a dash, a cut-off quote) or a table, not a caption
        }
        for (int i = 1; i + 2 < p.length(); i++) {
            char c = p.charAt(i);
            // a sentence end inside ("... in 1928. The plant", "... scandal. reuter"): text, not a caption
            if ((c == '.' || c == '!' || c == '?' || c == '…') && p.charAt(i + 1) == ' '
                    && Character.isLetter(p.charAt(i + 2)) && Character.isLetterOrDigit(p.charAt(i - 1))) {
                return false;
            }
        }
        if (p.contains(" said") || p.contains(" says") || p.contains(" told ")) {
            return false; // a caption shows; text reports what someone said
        }
        int words = 0;
        int figures = 0;
        boolean inWord = false;
        boolean hasDigit = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord && hasDigit) {
                    figures++;
                }
                inWord = false;
                hasDigit = false;
            } else {
                if (!inWord) {
                    words++;
                }
                inWord = true;
                hasDigit |= Character.isDigit(c);
            }
        }
        if (inWord && hasDigit) {
            figures++;
        }
        return words >= minWords && words <= MAX_WORDS && figures * 8 <= words;
    }
}
