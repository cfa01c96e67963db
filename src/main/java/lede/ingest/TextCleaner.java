package lede.ingest;

import lede.ingest.Rules.Kind;
import lede.ingest.Rules.Rule;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the body of one article: normalizes characters (NFC, no control characters, non-breaking and other
 * odd spaces to plain spaces), rebuilds paragraphs (separated by exactly one blank line), and applies the
 * {@link Rules}: metadata from plain-text scrapes (date marker, title, agency credit), joined broken lines,
 * and removed web furniture, captions and repeated paragraphs, counting what each rule removed.
 */
public final class TextCleaner {
    /** The result for one article; title, date and author are null when the text did not give them. */
    public record Cleaned(String text, String title, String date, String author,
                          Map<String, Integer> removed, List<Removal> spans) {
    }

    /** One removed piece of text and the rule that removed it (kept with --keep-removed). */
    public record Removal(String rule, String text) {
    }

    private final int unwrapWidth;
    private final Rule dateMarker;
    private final List<Rule> inline;
    private final List<Rule> drop;
    private final List<Rule> dropBlock;
    private final List<Rule> listItem;
    private final Rule join;
    private final Rule title;
    private final List<Rule> credit;
    private final Rule repeat;
    private final boolean keepRemoved;
    // one matcher per rule, reset for each paragraph: a cleaner serves one thread
    private final RuleMatchers inlineMatchers;
    private final RuleMatchers dropMatchers;
    private final RuleMatchers dropBlockMatchers;
    private final RuleMatchers listItemMatchers;
    private final RuleMatchers creditMatchers;
    private final Matcher joinMatcher;

    public TextCleaner(Rules rules, boolean keepRemoved) {
        Rule unwrap = rules.first(Kind.UNWRAP);
        this.unwrapWidth = unwrap == null ? 0 : unwrap.number();
        this.dateMarker = rules.first(Kind.DATE_MARKER);
        this.inline = rules.of(Kind.DROP_INLINE);
        this.drop = rules.of(Kind.DROP);
        this.dropBlock = rules.of(Kind.DROP_BLOCK);
        this.listItem = rules.of(Kind.LIST_ITEM);
        this.join = rules.first(Kind.JOIN);
        this.title = rules.first(Kind.TITLE);
        this.credit = rules.of(Kind.CREDIT);
        this.repeat = rules.first(Kind.DROP_REPEAT);
        this.keepRemoved = keepRemoved;
        this.inlineMatchers = matchers(inline);
        this.dropMatchers = matchers(drop);
        this.dropBlockMatchers = matchers(dropBlock);
        this.listItemMatchers = matchers(listItem);
        this.creditMatchers = matchers(credit);
        this.joinMatcher = join == null ? null : join.pattern().matcher("");
    }

    /**
     * Cleans {@code raw}. With {@code plainText} (a scraped .txt article) the date marker, title and credit
     * rules may fill {@code date}, {@code title} and {@code author}.
     */
    public Cleaned clean(String raw, boolean plainText) {
        Run run = new Run();
        List<String> paragraphs = paragraphs(normalizeChars(raw));
        String date = null;
        if (plainText && dateMarker != null && !paragraphs.isEmpty()) {
            Matcher m = dateMarker.pattern().matcher(paragraphs.get(0));
            if (m.lookingAt() && m.groupCount() >= 1 && m.group(1) != null) {
                date = m.group(1);
                setOrRemove(paragraphs, 0, paragraphs.get(0).substring(m.end()).strip());
            }
        }
        if (!inline.isEmpty()) {
            removeInline(paragraphs, run);
        }
        if (!drop.isEmpty() || !dropBlock.isEmpty()) {
            paragraphs = dropFurniture(paragraphs, run);
        }
        if (join != null) {
            paragraphs = joinBroken(paragraphs);
        }
        String titleText = null;
        if (plainText && title != null && paragraphs.size() >= 2 && isTitle(paragraphs.get(0))) {
            titleText = paragraphs.remove(0);
        }
        String author = null;
        if (plainText && !credit.isEmpty() && paragraphs.size() >= 2 && firstMatch(credit, creditMatchers, paragraphs.get(0)) != null) {
            author = paragraphs.remove(0);
            if (author.regionMatches(true, 0, "by ", 0, 3)) {
                author = author.substring(3).strip();
            }
        }
        if (repeat != null) {
            paragraphs = dropRepeats(paragraphs, run);
        }
        return new Cleaned(String.join("\n\n", paragraphs), titleText, date, author, run.removed, run.spans);
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
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
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

    /**
     * Splits normalized text into paragraphs at blank lines. Inside a block without blank lines, short lines
     * are hard-wrapped text and are joined (see the {@code unwrap} rule); otherwise each line is a paragraph.
     */
    List<String> paragraphs(String s) {
        List<String> paragraphs = new ArrayList<>();
        Block block = new Block();
        int n = s.length();
        int start = 0;
        while (start <= n) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int from = start;
            while (from < end && s.charAt(from) == ' ') {
                from++;
            }
            int to = end;
            while (to > from && s.charAt(to - 1) == ' ') {
                to--;
            }
            if (from == to) {
                flushBlock(s, block, paragraphs);
            } else {
                block.add(from, to, from - start >= 2);
            }
            start = end + 1;
        }
        flushBlock(s, block, paragraphs);
        return paragraphs;
    }

