package lede.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule's trigger: literal words one of which every match of its pattern holds ("getty images", "shutterstock",
 * "/", ...), read from the pattern itself. A paragraph holding none of them cannot match, so the pattern need not
 * run: a cheap test for patterns whose first characters say nothing (a match that may start anywhere).
 * The test ignores case (as the rules' patterns do, Unicode case included), so it never says no to a match.
 */
final class PatternLiterals {
    private final String[] literals;
    /** Each literal's first character as the patterns compare it, ignoring case. */
    private final char[] folded;
    /** Those first characters: ASCII ones as bits, others (rare) in a string. */
    private final long[] asciiFirst = new long[2];
    private final String otherFirst;
    private char[] chars = new char[256];

    private PatternLiterals(List<String> literals) {
        this.literals = literals.toArray(String[]::new);
        this.folded = new char[this.literals.length];
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < this.literals.length; i++) {
            char f = fold(this.literals[i].charAt(0));
            folded[i] = f;
            if (f < 0x80) {
                asciiFirst[f >> 6] |= 1L << f;
            } else {
                other.append(f);
            }
        }
        this.otherFirst = other.toString();
    }

    /** The trigger of {@code regex}, or null when its pattern does not plainly require some literal text. */
    static PatternLiterals of(String regex) {
        if (regex.contains("\\Q") || regex.contains("(?x") || regex.contains("(?u")
                || regex.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return null; // quoting and comments change what a character means, and case folds code points
        }
        List<String> required = required(regex);
        return required == null ? null : new PatternLiterals(required);
    }

    /**
     * True when {@code p} holds one of the literals, ignoring case: one pass over its characters, copied to an
     * array (String.charAt costs three times as much under C1); so one instance serves one thread.
     */
    boolean foundIn(String p) {
        int n = p.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        p.getChars(0, n, chars, 0);
        for (int i = 0; i < n; i++) {
            char f = fold(chars[i]);
            if (f < 0x80 ? (asciiFirst[f >> 6] & 1L << f) == 0 : otherFirst.indexOf(f) < 0) {
                continue;
            }
            for (int k = 0; k < literals.length; k++) {
                String literal = literals[k];
                if (folded[k] == f && n - i >= literal.length()
                        && (literal.length() == 1 || fold(chars[i + 1]) == fold(literal.charAt(1)))
                        && p.regionMatches(true, i, literal, 0, literal.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A character as a case-insensitive Unicode pattern compares it (Java's UNICODE_CASE: the lowercase of its
     * uppercase, so the Kelvin sign is a k and the dotless i an i); ASCII without a table lookup.
     */
    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Literals one of which every match of {@code regex} holds, or null. */
    private static List<String> required(String regex) {
        Set<String> union = new LinkedHashSet<>();
        for (String alternative : alternatives(regex)) {
            List<String> best = requiredInSequence(alternative);
            if (best == null) {
                return null;
            }
            union.addAll(best);
        }
        return union.isEmpty() ? null : new ArrayList<>(union);
    }

    /**
     * Of the parts a match of {@code a} (no top-level '|') must contain (runs of literal characters, groups
     * that are not optional), the one whose shortest literal is longest; null when there is none.
     */
    private static List<String> requiredInSequence(String a) {
        List<List<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < a.length()) {
            char c = a.charAt(i);
            if (c == '(') {
                int close = closingParen(a, i);
                if (close < 0) {
                    return null;
                }
                String group = a.substring(i + 1, close);
                int next = skipQuantifier(a, close + 1);
                boolean optional = isOptional(a, close + 1);
                endRun(run, candidates);
                i = next;
                if (group.startsWith("?=") || group.startsWith("?!") || group.startsWith("?<=")
                        || group.startsWith("?<!") || group.matches("\\?[a-zA-Z-]*")) {
                    continue; // a lookaround or a flag: zero width, nothing it requires is counted
                }
                String inner = group.startsWith("?:") || group.startsWith("?>") ? group.substring(2)
                        : group.startsWith("?<") ? group.substring(group.indexOf('>') + 1)
                        : group.matches("(?s)\\?[a-zA-Z-]*:.*") ? group.substring(group.indexOf(':') + 1)
                        : group.startsWith("?") ? null : group;
                if (inner == null) {
                    return null;
                }
                List<String> groupLiterals = optional ? null : required(inner);
                if (groupLiterals != null) {
                    candidates.add(groupLiterals);
                }
                continue;
            }
            int next;
            char literal;
            if (c == '[') {
                next = classEnd(a, i);
                literal = 0;
            } else if (c == '\\' && i + 1 < a.length()) {
                char e = a.charAt(i + 1);
                if (Character.isLetterOrDigit(e)) {
                    if ("dDsSwWbBhHvVRXAzZGntrfae".indexOf(e) >= 0) {
                        next = i + 2; // a class, an anchor or a control character: no literal text
                    } else if (e == 'p' || e == 'P') {
                        next = i + 2 < a.length() && a.charAt(i + 2) == '{' ? a.indexOf('}', i) + 1 : i + 3;
                    } else {
                        return null; // hex, octal and control escapes, named or numbered backreferences: not worth reading
                    }
                    if (next <= 0) {
                        return null;
                    }
                    literal = 0;
                } else {
                    next = i + 2;
                    literal = e;
                }
            } else if ("^$.|)]{}*+?".indexOf(c) >= 0) {
                next = i + 1;
                literal = 0;
            } else {
                next = i + 1;
                literal = c;
            }
            if (next < 0) {
                return null;
            }
            boolean optional = isOptional(a, next);
            boolean repeated = next < a.length() && "*+?{".indexOf(a.charAt(next)) >= 0;
            if (literal != 0 && !optional) {
                run.append(literal);
            }
            if (literal == 0 || repeated) {
                endRun(run, candidates); // the literal text ends here: what follows need not come right after
            }
            i = skipQuantifier(a, next);
        }
        endRun(run, candidates);
        List<String> best = null;
        for (List<String> candidate : candidates) {
            if (best == null || shortest(candidate) > shortest(best)
                    || shortest(candidate) == shortest(best) && candidate.size() < best.size()) {
                best = candidate;
            }
        }
        return best;
    }

    private static void endRun(StringBuilder run, List<List<String>> candidates) {
        if (run.length() > 0) {
            candidates.add(List.of(run.toString()));
            run.setLength(0);
        }
    }

    private static int shortest(List<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    /** True when the quantifier at {@code i} (if any) allows no occurrence: ?, *, {0,...}. */
    private static boolean isOptional(String a, int i) {
        return i < a.length() && (a.charAt(i) == '?' || a.charAt(i) == '*' || a.startsWith("{0", i));
    }

    /** The index after the quantifier at {@code i} and its lazy or possessive mark, or {@code i} when there is none. */
    private static int skipQuantifier(String a, int i) {
        if (i >= a.length()) {
            return i;
        }
        char q = a.charAt(i);
        if (q == '{') {
            int close = a.indexOf('}', i);
            i = close < 0 ? a.length() : close + 1;
        } else if (q == '?' || q == '*' || q == '+') {
            i++;
        } else {
            return i;
        }
        return i < a.length() && (a.charAt(i) == '?' || a.charAt(i) == '+') ? i + 1 : i;
    }

    /** The index after the character class opening at {@code i}, or -1 ("[]a]" and "[^]a]" hold a ']'). */
    private static int classEnd(String a, int i) {
        int k = i + 1;
        if (k < a.length() && a.charAt(k) == '^') {
            k++;
        }
        if (k < a.length() && a.charAt(k) == ']') {
            k++;
        }
        for (int depth = 1; k < a.length(); k++) {
            char c = a.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return k + 1;
            }
        }
        return -1;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closingParen(String a, int open) {
        int depth = 0;
        for (int k = open; k < a.length(); k++) {
            char c = a.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                k = classEnd(a, k);
                if (k < 0) {
                    return -1;
                }
                k--;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** The top-level alternatives of {@code regex}. */
    private static List<String> alternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int k = 0; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                int end = classEnd(regex, k);
                if (end < 0) {
                    break;
                }
                k = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, k));
                start = k + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }

    @Override
    public String toString() {
        return String.join("|", literals);
    }
}
