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
 * <p>
 * Callers name a value by its path of keys, each key {@link #escape escaped} and joined with dots, so the
 * key {@code "a.b"} ({@code a\.b}) and the nested {@code {"a":{"b":..}}} ({@code a.b}) stay two paths.
 * Both would show as the column name {@code a.b}: when open, a path whose name is taken gets a suffix
 * ({@code a.b_2}) and {@link #renames()} says so. Columns for SQLite have plain names, the dots of a path
 * made underscores ({@code meta_lang}, not {@code "meta.lang"}), so a query needs no quotes; there names
 * that differ only in ASCII case clash too, as SQLite ignores that case.
 */
public final class Columns implements java.io.Serializable {
    private final List<String> names = new ArrayList<>();
    /** The escaped key path of each column (for fixed columns, the name as given). */
    private final List<String> paths = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** Column names taken: folded to lower case when {@link #ignoreCase} → as written. */
    private final Map<String, String> taken = new HashMap<>();
    private final List<String> renames = new ArrayList<>();
    private final boolean fixed;
    private final boolean ignoreCase;
    /** Dots become underscores in column names (SQLite). */
    private final boolean plain;
    /** Columns only an empty array has named so far: they may turn out to be parents of dotted columns. */
    private final BitSet placeholders = new BitSet();

    private Columns(boolean fixed, boolean ignoreCase, boolean plain) {
        this.fixed = fixed;
        this.ignoreCase = ignoreCase;
        this.plain = plain;
    }

    public static Columns open() {
        return new Columns(false, false, false);
    }

    /**
     * Open columns for SQLite: plain names ({@code meta_lang} for the path {@code meta.lang}), and
     * {@code Source} and {@code source} name the same column.
     */
    public static Columns forSqlite() {
        return new Columns(false, true, true);
    }

    /** Exactly {@code names}, matched against the dotted names of paths ({@code a.b} for either kind). */
    public static Columns fixed(List<String> names) {
        Columns columns = new Columns(true, false, false);
        for (String name : names) {
            if (!columns.index.containsKey(name)) {
                columns.index.put(name, columns.names.size());
                columns.names.add(name);
                columns.paths.add(name);
            }
        }
        return columns;
    }

    /** A key as one step of a path: {@code .} and {@code \} escaped with {@code \}. */
    public static String escape(String key) {
        if (key.indexOf('.') < 0 && key.indexOf('\\') < 0) {
            return key;
        }
        return key.replace("\\", "\\\\").replace(".", "\\.");
    }

    /** The dotted name of an escaped path, as a user sees it: {@code a\.b} and {@code a.b} are both a.b. */
    static String dotted(String path) {
        if (path.indexOf('\\') < 0) {
            return path;
        }
        StringBuilder name = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                c = path.charAt(++i);
            }
            name.append(c);
        }
        return name.toString();
    }

    /** The index of the column for {@code path}, adding it when open; -1 when fixed and not one of the fields. */
    public int indexOf(String path) {
        Integer i = index.get(fixed ? dotted(path) : path);
        if (i != null) {
            return i;
        }
        if (fixed) {
            return -1;
        }
        String name = plain ? dotted(path).replace('.', '_') : dotted(path);
        String holder = taken.putIfAbsent(fold(name), name);
        if (holder != null) {
            String first = name;
            for (int n = 2; taken.putIfAbsent(fold(name = first + "_" + n), name) != null; n++) {
                // the next free suffix
            }
            renames.add("the field " + describePath(path) + " is the column " + name + ": " + holder
                    + " already names another field's column" + (ignoreCase ? " (SQLite ignores case)" : ""));
        }
        index.put(path, names.size());
        names.add(name);
        paths.add(path);
        return names.size() - 1;
    }

    private String fold(String name) {
        if (!ignoreCase) {
            return name;
        }
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c); // SQLite folds ASCII only
        }
        return folded.toString();
    }

    /** A path as JSON keys, for messages: {@code a\.b.c} is ["a.b"]["c"]. */
    private static String describePath(String path) {
        StringBuilder out = new StringBuilder();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '.';
            if (c == '\\' && i + 1 < path.length()) {
                key.append(path.charAt(++i));
            } else if (c == '.') {
                out.append(lede.io.Json.MAPPER.getNodeFactory().arrayNode().add(key.toString()));
                key.setLength(0);
            } else {
                key.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Adds the columns of {@code later}, the open columns of rows that came after this one's (another part of
     * the input, flattened apart): the result is the columns of all the rows flattened in one go, with the same
     * order, names and renames. Returns where each of {@code later}'s columns is in this one.
     */
    public int[] merge(Columns later) {
        if (fixed || later.fixed) {
            throw new IllegalStateException("only open columns merge");
        }
        int[] into = new int[later.size()];
        for (int j = 0; j < later.size(); j++) {
            String path = later.paths.get(j);
            Integer known = index.get(path);
            int i = known != null ? known : indexOf(path);
            // a place only an empty array named stays one while no part filled it
            if (known == null && later.placeholders.get(j)) {
                placeholders.set(i);
            } else if (!later.placeholders.get(j)) {
                placeholders.clear(i);
            }
            into[j] = i;
        }
        return into;
    }

    /** One message per column that got a suffix because its name was taken. */
    public List<String> renames() {
        return Collections.unmodifiableList(renames);
    }

    /**
     * Keeps a place for {@code name} (an empty array) in the column order when open; the place goes to the
     * array's dotted columns ({@code entities.text}, ...) should later elements turn out to be objects.
     */
    public void reserve(String path) {
        if (!fixed && !index.containsKey(path)) {
            placeholders.set(indexOf(path));
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
            if (hasDottedChildren(i)) {
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
                String dotted = paths.get(i) + ".";
                for (int j = 0; j < names.size(); j++) {
                    if (!placed.get(j) && !dropped.get(j) && paths.get(j).startsWith(dotted)) {
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

    /** True when some column's path lies under column {@code i}'s ({@code speaker_mention.text}). */
    boolean hasDottedChildren(int i) {
        String dotted = paths.get(i) + ".";
        for (String other : paths) {
            if (other.startsWith(dotted)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code name} is a column (or, when open, would become one). */
    public boolean accepts(String path) {
        return !fixed || index.containsKey(dotted(path));
    }

    /** True when {@code name} is one of the fixed fields (always false when open). */
    public boolean isField(String path) {
        return fixed && index.containsKey(dotted(path));
    }

    /** True when some fixed field lies under {@code prefix} ({@code prefix.x...}); always true when open. */
    public boolean anyUnder(String prefix) {
        if (!fixed) {
            return true;
        }
        String name = dotted(prefix);
        String dotted = name + ".";
        for (String field : names) {
            if (field.equals(name) || field.startsWith(dotted)) {
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
