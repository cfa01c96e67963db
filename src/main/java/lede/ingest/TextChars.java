package lede.ingest;

import java.text.Normalizer;

/**
 * Characters of article text: normalizing them (NFC, no control characters, odd spaces to plain spaces) and
 * collapsing runs of spaces.
 */
public final class TextChars {
    private TextChars() {
    }

    /** A one-line field (title, author): characters normalized and all whitespace collapsed to single spaces. */
    public static String normalizeLine(String raw) {
        String s = normalizeChars(raw);
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n') {
                gap = true;
            } else {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                gap = false;
            }
        }
        return b.toString();
    }

    // ---- characters ----------------------------------------------------------------------------------

    /**
     * NFC; CR and CR LF and Unicode line separators to {@code \n}; tabs, no-break and other special spaces to
     * a plain space; other control characters, zero-width spaces and byte-order marks removed.
     */
    public static String normalizeChars(String s) {
        int n = s.length();
        int firstChange = -1;
        boolean beyondLatin = false;
        // a scan of every character of every text: over an array it costs a third of charAt's (C1 compiler)
        char[] chars = s.toCharArray();
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 0x7f && (c >= 0x20 || c == '\n')) {
                continue; // printable ASCII or a line end: the common case, nothing to change
            }
            if (c >= 0x300) {
                beyondLatin = true; // combining marks start at U+0300: below it, text is already NFC
            }
            if (firstChange < 0 && needsChange(c)) {
                firstChange = i;
            }
        }
        if (beyondLatin && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
            n = s.length();
            firstChange = 0;
            while (firstChange < n && !needsChange(s.charAt(firstChange))) {
                firstChange++;
            }
            if (firstChange == n) {
                return s;
            }
        }
        if (firstChange < 0) {
            return s;
        }
        int i = firstChange;
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!needsChange(c)) {
                b.append(c);
            } else if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                b.append('\n');
            } else if (isSpaceLike(c)) {
                b.append(' ');
            }
            // everything else that needs a change is removed
        }
        return b.toString();
    }

    private static boolean needsChange(char c) {
        if (c < 0x20) {
            return c != '\n';
        }
        if (c < 0x7f) {
            return false;
        }
        return c <= 0xa0 || c == '\u1680' || (c >= '\u2000' && c <= '\u200b') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    private static boolean isSpaceLike(char c) {
        return c == '\t' || c == '\u000b' || c == '\f' || c == '\u00a0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a') || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    // ---- paragraphs --------------------------------------------------------------------------------


    /** Appends {@code s[from, to)} with runs of spaces collapsed to one. */
    private static void appendCollapsed(StringBuilder b, String s, int from, int to) {
        int run = from;
        for (int dbl = doubleSpace(s, from, to); dbl >= 0; dbl = doubleSpace(s, run, to)) {
            b.append(s, run, dbl + 1);
            run = dbl + 1;
            while (run < to && s.charAt(run) == ' ') {
                run++;
            }
        }
        b.append(s, run, to);
    }

    /** {@code s[from, to)} (no leading or trailing spaces) with runs of spaces collapsed to one. */
    static String collapseSpaces(String s, int from, int to) {
        if (doubleSpace(s, from, to) < 0) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        appendCollapsed(b, s, from, to);
        return b.toString();
    }

    /** Where two spaces in a row start within {@code s[from, to)}, or -1. */
    private static int doubleSpace(String s, int from, int to) {
        for (int i = s.indexOf(' ', from); i >= 0 && i < to - 1; i = s.indexOf(' ', i + 1)) {
            if (s.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
