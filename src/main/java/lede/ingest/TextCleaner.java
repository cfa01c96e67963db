package lede.ingest;

import lede.ingest.Rules.Kind;
import lede.ingest.Rules.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Cleans the body of one article: normalizes characters (NFC, no control characters, non-breaking and other
 * odd spaces to plain spaces), rebuilds paragraphs (separated by exactly one blank line), and applies the
 * {@link Rules}: metadata from plain-text scrapes (date marker, title, agency credit), joined broken lines,
 * and removed web furniture, captions and repeated paragraphs, counting what each rule removed.
 */
public final class TextCleaner {
    /**
     * The result for one article; title, date and author are null when the text did not give them.
     * {@code published} is the "Published ..." line the rules removed (for its date), or null;
     * {@code onlyFurniture}: the rules removed more text than they left, and left less than the not-article size.
     */
    public record Cleaned(String text, String title, String date, String author,
                          Map<String, Integer> removed, List<Removal> spans, String published, boolean onlyFurniture) {
    }

    /** One removed piece of text and the rule that removed it (kept with --keep-removed). */
    public record Removal(String rule, String text) {
    }

    private final ParagraphSplitter splitter;
    private final Rule dateMarker;
    private final List<Rule> inline;
    private final List<Rule> drop;
    private final List<Rule> dropBlock;
    private final List<Rule> listItem;
    private final Rule join;
    private final Rule title;
    private final List<Rule> credit;
    private final Rule repeat;
    private final List<Rule> published;
    private final List<Rule> boxItem;
    private final Rule unglue;
    private final Rule caption;
    private final Rule notArticle;
    private final boolean keepRemoved;
    // one matcher per rule, reset for each paragraph: a cleaner serves one thread
    private final RuleMatchers inlineMatchers;
    private final RuleMatchers dropMatchers;
    private final RuleMatchers dropBlockMatchers;
    private final RuleMatchers listItemMatchers;
    private final RuleMatchers creditMatchers;
    private final RuleMatchers publishedMatchers;
    private final RuleMatchers boxItemMatchers;
    private final Matcher joinMatcher;

    public TextCleaner(Rules rules, boolean keepRemoved) {
        Rule unwrap = rules.first(Kind.UNWRAP);
        this.splitter = new ParagraphSplitter(unwrap == null ? 0 : unwrap.number());
        this.dateMarker = rules.first(Kind.DATE_MARKER);
        this.inline = rules.of(Kind.DROP_INLINE);
        this.drop = rules.of(Kind.DROP);
        this.dropBlock = rules.of(Kind.DROP_BLOCK);
        this.listItem = rules.of(Kind.LIST_ITEM);
        this.join = rules.first(Kind.JOIN);
        this.title = rules.first(Kind.TITLE);
        this.credit = rules.of(Kind.CREDIT);
        this.repeat = rules.first(Kind.DROP_REPEAT);
        this.published = rules.of(Kind.PUBLISHED);
        this.boxItem = rules.of(Kind.BOX_ITEM);
        this.unglue = rules.first(Kind.UNGLUE);
        this.caption = rules.first(Kind.CAPTION);
        this.notArticle = rules.first(Kind.NOT_ARTICLE);
        this.keepRemoved = keepRemoved;
        this.inlineMatchers = RuleMatchers.of(inline);
        this.dropMatchers = RuleMatchers.of(drop);
        this.dropBlockMatchers = RuleMatchers.of(dropBlock);
        this.listItemMatchers = RuleMatchers.of(listItem);
        this.creditMatchers = RuleMatchers.of(credit);
        this.publishedMatchers = RuleMatchers.of(published);
        this.boxItemMatchers = RuleMatchers.of(boxItem);
        this.joinMatcher = join == null ? null : join.pattern().matcher("");
    }

    /**
     * Cleans {@code raw}. With {@code plainText} (a scraped .txt article) the date marker, title and credit
     * rules may fill {@code date}, {@code title} and {@code author}.
     */
    public Cleaned clean(String raw, boolean plainText) {
        Removals removals = new Removals();
        List<String> paragraphs = splitter.split(TextChars.normalizeChars(raw));
        String date = null;
        if (plainText && dateMarker != null && !paragraphs.isEmpty()) {
            Matcher m = dateMarker.pattern().matcher(paragraphs.get(0));
            if (m.lookingAt() && m.groupCount() >= 1 && m.group(1) != null) {
                date = m.group(1);
                setOrRemove(paragraphs, 0, paragraphs.get(0).substring(m.end()).strip());
            }
        }
        if (!inline.isEmpty()) {
            removeInline(paragraphs, removals);
        }
        String publishedLine = null;
        if (!published.isEmpty()) {
            publishedLine = removePublished(paragraphs, removals);
        }
        if (!drop.isEmpty() || !dropBlock.isEmpty()) {
            paragraphs = dropFurniture(paragraphs, removals);
        }
        if (join != null) {
            paragraphs = joinBroken(paragraphs);
        }
        if (unglue != null) {
            unglueSentences(paragraphs, removals);
        }
        String titleText = null;
        if (plainText && title != null && paragraphs.size() >= 2 && isTitle(paragraphs.get(0))) {
            titleText = paragraphs.remove(0);
        }
        String author = null;
        if (plainText && !credit.isEmpty() && paragraphs.size() >= 2 && RuleMatchers.firstMatch(credit, creditMatchers, paragraphs.get(0)) != null) {
            author = paragraphs.remove(0);
            if (author.regionMatches(true, 0, "by ", 0, 3)) {
                author = author.substring(3).strip();
            }
        }
        if (caption != null) {
            dropCaptions(paragraphs, removals);
        }
        if (repeat != null) {
            paragraphs = dropRepeats(paragraphs, removals);
        }
        String text = String.join("\n\n", paragraphs);
        boolean onlyFurniture = notArticle != null && removals.furnitureChars > text.length()
                && text.length() < notArticle.number();
        return new Cleaned(text, titleText, date, author, removals.removed, removals.spans, publishedLine, onlyFurniture);
    }

