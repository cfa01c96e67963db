package lede.ingest;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The literal openings (ASCII, lowercased, at most {@link #MAX} characters) one of which every match of a
 * regex starts with, when the pattern plainly says so; else null. Most paragraphs pass a rule's first-character
 * test ("enter your e-mail|...|subscribe" starts with a dozen letters) but not its opening's first characters,
 * so this spares running the pattern on them. Only ever a superset of what can match: it may let a paragraph
 * through that the pattern then refuses, never stop one the pattern would take.
 */
final class PatternPrefixes {
    static final int MAX = 4;

    private PatternPrefixes() {
    }

    /** The openings of {@code regex}'s matches, or null when some match could start with anything. */
    static String[] of(String regex) {
        if (regex.contains("(?x") || regex.contains("(?-i") && !regex.startsWith("(?-i)")) {
            return null; // spaces that mean nothing, or case flags switched midway: not read here
        }
        Set<String> prefixes = prefixes(regex);
        if (prefixes == null || prefixes.contains("")) {
            return null;
        }
        return prefixes.toArray(new String[0]);
    }

    /** True when {@code p} starts with one of {@code prefixes}, ASCII case ignored; a non-ASCII character matches any. */
    static boolean startsWithOne(String p, String[] prefixes) {
        for (String prefix : prefixes) {
            int n = prefix.length();
            if (p.length() < n) {
                continue;
            }
            int k = 0;
            for (; k < n; k++) {
                char c = p.charAt(k);
                // under UNICODE_CASE some non-ASCII letters match ASCII ones (the Kelvin sign matches k)
                if (c < 0x80 && lower(c) != prefix.charAt(k)) {
                    break;
                }
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> prefixes(String regex) {
        if (regex.startsWith("(?-i)") || regex.startsWith("(?i)")) {
            regex = regex.substring(regex.indexOf(')') + 1);
        }
        Set<String> all = new LinkedHashSet<>();
        for (String alternative : RuleMatchers.topLevelAlternatives(regex)) {
            Set<String> some = prefixesOfAlternative(alternative, "");
            if (some == null) {
                return null;
            }
            all.addAll(some);
        }
        return all;
    }

    /** The openings of alternative {@code a}'s matches, each after {@code sofar}; stops at the first token not read. */
    private static Set<String> prefixesOfAlternative(String a, String sofar) {
        Set<String> result = new LinkedHashSet<>();
        StringBuilder literal = new StringBuilder(sofar);
        int i = 0;
        while (i < a.length() && literal.length() < MAX) {
            char c = a.charAt(i);
            if (a.startsWith("(?:", i)) {
                int close = RuleMatchers.closingParen(a.substring(i));
                if (close < 0) {
                    break;
                }
                close += i;
                Set<String> inner = prefixes(a.substring(i + 3, close));
                char after = close + 1 < a.length() ? a.charAt(close + 1) : ' ';
                if (inner == null || after == '{') {
                    break;
                }
                for (String g : inner) {
                    result.add(cut(literal + g));
                }
                if (after == '?' || after == '*') {
                    // an optional group: a match may start with what follows it instead
                    Set<String> rest = prefixesOfAlternative(a.substring(close + 2), literal.toString());
                    if (rest == null) {
                        return null;
                    }
                    result.addAll(rest);
                }
                return result; // after a group the openings stop (its own may be cut short)
            }
            int next;
            if (c == '\\' && i + 1 < a.length() && a.charAt(i + 1) < 0x80 && !Character.isLetterOrDigit(a.charAt(i + 1))) {
                c = a.charAt(i + 1); // escaped ASCII punctuation: itself
                next = i + 2;
            } else if (c < 0x80 && "^$.|?*+()[]{}\\".indexOf(c) < 0) {
                next = i + 1;
            } else {
                break; // a class, an escape such as \s or \p{L}, a lookaround, an anchor, or non-ASCII
            }
            char quantifier = next < a.length() ? a.charAt(next) : ' ';
            if (quantifier == '?' || quantifier == '*' || quantifier == '{') {
                break; // the character may be absent
            }
            literal.append(lower(c));
            if (quantifier == '+') {
                break;
            }
            i = next;
        }
        result.add(cut(literal.toString()));
        return result;
    }

    private static String cut(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
