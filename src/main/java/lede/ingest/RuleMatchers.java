package lede.ingest;

import lede.ingest.Rules.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Each rule's reusable matcher, the characters its matches can start with (null: any), their literal openings
 * ({@link PatternPrefixes}; null: unknown), the most code points
 * a match can span (-1: no bound) and, for a pattern whose first characters are unknown, the literal text one
 * of which a match holds (null: none known): the prefilters that spare running every pattern on every paragraph.
 * For a paragraph starting with an ASCII character, a table by that character names the rules to try.
 */
record RuleMatchers(Matcher[] matchers, String[] firstChars, String[][] openings, int[] maxLengths,
                    PatternLiterals[] triggers, long[] byFirstChar) {
    private static final int ASCII = 128;

    /** The first rule whose pattern matches all of {@code p}; {@code matchers} are the rules' own. */
    static Rule firstMatch(List<Rule> rules, RuleMatchers matchers, String p) {
        if (p.isEmpty()) {
            return null;
        }
        char first = p.charAt(0);
        int length = p.length();
        if (matchers.byFirstChar != null && first < ASCII) {
            // only the rules a match of which can start with this character, in order
            for (long candidates = matchers.byFirstChar[first]; candidates != 0; candidates &= candidates - 1) {
                int i = Long.numberOfTrailingZeros(candidates);
                if (matchers.matchesWhole(i, p, length)) {
                    return rules.get(i);
                }
            }
            return null;
        }
        for (int i = 0; i < matchers.matchers.length; i++) {
            String starts = matchers.firstChars[i];
            if ((starts == null || starts.indexOf(first) >= 0) && matchers.matchesWhole(i, p, length)) {
                return rules.get(i);
            }
        }
        return null;
    }

    /** Rule {@code i}'s pattern matches all of {@code p}, its first character aside (already tested). */
    private boolean matchesWhole(int i, String p, int length) {
        int max = maxLengths[i];
        // a code point is one or two chars: beyond twice the bound no count of them is needed
        return (openings[i] == null || PatternPrefixes.startsWithOne(p, openings[i]))
                && (max < 0 || length <= max || length / 2 <= max && p.codePointCount(0, length) <= max)
                && (triggers[i] == null || triggers[i].foundIn(p))
                && matchers[i].reset(p).matches();
    }

    /**
     * Calls {@code found} with the start and end of each match of rule {@code r} in {@code p}, as
     * {@link Matcher#find()} would find them, but runs the pattern only where a first character stands.
     * Returns how many matches there were.
     */
    int findEach(int r, String p, java.util.function.IntBinaryOperator found) {
        String starts = firstChars[r];
        if (triggers[r] != null && !triggers[r].foundIn(p)) {
            return 0;
        }
        Matcher m = matchers[r].reset(p);
        int count = 0;
        if (starts == null) {
            while (m.find()) {
                found.applyAsInt(m.start(), m.end());
                count++;
            }
            return count;
        }
        // lookarounds and \b see past the region, and ^ does not match at its start: as find() sees it
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = indexOfAny(p, starts, 0); i >= 0; ) {
            m.region(i, p.length());
            if (m.lookingAt()) {
                found.applyAsInt(m.start(), m.end());
                count++;
                i = indexOfAny(p, starts, Math.max(m.end(), i + 1));
            } else {
                i = indexOfAny(p, starts, i + 1);
            }
        }
        return count;
    }

    /** The first index at or after {@code from} of any of {@code chars} in {@code p}, or -1. */
    private static int indexOfAny(String p, String chars, int from) {
        int first = -1;
        for (int k = 0; k < chars.length(); k++) {
            int at = p.indexOf(chars.charAt(k), from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * The characters (lowercased) every match of {@code regex} can start with, when the pattern plainly says
     * so: each top-level alternative starts with a letter, digit, escaped punctuation, {@code \\d}, a simple
     * character class, or a non-capturing group of such alternatives (an optional one adds the first characters
     * of what follows it); a leading (?i) or (?-i) is passed over. Else null.
     * A cheap test before running the pattern on every paragraph.
     */
    static String firstChars(String regex) {
        // a leading case flag changes which case matches, not which letters: both cases are listed anyway
        if (regex.startsWith("(?-i)") || regex.startsWith("(?i)")) {
            regex = regex.substring(regex.indexOf(')') + 1);
        }
        StringBuilder chars = new StringBuilder();
        for (String alternative : topLevelAlternatives(regex)) {
            String first = firstCharsOfAlternative(alternative);
            if (first == null) {
                return null;
            }
            chars.append(first);
        }
        return chars.length() == 0 ? null : chars.toString();
    }

    private static String firstCharsOfAlternative(String a) {
        if (a.isEmpty()) {
            return null;
        }
        String chars;
        int next;
        char c = a.charAt(0);
        if (a.startsWith("(?:")) {
            int close = closingParen(a);
            if (close < 0) {
                return null;
            }
            String inner = firstChars(a.substring(3, close));
            char after = close + 1 < a.length() ? a.charAt(close + 1) : ' ';
            if (inner == null || after == '{') {
                return null;
            }
            if (after == '?' || after == '*') {
                // an optional group ("(?:your )?e-?mail"): a match starts in it or in what follows it
                String rest = firstCharsOfAlternative(a.substring(close + 2));
                return rest == null ? null : inner + rest;
            }
            return inner; // already both cases
        } else if (c == '\\' && a.length() > 1) {
            char e = a.charAt(1);
            chars = e == 'd' ? "0123456789" : Character.isLetterOrDigit(e) ? null : String.valueOf(e);
            next = 2;
        } else if (c == '[') {
            int close = a.indexOf(']', 1);
            if (close < 0) {
                return null;
            }
            String body = a.substring(1, close);
            // only a plain list of characters, with a '-' at its end at most
            String list = body.endsWith("-") ? body.substring(0, body.length() - 1) : body;
            boolean plain = !list.isEmpty() && list.charAt(0) != '^' && list.indexOf('\\') < 0
                    && list.indexOf('-') < 0 && list.indexOf('[') < 0;
            chars = plain ? body : null;
            next = close + 1;
        } else if ("^$.|?*+()[]{}\\".indexOf(c) < 0) {
            chars = String.valueOf(c);
            next = 1;
        } else {
            return null;
        }
        if (chars == null || next < a.length() && "?*{".indexOf(a.charAt(next)) >= 0) {
            return null;
        }
        StringBuilder lower = new StringBuilder(chars.length() * 2);
        for (int i = 0; i < chars.length(); i++) {
            char lowerCase = Character.toLowerCase(chars.charAt(i));
            char upperCase = Character.toUpperCase(chars.charAt(i));
            lower.append(lowerCase);
            if (upperCase != lowerCase) {
                lower.append(upperCase);
            }
        }
        return lower.toString();
    }

    static int closingParen(String a) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }

    static RuleMatchers of(List<Rule> rules) {
        Matcher[] matchers = new Matcher[rules.size()];
        String[] firstChars = new String[rules.size()];
        String[][] openings = new String[rules.size()][];
        int[] maxLengths = new int[rules.size()];
        PatternLiterals[] triggers = new PatternLiterals[rules.size()];
        for (int i = 0; i < matchers.length; i++) {
            String regex = rules.get(i).pattern().pattern();
            matchers[i] = rules.get(i).pattern().matcher("");
            String chars = firstChars(regex);
            firstChars[i] = chars == null ? null : chars.chars().distinct()
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            openings[i] = PatternPrefixes.of(regex);
            maxLengths[i] = PatternLength.max(regex);
            triggers[i] = chars == null ? PatternLiterals.of(regex) : null;
        }
        return new RuleMatchers(matchers, firstChars, openings, maxLengths, triggers, byFirstChar(firstChars));
    }

    /** For each ASCII character, the rules (bit i: rule i) a match of which can start with it; null past 64 rules. */
    private static long[] byFirstChar(String[] firstChars) {
        if (firstChars.length > Long.SIZE) {
            return null;
        }
        long[] table = new long[ASCII];
        for (char c = 0; c < ASCII; c++) {
            for (int i = 0; i < firstChars.length; i++) {
                if (firstChars[i] == null || firstChars[i].indexOf(c) >= 0) {
                    table[c] |= 1L << i;
                }
            }
        }
        return table;
    }
}
