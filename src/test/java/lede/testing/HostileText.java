package lede.testing;

import java.util.function.IntUnaryOperator;

/**
 * Generated text that news never should contain but input sometimes does: numbers of any length, digits in
 * every script, quote marks unbalanced and nested, very long sentences, mixed scripts, control characters
 * and lone surrogates, between the words the extract rules look for. One generator for the property tests
 * (seeded) and the Jazzer targets (fuzzer-driven): {@code choose.applyAsInt(n)} picks a number in [0, n).
 */
public final class HostileText {
    /** The zero of decimal digit runs in many scripts, two of them outside the BMP (surrogate pairs). */
    private static final int[] ZEROS = {'0', 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0BE6, 0x0E50, 0x0F20,
            0x1040, 0x17E0, 0x1810, 0xFF10, 0x1D7CE, 0x1E950};
    private static final String[] QUOTES = {"\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」",
            "``", "''", "\"\"", "“‘", "’”", "‘“", "”’"};
    private static final String[] WORDS = {"said", "he said", "she told Reuters", "according to", "Putin", "Vladimir Putin",
            "the president", "Zelensky", "NATO", "Kyiv", "will", "would", "has been", "on Friday", "next Monday",
            "last week", "March 3", "3 March", "Feb. 29", "in June", "the past", "now", "1:18.9", "10:30 a.m.",
            "2:05:33", "3-1", "6-4, 6-3", "$", "€5", "£", "bn", "mln", "dlrs", "pct", "%", "km", "miles", "tonnes",
            "troops", "between", "and", "to", "about", "more than", "up to", "-", "–", "—", "/", "1/8", "№",
            "#", "x", "a", "the", "of", "in", "(", ")", "[", "]", "…", "...", ",", ".", ";", ":", "?", "!"};
    private static final String[] SCRIPTS = {"Путин сказал", "Київ", "قال الرئيس", "普京说", "東京", "שלום",
            "Zełenski powiedział", "Ελλάδα", "हिन्दी", "🇺🇦", "👍🏽", "e\u0301", "\u200b", "\u200e", "\u202e", "\ufeff",
            "\u00a0", "\u2028", "\u2029"};
    private static final String[] SPACES = {" ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", ". ", ", "};

    private HostileText() {
    }

    /** A text of up to {@code pieces} pieces. */
    public static String build(IntUnaryOperator choose, int pieces) {
        StringBuilder text = new StringBuilder();
        int n = choose.applyAsInt(pieces + 1);
        for (int i = 0; i < n; i++) {
            appendPiece(text, choose);
            text.append(SPACES[choose.applyAsInt(SPACES.length)]);
        }
        return text.toString();
    }

    private static void appendPiece(StringBuilder text, IntUnaryOperator choose) {
        switch (choose.applyAsInt(9)) {
            case 0 -> text.append(WORDS[choose.applyAsInt(WORDS.length)]);
            case 1 -> text.append(QUOTES[choose.applyAsInt(QUOTES.length)]);
            case 2 -> number(text, choose);
            case 3 -> text.append(SCRIPTS[choose.applyAsInt(SCRIPTS.length)]);
            case 4 -> text.append((char) choose.applyAsInt(32)).append(choose.applyAsInt(2) == 0 ? "\u007f" : "\u0085");
            case 5 -> text.append(choose.applyAsInt(2) == 0 ? '\ud800' : '\udfff');
            case 6 -> {
                // a very long sentence: one phrase again and again without a full stop
                String phrase = WORDS[choose.applyAsInt(WORDS.length)] + " " + QUOTES[choose.applyAsInt(QUOTES.length)] + " ";
                text.append(phrase.repeat(1 + choose.applyAsInt(1500)));
            }
            case 7 -> text.append(Character.toChars(0x1F000 + choose.applyAsInt(0x1000)));
            default -> {
                text.append(WORDS[choose.applyAsInt(WORDS.length)]).append(' ');
                number(text, choose);
                text.append(' ').append(WORDS[choose.applyAsInt(WORDS.length)]);
            }
        }
    }

    /** Digits of one script, of any length, with the separators numbers carry. */
    private static void number(StringBuilder text, IntUnaryOperator choose) {
        int zero = ZEROS[choose.applyAsInt(ZEROS.length)];
        int length = choose.applyAsInt(4) == 0 ? 1 + choose.applyAsInt(400) : 1 + choose.applyAsInt(12);
        String[] separators = {"", "", "", ",", ".", " ", ":", "/", "-", "e", "\u202f", "'"};
        if (choose.applyAsInt(5) == 0) {
            text.append(choose.applyAsInt(2) == 0 ? "-" : "+");
        }
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(zero + choose.applyAsInt(10));
            if (choose.applyAsInt(4) == 0) {
                text.append(separators[choose.applyAsInt(separators.length)]);
            }
        }
    }
}
