package lede.ingest;

/**
 * The most code points a match of a regular expression can span, read from the pattern's text when it plainly
 * bounds them ({@code .{0,80}}, alternatives, optional groups), else -1 ({@code .*}, {@code +}, back references,
 * anything this reader does not know). A rule that must match a whole paragraph cannot match a longer one, so
 * most article paragraphs skip such rules without running them.
 */
final class PatternLength {
    private static final long UNBOUNDED = Long.MAX_VALUE;

    private final String regex;
    private int pos;

    private PatternLength(String regex) {
        this.regex = regex;
    }

    /** The bound, or -1 when there is none (or the pattern is not one this reader knows). */
    static int max(String regex) {
        PatternLength reader = new PatternLength(regex);
        try {
            long max = reader.alternatives();
            return reader.pos == regex.length() && max < Integer.MAX_VALUE ? (int) max : -1;
        } catch (Unknown e) {
            return -1;
        }
    }

    /** A construct this reader does not bound: the caller gives up. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    private long alternatives() {
        long max = sequence();
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            max = Math.max(max, sequence());
        }
        return max;
    }

    private long sequence() {
        long total = 0;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            long atom = quantified(atom());
            total = atom == UNBOUNDED || total == UNBOUNDED ? UNBOUNDED : total + atom;
        }
        return total;
    }

    private long atom() {
        char c = regex.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[':
                skipClass();
                return 1;
            case '\\':
                return escape();
            case '^':
            case '$':
                pos++;
                return 0;
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unknown(); // a quantifier with nothing before it
            default:
                pos += Character.charCount(regex.codePointAt(pos));
                return 1;
        }
    }

    private long group() {
        pos++; // (
        long inner;
        if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
            pos += 2;
            inner = alternatives();
        } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
            pos += 2;
            alternatives();
            inner = 0; // a lookahead spans nothing
        } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
            pos += 3;
            alternatives();
            inner = 0;
        } else if (regex.startsWith("?<", pos)) {
            pos = regex.indexOf('>', pos) + 1; // a named group
            if (pos == 0) {
                throw new Unknown();
            }
            inner = alternatives();
        } else if (regex.startsWith("?", pos)) {
            // inline flags, (?i) or (?-i:...); comments mode (x) changes how the pattern reads
            int start = ++pos;
            while (pos < regex.length() && (Character.isLetter(regex.charAt(pos)) || regex.charAt(pos) == '-')) {
                pos++;
            }
            if (regex.substring(start, pos).indexOf('x') >= 0 || pos == regex.length()) {
                throw new Unknown();
            }
            if (regex.charAt(pos) == ')') {
                pos++;
                return 0;
            }
            if (regex.charAt(pos) != ':') {
                throw new Unknown();
            }
            pos++;
            inner = alternatives();
        } else {
            inner = alternatives();
        }
        if (pos >= regex.length() || regex.charAt(pos) != ')') {
            throw new Unknown();
        }
        pos++;
        return inner;
    }

    private void skipClass() {
        int depth = 0;
        boolean first = true;
        while (pos < regex.length()) {
            char c = regex.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '[') {
                depth++;
                pos++;
                if (pos < regex.length() && regex.charAt(pos) == '^') {
                    pos++;
                }
                first = true;
                continue;
            } else if (c == ']' && !first) {
                pos++;
                if (--depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
            first = false;
        }
        throw new Unknown();
    }

    private long escape() {
        if (pos + 1 >= regex.length()) {
            throw new Unknown();
        }
        char e = regex.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                return 0;
            case 'p': case 'P':
                if (pos < regex.length() && regex.charAt(pos) == '{') {
                    int close = regex.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unknown();
                    }
                    pos = close + 1;
                } else {
                    pos++;
                }
                return 1;
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
            case 't': case 'n': case 'r': case 'f': case 'a': case 'e':
                return 1;
            default:
                if (Character.isLetterOrDigit(e)) {
                    throw new Unknown(); // back references, quoting, hex and Unicode escapes, line breaks: not read here
                }
                return 1; // an escaped punctuation mark
        }
    }

    private long quantified(long atom) {
        if (pos >= regex.length()) {
            return atom;
        }
        char q = regex.charAt(pos);
        long result;
        if (q == '?') {
            pos++;
            result = atom;
        } else if (q == '*' || q == '+') {
            pos++;
            result = atom == 0 ? 0 : UNBOUNDED;
        } else if (q == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unknown();
            }
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            pos = close + 1;
            long times;
            try {
                times = bounds.length == 1 ? Long.parseLong(bounds[0].strip())
                        : bounds[1].isBlank() ? UNBOUNDED : Long.parseLong(bounds[1].strip());
            } catch (NumberFormatException e) {
                throw new Unknown();
            }
            result = atom == 0 ? 0 : times == UNBOUNDED || atom == UNBOUNDED ? UNBOUNDED : atom * times;
        } else {
            return atom;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same bound
        }
        return result;
    }
}