    /** The lines of one block, as ranges of the text: no substrings until paragraphs are known. */
    private static final class Block {
        int[] from = new int[16];
        int[] to = new int[16];
        boolean[] indented = new boolean[16];
        int size;

        void add(int start, int end, boolean indent) {
            if (size == from.length) {
                from = java.util.Arrays.copyOf(from, size * 2);
                to = java.util.Arrays.copyOf(to, size * 2);
                indented = java.util.Arrays.copyOf(indented, size * 2);
            }
            from[size] = start;
            to[size] = end;
            indented[size] = indent;
            size++;
        }
    }

    private void flushBlock(String s, Block block, List<String> paragraphs) {
        if (block.size == 0) {
            return;
        }
        if (block.size == 1 || !isHardWrapped(block)) {
            for (int i = 0; i < block.size; i++) {
                paragraphs.add(collapseSpaces(s, block.from[i], block.to[i]));
            }
        } else {
            // joining substrings copies bytes wholesale; appending char by char costs more
            List<String> lines = new ArrayList<>(block.size);
            for (int i = 0; i < block.size; i++) {
                String line = collapseSpaces(s, block.from[i], block.to[i]);
                if (i > 0 && (block.indented[i]
                        || endsSentence(lines.get(lines.size() - 1)) && !Character.isLowerCase(line.charAt(0)))) {
                    paragraphs.add(String.join(" ", lines));
                    lines.clear();
                }
                lines.add(line);
            }
            paragraphs.add(String.join(" ", lines));
        }
        block.size = 0;
    }

