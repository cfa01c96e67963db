package lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light tokenizer for the quantity and quote rules: words, numbers (with thousands commas and decimals),
 * and single other characters, each with its char offsets. Hyphens are their own tokens so "five-month" and
 * "T-72" can be told apart by what they join.
 */
final class TextTokens {
    record Token(String text, String lower, int start, int end, boolean number, boolean word) {
        boolean is(String s) {
            return lower.equals(s);
        }

        boolean capitalized() {
            return word && Character.isUpperCase(text.codePointAt(0));
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?<abbr>(?:\\p{L}\\.){2,})"                    // U.S.
                    + "|(?<num>\\d+(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
                    + "|(?<word>[\\p{L}\\p{M}²³]+(?:['’][\\p{L}]+)*)"
                    + "|(?<other>\\S)");

    private TextTokens() {
    }

    static List<Token> tokenize(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean number = m.group("num") != null;
            boolean word = m.group("word") != null || m.group("abbr") != null;
            tokens.add(new Token(t, t.toLowerCase(Locale.ROOT), m.start(), m.end(), number, word));
        }
        return tokens;
    }
}
