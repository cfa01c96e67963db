package lede.ingest;

/**
 * Unmarked photo captions: a scraped page keeps the caption under each picture as a paragraph of its own,
 * with no "Pictured:" to say so. What gives one away is its end: a caption describes a picture in a clause or
 * two ("Locals look at damage caused by Russian airstrikes on a residential street in eastern Ukraine") and
 * stops without the full stop every paragraph of article text has. Headings are shorter than the word
 * minimum; table rows (wire copy's "Shr 1.22 dlrs vs 1.01") are shorter and full of figures.
 */
final class Captions {
    /** Captions run to a few lines at most; a longer paragraph without a full stop is text cut short. */
    static final int MAX_CHARS = 400;
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
        if (last == ',' || last == ';' || last == '-' || last == '–' || last == '—') {
            return false; // a broken sentence, not a caption
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
        return words >= minWords && figures * 5 <= words;
    }
}
