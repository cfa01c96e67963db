package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.ToLongBiFunction;

/**
 * How a report groups its rows: by one {@link GroupKey} (null: no groups), with every period between the
 * first and the last present ({@code fill}, when the key is a period: a month without documents is a row of
 * zeros, not a gap a chart would draw straight across), and long (a row per group and name) or wide (a row per
 * group, a column per name: the shape a spreadsheet chart wants).
 */
public record Series(GroupKey by, boolean fill, boolean wide) {
    /** No groups. */
    public static final Series NONE = new Series(null, true, false);

    /** Grouped by {@code key} (null: no groups), filled, long. */
    public static Series by(String key) {
        return new Series(key == null ? null : GroupKey.of(key), true, false);
    }

    public boolean grouped() {
        return by != null;
    }

    /** The groups in row order: ascending, null (no date, no field) last; with fill, the empty periods too. */
    public List<String> keys(Collection<String> seen) {
        TreeSet<String> sorted = new TreeSet<>(Top::nullLast);
        sorted.addAll(seen);
        if (fill && by.period() != null) {
            sorted.addAll(by.period().span(seen));
        }
        return new ArrayList<>(sorted);
    }

    /** The wide rows: per group key its column ({@link GroupKey#name}), then a column per name in order. */
    public void writeWide(List<String> keys, List<String> names, ToLongBiFunction<String, String> value,
                          Consumer<ObjectNode> rows) {
        for (String key : keys) {
            ObjectNode row = Json.object();
            row.put(by.name(), key);
            for (String name : names) {
                row.put(name == null ? "(none)" : name, value.applyAsLong(key, name));
            }
            rows.accept(row);
        }
    }
}
