package lede.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;

/**
 * One output row as it is built: (column index, cell) pairs in the order they were set. A cell is a JSON
 * scalar (text, number, boolean or null), so each format can keep the value's type. Reused between rows.
 */
public final class Row {
    private int[] columns = new int[32];
    private JsonNode[] cells = new JsonNode[32];
    private int size;

    public void clear() {
        truncate(0);
    }

    /** Drops the pairs after the first {@code newSize} (used to reuse a parent's cells for each child). */
    public void truncate(int newSize) {
        Arrays.fill(cells, newSize, size, null);
        size = newSize;
    }

    public void add(int column, JsonNode cell) {
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            cells = Arrays.copyOf(cells, size * 2);
        }
        columns[size] = column;
        cells[size] = cell;
        size++;
    }

    public int size() {
        return size;
    }

    public int column(int i) {
        return columns[i];
    }

    public JsonNode cell(int i) {
        return cells[i];
    }

    /**
     * Spreads the cells over {@code width} slots by column index (missing cells stay null); returns the
     * array, grown when it was too small.
     */
    public JsonNode[] spread(JsonNode[] into, int width) {
        JsonNode[] dense = into == null || into.length < width ? new JsonNode[width] : into;
        Arrays.fill(dense, 0, width, null);
        for (int i = 0; i < size; i++) {
            dense[columns[i]] = cells[i];
        }
        return dense;
    }
}
