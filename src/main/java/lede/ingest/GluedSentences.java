package lede.ingest;

/**
 * Restores the space that scraped and machine-translated text drops after a sentence end:
 * {@code Angela Merkel.It}, {@code Lukashenko.He}, {@code Member State."He was}. A space goes in where
 * . ! or ? (and perhaps a quote mark) follows a word ending in at least N lowercase letters and comes
 * before a capital and a lowercase letter; the space goes after a closing quote and before an opening one. So {@code U.S.}, {@code Ph.D.}, initials, decimals,
 * {@code Onet.pl} and {@code ASP.NET} never match; tokens that are URLs, e-mail addresses or dotted names
 * ({@code java.util.List}, {@code www.Example.com}) are left alone.
 */
final class GluedSentences {
    private GluedSentences() {
    }

    /** {@code p} with the spaces restored, or {@code p} itself when nothing was glued; {@code count[0]} counts them. */
    static String unglue(String p, int minLowercase, int[] count) {
        return unglue(p, minLowercase, count, null);
    }

    /** As above; {@code glued}, when not null, gets each glued spot as it was ("Merkel.It"), for --keep-removed. */
    static String unglue(String p, int minLowercase, int[] count, java.util.List<String> glued) {
        StringBuilder b = null;
        int copied = 0;
        // the next . ! and ? found by indexOf (a tight loop) rather than a look at every character
        int dot = p.indexOf('.', 1);
        int bang = p.indexOf('!', 1);
        int question = p.indexOf('?', 1);
        for (int i = nearest(dot, bang, question); i >= 0 && i + 2 < p.length(); i = nearest(dot, bang, question)) {
            if (i == dot) {
                dot = p.indexOf('.', i + 1);
            } else if (i == bang) {
                bang = p.indexOf('!', i + 1);
            } else {
                question = p.indexOf('?', i + 1);
            }
            int word = i + 1;
            int quote = quoteAfter(p, i);
            if (quote != 0) {
                word++;
            }
            if (word + 1 >= p.length() || !Character.isUpperCase(p.charAt(word))
                    || !Character.isLowerCase(p.charAt(word + 1))) {
                continue;
            }
            if (!endsInLowercase(p, i, minLowercase) || inUrlOrDottedName(p, i)) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(p.length() + 8);
            }
            int space = quote < 0 ? i + 1 : word; // before an opening quote, after a closing one
            if (glued != null) {
                int from = p.lastIndexOf(' ', i) + 1;
                int to = p.indexOf(' ', word);
                glued.add(p.substring(from, to < 0 ? p.length() : to));
            }
            b.append(p, copied, space).append(' ');
            copied = space;
            count[0]++;
        }
        if (b == null) {
            return p;
        }
        return b.append(p, copied, p.length()).toString();
    }

    /** The least of the indexes that are not -1, or -1. */
    private static int nearest(int a, int b, int c) {
        int least = a;
        if (b >= 0 && (least < 0 || b < least)) {
            least = b;
        }
        if (c >= 0 && (least < 0 || c < least)) {
            least = c;
        }
        return least;
    }

    /**
     * 1 when a closing quote follows the stop at {@code i}, -1 an opening one, 0 none. A straight double quote
     * closes when an odd number of them come before it in the paragraph ({@code said."He} after an opening
     * quote), else it opens the next sentence ({@code Lublin."The government ...}).
     */
    private static int quoteAfter(String p, int i) {
        char c = p.charAt(i + 1);
        if (c == '”' || c == '’' || c == '»' || c == '\'') {
            return 1;
        }
        if (c == '“' || c == '‘' || c == '«') {
            return -1;
        }
        if (c != '"') {
            return 0;
        }
        int before = 0;
        for (int k = 0; k < i; k++) {
            if (p.charAt(k) == '"') {
                before++;
            }
        }
        return before % 2 == 1 ? 1 : -1;
    }

    private static boolean endsInLowercase(String p, int stop, int n) {
        if (stop < n) {
            return false;
        }
        for (int k = stop - n; k < stop; k++) {
            if (!Character.isLowerCase(p.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when the token around {@code stop} is a URL, an address or a name with another dot before. */
    private static boolean inUrlOrDottedName(String p, int stop) {
        int start = stop;
        while (start > 0 && !Character.isWhitespace(p.charAt(start - 1))) {
            start--;
        }
        for (int k = start; k < stop; k++) {
            char c = p.charAt(k);
            if (c == '@' || c == '/' || c == ':' || c == '_' || c == '<') {
                return true; // '<': a ticker such as <smbs.St> (wire copy)
            }
        }
        // a lowercase word after a dot ("java.util.List") is part of a dotted name; "said.Then?Now" is not
        int word = stop;
        while (word > start && Character.isLetterOrDigit(p.charAt(word - 1))) {
            word--;
        }
        if (word > start && p.charAt(word - 1) == '.' && Character.isLowerCase(p.charAt(word))) {
            return true;
        }
        int end = stop + 1;
        while (end < p.length() && !Character.isWhitespace(p.charAt(end))) {
            char c = p.charAt(end);
            if (c == '@' || c == '/' || c == '_' || c == '>') {
                return true;
            }
            end++;
        }
        // the next word followed by a dot and a lowercase letter or digit ("Example.com") is a dotted name;
        // another sentence end ("It.He", "Again.“Yes") is not
        int j = stop + 1;
        while (j < end && !Character.isLetterOrDigit(p.charAt(j))) {
            j++;
        }
        while (j < end && Character.isLetterOrDigit(p.charAt(j))) {
            j++;
        }
        return j + 1 < end && p.charAt(j) == '.'
                && (Character.isLowerCase(p.charAt(j + 1)) || Character.isDigit(p.charAt(j + 1)));
    }
}
