package lede.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code stats count}: documents, tokens, sentences and characters (code points of {@code text}) per group.
 * Tokens and sentences come from the document's {@code tokens}/{@code sentences} fields when
 * {@code extract} wrote them, else from {@link Words} (the same tokenizer). Rows sorted by the keys,
 * in order, ascending, null last.
 */
public final class CountReport implements MergeableReport<CountReport.Sizes, CountReport> {
    /** One document's sizes. */
    public record Sizes(long tokens, long sentences, long characters) {
    }

    private final List<String> by;
    private final Docs.Period[] periods;
    private final Map<List<String>, long[]> groups = new HashMap<>();

    /** {@code by}: day, week, month, year, or a field name (dots reach into objects); empty for one total row. */
    public CountReport(List<String> by) {
        this.by = List.copyOf(by);
        this.periods = new Docs.Period[by.size()];
        for (int i = 0; i < by.size(); i++) {
            periods[i] = Docs.Period.of(by.get(i));
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
        LocalDate day = null;
        boolean dayRead = false;
        for (int i = 0; i < key.length; i++) {
            if (periods[i] != null) {
                if (!dayRead) {
                    day = Docs.day(document);
                    dayRead = true;
                }
                key[i] = periods[i].of(day);
            } else {
                JsonNode value = Where.field(document, by.get(i));
                key[i] = value == null ? null : value.isValueNode() ? value.asText() : value.toString();
            }
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
        List<Map.Entry<List<String>, long[]>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(Map.Entry.comparingByKey(KEY_ORDER));
        for (Map.Entry<List<String>, long[]> entry : entries) {
            ObjectNode row = Json.object();
            for (int i = 0; i < by.size(); i++) {
                row.put(by.get(i), entry.getKey().get(i));
            }
            long[] totals = entry.getValue();
            row.put("documents", totals[0]);
            row.put("tokens", totals[1]);
            row.put("sentences", totals[2]);
            row.put("characters", totals[3]);
            rows.accept(row);
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
