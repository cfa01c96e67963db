package lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions and credits in an article's text: "(Photo: Sandra Sanders)", a line "Photo by …", "Fot. X/PAP".
 * A name in one took the picture; it never said the quote next to it.
 */
final class Captions {
    /** A parenthesis, or a line, that may open with a caption word. */
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()\\n]{1,200})\\)");
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*([^\\n]{1,200})$");

    private Captions() {
    }

    /** [start, end) char ranges of the captions, in text order. */
    static List<int[]> ranges(String text) {
        List<int[]> out = new ArrayList<>();
        add(PARENTHESIS.matcher(text), true, out);
        add(LINE.matcher(text), false, out);
        out.sort(java.util.Comparator.comparingInt(r -> r[0]));
        return out;
    }

    private static void add(Matcher m, boolean parenthesis, List<int[]> out) {
        while (m.find()) {
            String body = m.group(1).strip();
            Matcher w = QuoteSpans.WORD.matcher(body);
            if (!w.lookingAt()) {
                continue;
            }
            String first = w.group().toLowerCase(Locale.ROOT);
            String next = body.substring(w.end()).stripLeading();
            boolean credit = next.startsWith(":") || next.startsWith("/") || next.toLowerCase(Locale.ROOT).startsWith("by ")
                    || first.endsWith(".") || parenthesis;
            if (QuoteWords.CAPTION_WORDS.contains(first) && credit) {
                out.add(new int[]{m.start(1), m.end(1)});
            }
        }
    }
}
