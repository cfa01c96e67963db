package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code stats quotes}: quotes per speaker (the canonical speaker {@code extract} wrote; unattributed quotes
 * under null), or with a speaker name one row per quote by that speaker, in input order. Those rows are written
 * as they are found; in parts ({@link #inParts}) each part holds them and merging appends a later part's rows
 * (up to {@code top}), so they come out in input order as over the whole.
 */
// Serializable: lede.spark sends each partition's report to the driver to be merged
public final class QuotesReport implements MergeableReport<List<Docs.Quote>, QuotesReport>, java.io.Serializable {
    private final String speaker;
    /** List every quote, whoever the speaker (the HTML report's quotes table). */
    private final boolean everyQuote;
    private final int top;
    private final Series series;
    private final Map<String, Speaker> speakers = new HashMap<>();
    /** group (null: no date or no field) -> speaker (null: unattributed) -> {quotes, documents}. */
    private final Map<String, Map<String, long[]>> byGroup = new HashMap<>();

    /**
     * @param speaker list this speaker's quotes (matches the canonical speaker, the mention as written, or the
     *                canonical's last word, ignoring case); null for the per-speaker table
     * @param top     keep the top speakers (or the first quotes) only; 0 for all
     */
    public QuotesReport(String speaker, int top) {
        this(speaker, top, Series.NONE);
    }

    /** @param series grouped (per-speaker table only): one row per group and speaker, or wide a column per speaker */
    public QuotesReport(String speaker, int top, Series series) {
        this(speaker, false, top, series);
    }

    /** One row per quote of any speaker (unattributed ones too), in input order: the first {@code top}. */
    public static QuotesReport every(int top) {
        return new QuotesReport("", true, top, Series.NONE);
    }

    private QuotesReport(String speaker, boolean everyQuote, int top, Series series) {
        this.speaker = speaker;
        this.everyQuote = everyQuote;
        this.top = top;
        this.series = series;
        if (speaker != null && series.grouped()) {
            throw new lede.io.LedeException("--by goes with the per-speaker table, not with --speaker");
        }
    }

    private static final class Speaker implements java.io.Serializable {
        final String name;
        long quotes;
        long documents;
        String firstDate;
        String lastDate;
        String example;

        Speaker(String name) {
            this.name = name;
        }
    }

    /** Quotes of the one speaker written or held so far, for {@code top}. */
    private long listed;
    /** Those quotes held until finish when in parts; null when they are written as they are found. */
    private List<ObjectNode> held;

    @Override
    public List<Docs.Quote> prepare(ObjectNode document) {
        return Docs.quotes(document);
    }

    @Override
    public void add(ObjectNode document, List<Docs.Quote> quotes, Consumer<ObjectNode> rows) {
        String day = Docs.dayString(document);
        if (speaker != null) {
            Consumer<ObjectNode> out = held == null ? rows : held::add;
            for (Docs.Quote quote : quotes) {
                if (matches(quote) && (top <= 0 || listed < top)) {
                    listed++;
                    ObjectNode row = Json.object();
                    row.put("id", Docs.id(document));
                    row.put("date", day);
                    row.put("speaker", quote.speaker());
                    row.put("text", quote.text());
                    out.accept(row);
                }
            }
            return;
        }
        Set<String> seen = new HashSet<>();
        Map<String, long[]> group = series.grouped()
                ? byGroup.computeIfAbsent(series.by().of(document), k -> new HashMap<>()) : null;
        for (Docs.Quote quote : quotes) {
            if (group != null) {
                long[] counts = group.computeIfAbsent(quote.speaker(), k -> new long[2]);
                counts[0]++;
                if (!seen.contains(quote.speaker())) {
                    counts[1]++;
                }
            }
            Speaker s = speakers.computeIfAbsent(quote.speaker(), Speaker::new);
            s.quotes++;
            if (s.example == null) {
                s.example = quote.text();
            }
            if (seen.add(quote.speaker())) {
                s.documents++;
                if (day != null) {
                    s.firstDate = s.firstDate == null || day.compareTo(s.firstDate) < 0 ? day : s.firstDate;
                    s.lastDate = s.lastDate == null || day.compareTo(s.lastDate) > 0 ? day : s.lastDate;
                }
            }
        }
    }

    private boolean matches(Docs.Quote quote) {
        if (everyQuote) {
            return true;
        }
        String canonical = quote.speaker();
        if (canonical != null && (canonical.equalsIgnoreCase(speaker)
                || canonical.toLowerCase(Locale.ROOT).endsWith(" " + speaker.toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return quote.speakerMention() != null && quote.speakerMention().equalsIgnoreCase(speaker);
    }

    @Override
    public boolean readsMergedNames() {
        return true;
    }

    @Override
    public void inParts() {
        if (speaker != null) {
            held = new ArrayList<>();
        }
    }

    /** One speaker's quotes: the later part's follow this part's, as far as {@code top} allows. */
    @Override
    public void merge(QuotesReport later) {
        if (speaker != null) {
            appendHeld(later);
            return;
        }
        later.speakers.forEach((name, theirs) -> {
            Speaker s = speakers.computeIfAbsent(name, Speaker::new);
            s.quotes += theirs.quotes;
            s.documents += theirs.documents;
            if (s.example == null) {
                s.example = theirs.example;
            }
            s.firstDate = Top.nullLast(s.firstDate, theirs.firstDate) <= 0 ? s.firstDate : theirs.firstDate;
            s.lastDate = s.lastDate == null || theirs.lastDate != null && theirs.lastDate.compareTo(s.lastDate) > 0
                    ? theirs.lastDate : s.lastDate;
        });
        later.byGroup.forEach((key, theirs) -> {
            Map<String, long[]> mine = byGroup.computeIfAbsent(key, k -> new HashMap<>());
            theirs.forEach((name, counts) -> {
                long[] to = mine.computeIfAbsent(name, k -> new long[2]);
                to[0] += counts[0];
                to[1] += counts[1];
            });
        });
    }

    private void appendHeld(QuotesReport later) {
        if (later.held == null) {
            throw new IllegalStateException("a later part wrote its quotes as it read: tell it inParts() first");
        }
        if (held == null) {
            held = new ArrayList<>();
        }
        for (ObjectNode row : later.held) {
            if (top > 0 && listed >= top) {
                return;
            }
            held.add(row);
            listed++;
        }
    }

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        if (speaker != null) {
            // without parts every quote was written as it was found
            if (held != null) {
                held.forEach(rows);
                held.clear();
            }
            return;
        }
        Comparator<Speaker> order = Comparator.comparingLong((Speaker s) -> s.quotes).reversed()
                .thenComparing(Comparator.comparingLong((Speaker s) -> s.documents).reversed())
                .thenComparing((a, b) -> Top.nullLast(a.name, b.name));
        List<Speaker> ranked = Top.first(speakers.values(), top, order);
        if (series.grouped()) {
            writeGroups(ranked, rows);
            return;
        }
        for (Speaker s : ranked) {
            ObjectNode row = Json.object();
            row.put("speaker", s.name);
            row.put("quotes", s.quotes);
            row.put("documents", s.documents);
            row.put("first_date", s.firstDate);
            row.put("last_date", s.lastDate);
            row.put("example", s.example);
            rows.accept(row);
        }
    }

    /** Per group the ranked speakers by quotes there (with fill, every speaker in every period). */
    private void writeGroups(List<Speaker> ranked, Consumer<ObjectNode> rows) {
        List<String> keys = series.keys(byGroup.keySet());
        if (series.wide()) {
            series.writeWide(keys, ranked.stream().map(s -> s.name).toList(), (key, name) -> {
                long[] counts = byGroup.getOrDefault(key, java.util.Collections.emptyMap()).get(name);
                return counts == null ? 0 : counts[0];
            }, rows);
            return;
        }
        boolean filled = series.fill() && series.by().period() != null;
        for (String key : keys) {
            Map<String, long[]> group = byGroup.getOrDefault(key, java.util.Collections.emptyMap());
            List<Speaker> present = new ArrayList<>();
            for (Speaker s : ranked) {
                if (filled && key != null || group.containsKey(s.name)) {
                    present.add(s);
                }
            }
            Comparator<Speaker> inGroup = Comparator.comparingLong((Speaker s) -> count(group, s.name, 0)).reversed()
                    .thenComparing(Comparator.comparingLong((Speaker s) -> count(group, s.name, 1)).reversed())
                    .thenComparing((a, b) -> Top.nullLast(a.name, b.name));
            present.sort(inGroup);
            for (Speaker s : present) {
                ObjectNode row = Json.object();
                row.put(series.by().name(), key);
                row.put("speaker", s.name);
                row.put("quotes", count(group, s.name, 0));
                row.put("documents", count(group, s.name, 1));
                rows.accept(row);
            }
        }
    }

    private static long count(Map<String, long[]> group, String name, int which) {
        long[] counts = group.get(name);
        return counts == null ? 0 : counts[which];
    }
}
