package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.io.LedeException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code stats count}: documents, tokens, sentences and characters (code points of {@code text}) per group.
 * Tokens and sentences come from the document's {@code tokens}/{@code sentences} fields when
 * {@code extract} wrote them, else from {@link Words} (the same tokenizer). Rows sorted by the keys,
 * in order, ascending, null last.
 */
// Serializable: lede.spark sends each partition's report to the driver to be merged
public final class CountReport implements MergeableReport<CountReport.Sizes, CountReport>, java.io.Serializable {
    /** One document's sizes. */
    public record Sizes(long tokens, long sentences, long characters) {
    }

    private final List<GroupKey> by;
    private final boolean fill;
    private final boolean wide;
    private final Map<List<String>, long[]> groups = new HashMap<>();

    /** {@code by}: day, week, month, year, or a field name (dots reach into objects); empty for one total row. */
    public CountReport(List<String> by) {
        this(by, true, false);
    }

    /**
     * @param fill with one period among the keys, every period from the first to the last appears for each
     *             combination of the other keys, with zeros where there were no documents
     * @param wide with two keys: a row per value of the first, a column of documents per value of the second
     */
    public CountReport(List<String> by, boolean fill, boolean wide) {
        this.by = by.stream().map(GroupKey::of).toList();
        this.fill = fill;
        this.wide = wide;
        if (wide && by.size() != 2) {
            throw new LedeException("--wide needs two --by keys: rows by the first, a column per value of the second");
        }
    }

    @Override
    public Sizes prepare(ObjectNode document) {
        String text = Docs.text(document);
        long characters = text.codePointCount(0, text.length());
        long tokens = Docs.count(document, "tokens");
        long sentences = Docs.count(document, "sentences");
        if (tokens < 0 || sentences < 0) {
            Words.Tokens tokenized = Words.tokenize(text);
            tokens = tokenized.tokens().size();
            sentences = tokenized.sentences();
        }
        return new Sizes(tokens, sentences, characters);
    }

    @Override
    public void add(ObjectNode document, Sizes sizes, Consumer<ObjectNode> rows) {
        String[] key = new String[by.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = by.get(i).of(document);
        }
        long[] totals = groups.computeIfAbsent(Arrays.asList(key), k -> new long[4]);
        totals[0]++;
        totals[1] += sizes.tokens;
        totals[2] += sizes.sentences;
        totals[3] += sizes.characters;
    }

    @Override
    public void merge(CountReport later) {
        later.groups.forEach((key, totals) -> {
            long[] mine = groups.computeIfAbsent(key, k -> new long[4]);
            for (int i = 0; i < mine.length; i++) {
                mine[i] += totals[i];
            }
        });
    }

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        if (fill) {
            fillPeriods();
        }
        if (wide) {
            Series series = new Series(by.get(0), false, true);
            List<String> keys = series.keys(groups.keySet().stream().map(k -> k.get(0)).toList());
            List<String> columns = new Series(by.get(1), false, false)
                    .keys(groups.keySet().stream().map(k -> k.get(1)).toList());
            series.writeWide(keys, columns, (key, column) -> {
                long[] totals = groups.get(Arrays.asList(key, column));
                return totals == null ? 0 : totals[0];
            }, rows);
            return;
        }
        List<Map.Entry<List<String>, long[]>> entries = new ArrayList<>(groups.entrySet());
        // not Map.Entry.comparingByKey: its serializable lambda is made at run time, outside the CDS archive
        entries.sort((a, b) -> KEY_ORDER.compare(a.getKey(), b.getKey()));
        for (Map.Entry<List<String>, long[]> entry : entries) {
            ObjectNode row = Json.object();
            for (int i = 0; i < by.size(); i++) {
                row.put(by.get(i).name(), entry.getKey().get(i));
            }
            long[] totals = entry.getValue();
            row.put("documents", totals[0]);
            row.put("tokens", totals[1]);
            row.put("sentences", totals[2]);
            row.put("characters", totals[3]);
            rows.accept(row);
        }
    }

    /** With exactly one period key: each combination of the other keys gets every period of the span. */
    private void fillPeriods() {
        int at = -1;
        for (int i = 0; i < by.size(); i++) {
            if (by.get(i).period() != null) {
                if (at >= 0) {
                    return;
                }
                at = i;
            }
        }
        if (at < 0) {
            return;
        }
        int periodAt = at;
        List<String> span = by.get(at).period().span(groups.keySet().stream().map(k -> k.get(periodAt)).toList());
        Set<List<String>> others = new HashSet<>();
        for (List<String> key : groups.keySet()) {
            List<String> other = new ArrayList<>(key);
            other.set(at, null);
            others.add(other);
        }
        for (List<String> other : others) {
            for (String period : span) {
                List<String> key = new ArrayList<>(other);
                key.set(at, period);
                groups.computeIfAbsent(key, k -> new long[4]);
            }
        }
    }

    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = Top.nullLast(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
