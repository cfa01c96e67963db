package lede.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an export, in a stable order. Open (the default): a name gets the next index the first
 * time it is seen, so the order is the first row's, then new names as they appear. Fixed
 * ({@code --fields}): exactly the names given, and any other name is not a column.
 */
public final class Columns {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean fixed;
    /** Columns only an empty array has named so far: they may turn out to be parents of dotted columns. */
    private final BitSet placeholders = new BitSet();

    private Columns(boolean fixed) {
        this.fixed = fixed;
    }

    public static Columns open() {
        return new Columns(false);
    }

    public static Columns fixed(List<String> names) {
        Columns columns = new Columns(true);
        for (String name : names) {
            if (!columns.index.containsKey(name)) {
                columns.index.put(name, columns.names.size());
                columns.names.add(name);
            }
        }
        return columns;
    }

    /** The index of {@code name}, adding it when open; -1 when fixed and not one of the fields. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i != null) {
            return i;
        }
        if (fixed) {
            return -1;
        }
        index.put(name, names.size());
        names.add(name);
        return names.size() - 1;
    }

    /**
     * Keeps a place for {@code name} (an empty array) in the column order when open; the place goes to the
     * array's dotted columns ({@code entities.text}, ...) should later elements turn out to be objects.
     */
    public void reserve(String name) {
        if (!fixed && !index.containsKey(name)) {
            placeholders.set(indexOf(name));
        }
    }

    /** Notes that column {@code i} holds a value, so it is no longer just a reserved place. */
    void filled(int i) {
        placeholders.clear(i);
    }

    boolean isPlaceholder(int i) {
        return placeholders.get(i);
    }

    /**
     * The column indices in header order: registration order, except that a reserved place whose name
     * turned out to be the parent of dotted columns is taken by those columns.
     */
    public int[] order() {
        // a reserved place whose name is the parent of dotted columns never held a value: leave it out
        BitSet dropped = new BitSet();
        for (int i = placeholders.nextSetBit(0); i >= 0; i = placeholders.nextSetBit(i + 1)) {
            if (hasDottedChildren(names.get(i))) {
                dropped.set(i);
            }
        }
        int[] order = new int[names.size()];
        BitSet placed = new BitSet();
        int n = 0;
        for (int i = 0; i < names.size(); i++) {
            if (placed.get(i)) {
                continue;
            }
            if (dropped.get(i)) {
                // its dotted columns take its place, unless they already have one
                String dotted = names.get(i) + ".";
                for (int j = 0; j < names.size(); j++) {
                    if (!placed.get(j) && !dropped.get(j) && names.get(j).startsWith(dotted)) {
                        order[n++] = j;
                        placed.set(j);
                    }
                }
                continue;
            }
            order[n++] = i;
            placed.set(i);
        }
        return Arrays.copyOf(order, n);
    }

    private boolean hasDottedChildren(String name) {
        String dotted = name + ".";
        for (String other : names) {
            if (other.startsWith(dotted)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code name} is a column (or, when open, would become one). */
    public boolean accepts(String name) {
        return !fixed || index.containsKey(name);
    }

    /** True when {@code name} is one of the fixed fields (always false when open). */
    public boolean isField(String name) {
        return fixed && index.containsKey(name);
    }

    /** True when some fixed field lies under {@code prefix} ({@code prefix.x...}); always true when open. */
    public boolean anyUnder(String prefix) {
        if (!fixed) {
            return true;
        }
        String dotted = prefix + ".";
        for (String name : names) {
            if (name.equals(prefix) || name.startsWith(dotted)) {
                return true;
            }
        }
        return false;
    }

    public boolean isFixed() {
        return fixed;
    }

    public int size() {
        return names.size();
    }

    public String name(int i) {
        return names.get(i);
    }

    public List<String> names() {
        return Collections.unmodifiableList(names);
    }
}
