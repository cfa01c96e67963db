package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.io.LedeException;
import lede.io.OptionCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code stats kwic}: concordance lines, in input order and then by position. A match is a run of tokens
 * equal to the term's tokens (ignoring case unless asked), a regular-expression match in the text, or an
 * entity mention whose name (canonical, else text) equals the given one ignoring case, with the surname merge of
 * {@code stats entities} ({@link SurnameMerge}: "Zelensky" is a mention of "Volodymyr Zelensky" when the
 * document names no other full name ending with it). {@code left} and
 * {@code right} are up to {@code width} code points of text either side, line breaks and tabs shown as
 * spaces; {@code start}/{@code end} are code-point offsets of the match in {@code text}. Lines are written as
 * their document goes by; in parts ({@link #inParts}) each part holds its lines and merging appends a later
 * part's lines (up to the limit), so the lines come out in input order as over the whole.
 */
// Serializable: lede.spark sends each partition's report to the driver to be merged
public final class KwicReport implements MergeableReport<List<int[]>, KwicReport>, java.io.Serializable {
    public enum Mode { TERM, REGEX, ENTITY }

    /** Characters of context either side at most: a line of context, not a copy of the document. */
    public static final int MAX_WIDTH = 10_000;

    private final Mode mode;
    private final String query;
    private final String[] termTokens;
    private final TimedRegex regex;
    private final int width;
    private final boolean caseSensitive;
    private final int limit;
    /** Lines written or held so far, for the limit. */
    private long written;
    /** The lines held until finish when in parts; null when they are written as they are found. */
    private List<ObjectNode> held;

    public KwicReport(Mode mode, String query, int width, boolean caseSensitive, int limit) {
        this(mode, query, width, caseSensitive, limit, TimedRegex.DEFAULT_BUDGET_MILLIS);
    }

    /** @param regexBudgetMillis how long {@code --regex} may search one document */
    public KwicReport(Mode mode, String query, int width, boolean caseSensitive, int limit, long regexBudgetMillis) {
        this.mode = mode;
        this.query = query;
        this.width = width;
        this.caseSensitive = caseSensitive;
        this.limit = limit;
        OptionCheck.between("--width", width, 0, MAX_WIDTH);
        if (mode == Mode.TERM) {
            List<Words.Token> tokens = Words.tokenize(query.strip()).tokens();
            if (tokens.isEmpty()) {
                throw new LedeException("the term is empty");
            }
            termTokens = new String[tokens.size()];
            for (int i = 0; i < termTokens.length; i++) {
                termTokens[i] = normal(tokens.get(i).text());
            }
        } else {
            termTokens = null;
        }
        if (mode == Mode.REGEX) {
            try {
                regex = new TimedRegex(Pattern.compile(query,
                        caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "--regex", regexBudgetMillis);
            } catch (PatternSyntaxException e) {
                throw new LedeException("--regex: " + e.getDescription() + " at index " + e.getIndex());
            }
        } else {
            regex = null;
        }
    }

    private String normal(String token) {
        return caseSensitive ? token : token.toLowerCase(Locale.ROOT);
    }

    /** The matches as code-point {start, end} pairs, in order. */
    @Override
    public List<int[]> prepare(ObjectNode document) {
        String text = Docs.text(document);
        List<int[]> matches = new ArrayList<>();
        switch (mode) {
            case TERM -> {
                List<Words.Token> tokens = Words.tokenize(text).tokens();
                for (int i = 0; i + termTokens.length <= tokens.size(); i++) {
                    boolean match = true;
                    for (int j = 0; j < termTokens.length && match; j++) {
                        match = normal(tokens.get(i + j).text()).equals(termTokens[j]);
                    }
                    if (match) {
                        matches.add(new int[]{tokens.get(i).start(), tokens.get(i + termTokens.length - 1).end()});
                    }
                }
            }
            case REGEX -> {
                Matcher matcher = regex.matcher(text);
                int charPos = 0;
                int cpPos = 0;
                try {
                    while (matcher.find()) {
                        if (matcher.end() == matcher.start()) {
                            continue; // an empty match shows nothing
                        }
                        cpPos += text.codePointCount(charPos, matcher.start());
                        int start = cpPos;
                        cpPos += text.codePointCount(matcher.start(), matcher.end());
                        charPos = matcher.end();
                        matches.add(new int[]{start, cpPos});
                    }
                } catch (TimedRegex.OutOfTime e) {
                    throw regex.tooSlow(Docs.id(document));
                }
            }
            case ENTITY -> {
                List<Docs.Mention> mentions = Docs.entities(document);
                SurnameMerge merge = SurnameMerge.of(mentions);
                for (Docs.Mention mention : mentions) {
                    boolean named = mention.name().equalsIgnoreCase(query) || merge.name(mention).equalsIgnoreCase(query)
                            || merge.unclaimedSurnameOf(mention, query);
                    if (named && mention.start() >= 0
                            && mention.end() >= mention.start()) {
                        matches.add(new int[]{mention.start(), mention.end()});
                    }
                }
                matches.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            }
        }
        return matches;
    }

    @Override
    public void add(ObjectNode document, List<int[]> matches, Consumer<ObjectNode> rows) {
        if (matches.isEmpty() || (limit > 0 && written >= limit)) {
            return;
        }
        Consumer<ObjectNode> out = held == null ? rows : held::add;
        String text = Docs.text(document);
        int[] codePoints = text.codePoints().toArray();
        for (int[] match : matches) {
            if (limit > 0 && written >= limit) {
                return;
            }
            int start = Math.min(match[0], codePoints.length);
            int end = Math.min(match[1], codePoints.length);
            ObjectNode row = Json.object();
            row.put("id", Docs.id(document));
            row.put("date", Docs.dayString(document));
            row.put("left", flat(codePoints, Math.max(0, start - width), start));
            row.put("match", flat(codePoints, start, end));
            row.put("right", flat(codePoints, end, Math.min(codePoints.length, end + width)));
            row.put("start", start);
            row.put("end", end);
            out.accept(row);
            written++;
        }
    }

    private static String flat(int[] codePoints, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            int c = codePoints[i];
            out.appendCodePoint(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        return out.toString();
    }

    @Override
    public boolean readsMergedNames() {
        return true;
    }

    @Override
    public void inParts() {
        held = new ArrayList<>();
    }

    /** Appends the later part's lines after this part's, as far as the limit allows. */
    @Override
    public void merge(KwicReport later) {
        if (later.held == null) {
            throw new IllegalStateException("a later part wrote its lines as it read: tell it inParts() first");
        }
        if (held == null) {
            held = new ArrayList<>();
        }
        for (ObjectNode row : later.held) {
            if (limit > 0 && written >= limit) {
                return;
            }
            held.add(row);
            written++;
        }
    }

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        // without parts every line was written as its document went by
        if (held != null) {
            held.forEach(rows);
            held.clear();
        }
    }
}