    private boolean isHardWrapped(Block block) {
        if (unwrapWidth <= 0) {
            return false;
        }
        for (int i = 0; i < block.size; i++) {
            if (block.to[i] - block.from[i] > unwrapWidth) {
                return false;
            }
        }
        return true;
    }

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
    private static String collapseSpaces(String s, int from, int to) {
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

    private static void setOrRemove(List<String> paragraphs, int index, String text) {
        if (text.isEmpty()) {
            paragraphs.remove(index);
        } else {
            paragraphs.set(index, text);
        }
    }

    // ---- rules -------------------------------------------------------------------------------------

    private void removeInline(List<String> paragraphs, Run run) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            for (int r = 0; r < inline.size(); r++) {
                if (!containsAny(p, inlineMatchers.firstChars[r])) {
                    continue; // cannot match: no character a match starts with is there
                }
                Matcher m = inlineMatchers.matchers[r].reset(p);
                if (!m.find()) {
                    continue;
                }
                StringBuilder b = new StringBuilder(p.length());
                int last = 0;
                do {
                    int start = m.start();
                    // the space before a removed marker goes with it
                    int cut = start > last && p.charAt(start - 1) == ' ' ? start - 1 : start;
                    b.append(p, last, cut);
                    run.removed(inline.get(r), m.group());
                    last = m.end();
                } while (m.find());
                b.append(p, last, p.length());
                String rest = b.toString().strip();
                p = collapseSpaces(rest, 0, rest.length());
            }
            paragraphs.set(i, p);
        }
        paragraphs.removeIf(String::isEmpty);
    }

    private List<String> dropFurniture(List<String> paragraphs, Run run) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            Rule rule = firstMatch(drop, dropMatchers, p);
            if (rule != null) {
                run.removed(rule, p);
                continue;
            }
            rule = firstMatch(dropBlock, dropBlockMatchers, p);
            if (rule != null) {
                run.removed(rule, p);
                while (i + 1 < paragraphs.size() && firstMatch(listItem, listItemMatchers, paragraphs.get(i + 1)) != null) {
                    run.removed(rule, paragraphs.get(++i));
                }
                continue;
            }
            kept.add(p);
        }
        return kept;
    }

    private List<String> joinBroken(List<String> paragraphs) {
        List<String> joined = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            int last = joined.size() - 1;
            if (last >= 0 && continues(joined.get(last), p)) {
                joined.set(last, joined.get(last) + " " + p);
            } else {
                joined.add(p);
            }
        }
        return joined;
    }

    /** True when {@code p} breaks off mid-sentence and {@code next} carries on with it. */
    private boolean continues(String p, String next) {
        if (endsSentence(p) || firstMatch(listItem, listItemMatchers, next) != null) {
            return false;
        }
        if (Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        int lastWord = p.lastIndexOf(' ') + 1;
        return joinMatcher.reset(p).region(lastWord, p.length()).matches();
    }

    private boolean isTitle(String p) {
        if (p.length() > title.number()) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':';
    }

    private List<String> dropRepeats(List<String> paragraphs, Run run) {
        Map<Long, Integer> seen = null;
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (p.length() < repeat.number()) {
                kept.add(p);
                continue;
            }
            if (seen == null) {
                seen = new HashMap<>();
            }
            long key = repeatKey(p);
            int earlier = earlierCopy(seen.get(key), key, p, kept);
            if (earlier < 0) {
                seen.putIfAbsent(key, kept.size());
                kept.add(p);
            } else if (!endsSentence(kept.get(earlier)) && endsSentence(p)) {
                run.removed(repeat, kept.get(earlier));
                kept.set(earlier, p);
            } else {
                run.removed(repeat, p);
            }
        }
        return kept;
    }

    /** The index of a kept paragraph with the same letters as {@code p}, or -1. */
    private int earlierCopy(Integer candidate, long key, String p, List<String> kept) {
        if (candidate == null) {
            return -1;
        }
        if (sameLetters(kept.get(candidate), p)) {
            return candidate;
        }
        // the same opening but a different paragraph: look for another copy (rare, so a plain scan)
        for (int i = 0; i < kept.size(); i++) {
            String other = kept.get(i);
            if (other.length() >= repeat.number() && repeatKey(other) == key && sameLetters(other, p)) {
                return i;
            }
        }
        return -1;
    }

    private static final int KEY_LETTERS = 120;

    /**
     * A quick key for repeated paragraphs: a 64-bit hash of the first letters and digits, lowercased. Equal
     * keys are checked with {@link #sameLetters}.
     */
    static long repeatKey(String p) {
        long h = 0xcbf29ce484222325L;
        int letters = 0;
        for (int i = 0; i < p.length() && letters < KEY_LETTERS; i++) {
            int c = letterOrDigit(p.charAt(i));
            if (c >= 0) {
                h = (h ^ c) * 0x100000001b3L;
                letters++;
            }
        }
        return h;
    }

    /** True when both have the same letters and digits, ignoring case: copies differing in spacing or punctuation. */
    static boolean sameLetters(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            int ca = -1;
            while (i < a.length() && (ca = letterOrDigit(a.charAt(i++))) < 0) {
                // skip
            }
            int cb = -1;
            while (j < b.length() && (cb = letterOrDigit(b.charAt(j++))) < 0) {
                // skip
            }
            if (ca != cb) {
                return false;
            }
            if (ca < 0) {
                return true;
            }
        }
    }

    /** The lowercase of a letter or digit, else -1. */
    private static int letterOrDigit(char c) {
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return c;
            }
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : -1;
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
    }

    /** Ends with . ! ? … or :, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(CharSequence p) {
        int i = p.length() - 1;
        while (i >= 0 && isCloser(p.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = p.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }

    /** The first rule whose pattern matches all of {@code p}; {@code matchers} are the rules' own. */
    private static Rule firstMatch(List<Rule> rules, RuleMatchers matchers, String p) {
        if (p.isEmpty()) {
            return null;
        }
        char first = p.charAt(0);
        for (int i = 0; i < matchers.matchers.length; i++) {
            String starts = matchers.firstChars[i];
            if ((starts == null || starts.indexOf(first) >= 0) && matchers.matchers[i].reset(p).matches()) {
                return rules.get(i);
            }
        }
        return null;
    }

    /** Each rule's reusable matcher and the characters its matches can start with (null: any). */
    private record RuleMatchers(Matcher[] matchers, String[] firstChars) {
    }

    /**
     * The characters (lowercased) every match of {@code regex} can start with, when the pattern plainly says
     * so: each top-level alternative starts with a letter, digit, escaped punctuation, {@code \\d}, a simple
     * character class, or a non-capturing group of such alternatives, none of them optional. Else null.
     * A cheap test before running the pattern on every paragraph.
     */
    static String firstChars(String regex) {
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
            boolean optional = close + 1 < a.length() && "?*{".indexOf(a.charAt(close + 1)) >= 0;
            return optional ? null : inner; // already both cases
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

    private static int closingParen(String a) {
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

    private static List<String> topLevelAlternatives(String regex) {
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

    private static boolean containsAny(String p, String chars) {
        if (chars == null) {
            return true;
        }
        for (int i = 0; i < chars.length(); i++) {
            if (p.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static RuleMatchers matchers(List<Rule> rules) {
        Matcher[] matchers = new Matcher[rules.size()];
        String[] firstChars = new String[rules.size()];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = rules.get(i).pattern().matcher("");
            firstChars[i] = firstChars(rules.get(i).pattern().pattern());
        }
        return new RuleMatchers(matchers, firstChars);
    }

    /** What one article's cleaning removed. */
    private final class Run {
        final Map<String, Integer> removed = new LinkedHashMap<>();
        final List<Removal> spans = keepRemoved ? new ArrayList<>() : List.of();

        void removed(Rule rule, String text) {
            removed.merge(rule.name(), 1, Integer::sum);
            if (keepRemoved) {
                spans.add(new Removal(rule.name(), text));
            }
        }
    }
}
