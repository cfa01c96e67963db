package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

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
 * under null), or with a speaker name one row per quote by that speaker, in input order.
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

    private long listed;

    @Override
    public List<Docs.Quote> prepare(ObjectNode document) {
        return Docs.quotes(document);
    }

    @Override
    public void add(ObjectNode document, List<Docs.Quote> quotes, Consumer<ObjectNode> rows) {
        String day = Docs.dayString(document);
        if (speaker != null) {
            for (Docs.Quote quote : quotes) {
                if (matches(quote) && (top <= 0 || listed < top)) {
                    listed++;
                    ObjectNode row = Json.object();
                    row.put("id", Docs.id(document));
                    row.put("date", day);
                    row.put("speaker", quote.speaker());
                    row.put("text", quote.text());
                    rows.accept(row);
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

    /** The per-speaker table only: a speaker's quotes are listed as they are found. */
    @Override
    public void merge(QuotesReport later) {
        if (speaker != null) {
            throw new IllegalStateException("the quotes of one speaker are listed as they are found: not in parts");
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

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        if (speaker != null) {
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
