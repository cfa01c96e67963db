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
public final class QuotesReport implements MergeableReport<List<Docs.Quote>, QuotesReport> {
    private final String speaker;
    private final int top;
    private final Map<String, Speaker> speakers = new HashMap<>();

    /**
     * @param speaker list this speaker's quotes (matches the canonical speaker, the mention as written, or the
     *                canonical's last word, ignoring case); null for the per-speaker table
     * @param top     keep the top speakers (or the first quotes) only; 0 for all
     */
    public QuotesReport(String speaker, int top) {
        this.speaker = speaker;
        this.top = top;
    }

    private static final class Speaker {
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
        for (Docs.Quote quote : quotes) {
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
        String canonical = quote.speaker();
        if (canonical != null && (canonical.equalsIgnoreCase(speaker)
                || canonical.toLowerCase(Locale.ROOT).endsWith(" " + speaker.toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return quote.speakerMention() != null && quote.speakerMention().equalsIgnoreCase(speaker);
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
        for (Speaker s : Top.first(speakers.values(), top, order)) {
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
}