    private static void setOrRemove(List<String> paragraphs, int index, String text) {
        if (text.isEmpty()) {
            paragraphs.remove(index);
        } else {
            paragraphs.set(index, text);
        }
    }

    // ---- rules -------------------------------------------------------------------------------------

    private void removeInline(List<String> paragraphs, Removals removals) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            for (int r = 0; r < inline.size(); r++) {
                String text = p;
                Rule rule = inline.get(r);
                StringBuilder b = new StringBuilder(0);
                int[] last = {0};
                int found = inlineMatchers.findEach(r, text, (start, end) -> {
                    // the space before a removed marker goes with it
                    int cut = start > last[0] && text.charAt(start - 1) == ' ' ? start - 1 : start;
                    b.append(text, last[0], cut);
                    removals.removed(rule, text.substring(start, end));
                    last[0] = end;
                    return 0;
                });
                if (found > 0) {
                    b.append(text, last[0], text.length());
                    String rest = b.toString().strip();
                    p = TextChars.collapseSpaces(rest, 0, rest.length());
                }
            }
            paragraphs.set(i, p);
        }
        paragraphs.removeIf(String::isEmpty);
    }

    /** Removes "Published ..." lines; returns the first, for the date it gives. */
    private String removePublished(List<String> paragraphs, Removals removals) {
        String first = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Rule rule = RuleMatchers.firstMatch(published, publishedMatchers, paragraphs.get(i));
            if (rule != null) {
                first = first == null ? paragraphs.get(i) : first;
                removals.removed(rule, paragraphs.remove(i--));
            }
        }
        return first;
    }

    private void unglueSentences(List<String> paragraphs, Removals removals) {
        int[] count = {0};
        List<String> glued = keepRemoved ? new ArrayList<>() : null;
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphs.set(i, GluedSentences.unglue(paragraphs.get(i), unglue.number(), count, glued));
        }
        if (count[0] > 0) {
            removals.removed.merge(unglue.name(), count[0], Integer::sum); // spaces put in, not text removed
        }
        if (glued != null) {
            glued.forEach(g -> removals.spans.add(new Removal(unglue.name(), g))); // the words as they were glued
        }
    }

    /** Unmarked captions; the first paragraph (the lead) is never one. */
    private void dropCaptions(List<String> paragraphs, Removals removals) {
        for (int i = 1; i < paragraphs.size(); i++) {
            if (Captions.isCaption(paragraphs.get(i), caption.number())) {
                removals.removed(caption, paragraphs.remove(i--));
            }
        }
    }

    private boolean isBoxEntry(String p) {
        return RuleMatchers.firstMatch(listItem, listItemMatchers, p) != null
                || RuleMatchers.firstMatch(boxItem, boxItemMatchers, p) != null;
    }

    private List<String> dropFurniture(List<String> paragraphs, Removals removals) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            Rule rule = RuleMatchers.firstMatch(drop, dropMatchers, p);
            if (rule != null) {
                removals.removed(rule, p);
                continue;
            }
            rule = RuleMatchers.firstMatch(dropBlock, dropBlockMatchers, p);
            if (rule != null) {
                removals.removed(rule, p);
                while (i + 1 < paragraphs.size() && isBoxEntry(paragraphs.get(i + 1))) {
                    removals.removed(rule, paragraphs.get(++i));
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
        if (ParagraphText.endsSentence(p) || RuleMatchers.firstMatch(listItem, listItemMatchers, next) != null) {
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

    private List<String> dropRepeats(List<String> paragraphs, Removals removals) {
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
            long key = ParagraphText.repeatKey(p);
            int earlier = earlierCopy(seen.get(key), key, p, kept);
            if (earlier < 0) {
                seen.putIfAbsent(key, kept.size());
                kept.add(p);
            } else if (!ParagraphText.endsSentence(kept.get(earlier)) && ParagraphText.endsSentence(p)) {
                removals.removed(repeat, kept.get(earlier));
                kept.set(earlier, p);
            } else {
                removals.removed(repeat, p);
            }
        }
        return kept;
    }

    /** The index of a kept paragraph with the same letters as {@code p}, or -1. */
    private int earlierCopy(Integer candidate, long key, String p, List<String> kept) {
        if (candidate == null) {
            return -1;
        }
        if (ParagraphText.sameLetters(kept.get(candidate), p)) {
            return candidate;
        }
        // the same opening but a different paragraph: look for another copy (rare, so a plain scan)
        for (int i = 0; i < kept.size(); i++) {
            String other = kept.get(i);
            if (other.length() >= repeat.number() && ParagraphText.repeatKey(other) == key && ParagraphText.sameLetters(other, p)) {
                return i;
            }
        }
        return -1;
    }

    /** What one article's cleaning removed. */
    private final class Removals {
        final Map<String, Integer> removed = new LinkedHashMap<>();
        final List<Removal> spans = keepRemoved ? new ArrayList<>() : List.of();
        /** Characters of whole paragraphs removed as furniture (not repeats or inline markers). */
        int furnitureChars;

        void removed(Rule rule, String text) {
            removed.merge(rule.name(), 1, Integer::sum);
            if (rule.kind() != Kind.DROP_REPEAT && rule.kind() != Kind.DROP_INLINE) {
                furnitureChars += text.length();
            }
            if (keepRemoved) {
                spans.add(new Removal(rule.name(), text));
            }
        }
    }
}
