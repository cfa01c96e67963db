package lede.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long text into pieces of at most {@code maxChars} UTF-16 characters, at the last paragraph
 * break before the limit, else the last line break, else the last space, else anywhere that does not
 * split a surrogate pair. CoreNLP's memory grows with the text it annotates at once; chunks keep it bounded.
 */
final class Chunks {
    private Chunks() {
    }

    /** The {@code [start, end)} ranges, in order, covering the whole text. */
    static List<int[]> split(String text, int maxChars) {
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int limit = start + maxChars;
            int cut = lastBreak(text, start, limit);
            ranges.add(new int[]{start, cut});
            start = cut;
        }
        ranges.add(new int[]{start, text.length()});
        return ranges;
    }

    private static int lastBreak(String text, int start, int limit) {
        int minimum = start + Math.max(1, (limit - start) / 2); // never a tiny chunk
        int paragraph = text.lastIndexOf("\n\n", limit - 2);
        if (paragraph >= minimum) {
            return paragraph + 2;
        }
        int line = text.lastIndexOf('\n', limit - 1);
        if (line >= minimum) {
            return line + 1;
        }
        int space = text.lastIndexOf(' ', limit - 1);
        if (space >= minimum) {
            return space + 1;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
