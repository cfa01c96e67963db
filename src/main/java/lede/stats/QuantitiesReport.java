package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code stats quantities}: the quantities {@code extract} wrote, one row per kind and unit with count and
 * documents; with {@code top} the most frequent values of each kind and unit instead; with a period ({@code --by
 * week}) the claims over time: per period and unit the count, sum and max of the values. {@code unit} keeps one
 * unit only (ignoring case; "null" for bare counts).
 */
// Serializable: lede.spark sends each partition's report to the driver to be merged
public final class QuantitiesReport implements MergeableReport<List<Docs.Quantity>, QuantitiesReport>, java.io.Serializable {
    private final String unit;
    private final Docs.Period by;
    private final int top;

    /** A group of quantities: count, documents, sum and max of their values. */
    private static final class Group implements java.io.Serializable {
        final String period;
        final String kind;
        final String unit;
        final String value;
        long count;
        long documents;
        BigDecimal sum = BigDecimal.ZERO;
        double max = Double.NEGATIVE_INFINITY;

        Group(String period, String kind, String unit, String value) {
            this.period = period;
            this.kind = kind;
            this.unit = unit;
            this.value = value;
        }
    }

    private final Map<List<String>, Group> groups = new HashMap<>();

    /**
     * @param unit only quantities in this unit ("people", "USD"; "null" for bare counts); null for all
     * @param by   a period for rows over time, or null
     * @param top  the N most frequent values per kind and unit (ignored with {@code by}); 0 for the kind-unit table
     */
    public QuantitiesReport(String unit, Docs.Period by, int top) {
        this.unit = unit;
        this.by = by;
        this.top = top;
    }

    @Override
    public List<Docs.Quantity> prepare(ObjectNode document) {
        return Docs.quantities(document);
    }

    @Override
    public void add(ObjectNode document, List<Docs.Quantity> quantities, Consumer<ObjectNode> rows) {
        String period = by == null ? null : by.of(Docs.day(document));
        Set<List<String>> seen = new HashSet<>();
        for (Docs.Quantity q : quantities) {
            if (unit != null && !(unit.equalsIgnoreCase(String.valueOf(q.unit())))) {
                continue;
            }
            String value = by == null && top > 0 ? number(q.value()) : null;
            List<String> key = java.util.Arrays.asList(period, q.kind(), q.unit(), value);
            Group g = groups.computeIfAbsent(key, k -> new Group(period, q.kind(), q.unit(), value));
            g.count++;
            g.sum = g.sum.add(BigDecimal.valueOf(q.value()));
            g.max = Math.max(g.max, q.value());
            if (seen.add(key)) {
                g.documents++;
            }
        }
    }

    /** Sums are exact (BigDecimal), so the parts add up to the whole whatever the split. */
    @Override
    public void merge(QuantitiesReport later) {
        later.groups.forEach((key, theirs) -> {
            Group g = groups.computeIfAbsent(key,
                    k -> new Group(theirs.period, theirs.kind, theirs.unit, theirs.value));
            g.count += theirs.count;
            g.documents += theirs.documents;
            g.sum = g.sum.add(theirs.sum);
            g.max = Math.max(g.max, theirs.max);
        });
    }

    @Override
    public void finish(Consumer<ObjectNode> rows) {
        List<Group> all = new ArrayList<>(groups.values());
        if (by != null) {
            all.sort(Comparator.comparing((Group g) -> g.period, Top::nullLast)
                    .thenComparing(g -> g.kind).thenComparing(g -> g.unit, Top::nullLast));
            for (Group g : all) {
                ObjectNode row = Json.object();
                row.put(by.fieldName(), g.period);
                row.put("kind", g.kind);
                row.put("unit", g.unit);
                row.put("count", g.count);
                putNumber(row, "sum", g.sum.doubleValue());
                putNumber(row, "max", g.max);
                rows.accept(row);
            }
            return;
        }
        Comparator<Group> byCount = Comparator.comparingLong((Group g) -> g.count).reversed()
                .thenComparing(Comparator.comparingLong((Group g) -> g.documents).reversed());
        if (top <= 0) {
            all.sort(byCount.thenComparing(g -> g.kind).thenComparing(g -> g.unit, Top::nullLast));
            for (Group g : all) {
                rows.accept(row(g, false));
            }
            return;
        }
        // the N most frequent values of each kind and unit, the busiest kind and unit first
        Map<List<String>, List<Group>> byUnit = new HashMap<>();
        Map<List<String>, Long> unitCounts = new HashMap<>();
        for (Group g : all) {
            List<String> unitKey = java.util.Arrays.asList(g.kind, g.unit);
            byUnit.computeIfAbsent(unitKey, k -> new ArrayList<>()).add(g);
            unitCounts.merge(unitKey, g.count, Long::sum);
        }
        List<List<String>> units = new ArrayList<>(byUnit.keySet());
        units.sort(Comparator.comparing((List<String> k) -> -unitCounts.get(k)).thenComparing(k -> k.get(0))
                .thenComparing(k -> k.get(1), Top::nullLast));
        Comparator<Group> valueOrder = byCount.thenComparingDouble(g -> Double.parseDouble(g.value));
        for (List<String> unitKey : units) {
            for (Group g : Top.first(byUnit.get(unitKey), top, valueOrder)) {
                rows.accept(row(g, true));
            }
        }
    }

    private static ObjectNode row(Group g, boolean withValue) {
        ObjectNode row = Json.object();
        row.put("kind", g.kind);
        row.put("unit", g.unit);
        if (withValue) {
            putNumber(row, "value", Double.parseDouble(g.value));
        }
        row.put("count", g.count);
        row.put("documents", g.documents);
        return row;
    }

    /** A value as a grouping key: whole numbers without ".0". */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Whole numbers as integers (2200000000, not 2.2E9), as extract writes them. */
    private static void putNumber(ObjectNode row, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 9.007199254740992E15) {
            row.put(field, (long) value);
        } else {
            row.put(field, value);
        }
    }
}
