package lede.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One SQLite table fed with rows: created at the first row (or found, when appending), widened with
 * {@code ALTER TABLE ... ADD COLUMN} when a row brings a new column. A column's declared type comes from
 * a preset or from its first value (TEXT, INTEGER, REAL; none when that was null). A field that so far
 * only held null or an empty array is added when it gets a value, or at {@link #finish()} unless it
 * turned out to be the parent of dotted columns ({@code speaker_mention} of {@code speaker_mention.text}).
 */
final class SqlTable {
    private final Connection connection;
    private final String name;
    private final Columns columns;
    private final Map<String, String> presets = new HashMap<>();
    private final Set<String> inDatabase = new HashSet<>();
    private boolean exists;
    /** Columns of {@link #columns} already sorted into {@link #stored} or {@link #pending}. */
    private int enqueued;
    /** Column indices that are in the table, in the insert statement's order. */
    private final List<Integer> stored = new ArrayList<>();
    /** Column indices not yet in the table. */
    private final List<Integer> pending = new ArrayList<>();
    private PreparedStatement insert;
    private boolean insertStale;
    private JsonNode[] cells;
    private long rows;

    SqlTable(Connection connection, String name, Columns columns) {
        this.connection = connection;
        this.name = name;
        this.columns = columns;
    }

    /** Declares the SQL type (and constraint) of a column, e.g. {@code TEXT PRIMARY KEY}. */
    SqlTable preset(String column, String definition) {
        presets.put(column, definition);
        return this;
    }

    Columns columns() {
        return columns;
    }

    String name() {
        return name;
    }

    long rows() {
        return rows;
    }

    boolean hasColumn(String column) {
        return inDatabase.contains(column);
    }

    /** Reads the columns of the table when it is already in the file (for appending). */
    void findExisting() throws SQLException {
        try (PreparedStatement info = connection.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            info.setString(1, name);
            try (ResultSet rs = info.executeQuery()) {
                while (rs.next()) {
                    exists = true;
                    inDatabase.add(rs.getString(1));
                }
            }
        }
    }

    /**
     * Creates the table, or adds its last columns, at the end of the run: also the columns that only
     * ever held null or an empty array, unless they turned out to be parents of dotted columns.
     */
    void finish() throws SQLException {
        enqueueNewColumns();
        List<Integer> now = new ArrayList<>();
        for (int i : pending) {
            if (!columns.hasDottedChildren(i)) {
                now.add(i);
            }
        }
        pending.clear();
        addColumns(now, null);
    }

    void insert(Row row) throws SQLException {
        int width = columns.size();
        cells = row.spread(cells, width);
        enqueueNewColumns();
        if (!pending.isEmpty()) {
            List<Integer> now = new ArrayList<>();
            for (Iterator<Integer> it = pending.iterator(); it.hasNext(); ) {
                int i = it.next();
                // a column that so far only held null or [] waits: it may be the parent of dotted columns
                if (!columns.isPlaceholder(i)) {
                    now.add(i);
                    it.remove();
                }
            }
            addColumns(now, cells);
        }
        if (stored.isEmpty()) {
            return; // nothing but nulls and empty arrays so far: nothing to store
        }
        if (insert == null || insertStale) {
            if (insert != null) {
                insert.close();
            }
            prepareInsert();
        }
        for (int p = 0; p < stored.size(); p++) {
            bind(p + 1, cells[stored.get(p)]);
        }
        insert.executeUpdate();
        rows++;
    }

    private void enqueueNewColumns() {
        for (int i = enqueued; i < columns.size(); i++) {
            if (inDatabase.contains(columns.name(i))) {
                stored.add(i);
                insertStale = true;
            } else {
                pending.add(i);
            }
        }
        enqueued = columns.size();
    }

    /** Creates the table with these columns, or adds them to it. */
    private void addColumns(List<Integer> add, JsonNode[] firstValues) throws SQLException {
        if (add.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (!exists) {
                StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(name)).append(" (");
                for (int k = 0; k < add.size(); k++) {
                    sql.append(k == 0 ? "" : ", ").append(definition(add.get(k), firstValues));
                }
                statement.execute(sql.append(")").toString());
                exists = true;
            } else {
                for (int i : add) {
                    statement.execute("ALTER TABLE " + quote(name) + " ADD COLUMN " + definition(i, firstValues));
                }
            }
        }
        for (int i : add) {
            inDatabase.add(columns.name(i));
            stored.add(i);
        }
        insertStale = true;
        if (insert != null) {
            insert.close();
            insert = null;
        }
    }

    private String definition(int i, JsonNode[] firstValues) {
        String column = columns.name(i);
        String type = presets.get(column);
        if (type == null) {
            type = firstValues == null || i >= firstValues.length ? "" : typeOf(firstValues[i]);
        }
        return type.isEmpty() ? quote(column) : quote(column) + " " + type;
    }

    private static String typeOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isIntegralNumber() || value.isBoolean()) {
            return value.canConvertToLong() || value.isBoolean() ? "INTEGER" : "TEXT";
        }
        return value.isNumber() ? "REAL" : "TEXT";
    }

    private void prepareInsert() throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(name)).append(" (");
        for (int p = 0; p < stored.size(); p++) {
            sql.append(p == 0 ? "" : ", ").append(quote(columns.name(stored.get(p))));
        }
        sql.append(") VALUES (").append("?, ".repeat(stored.size() - 1)).append("?)");
        insert = connection.prepareStatement(sql.toString());
        insertStale = false;
    }

    private void bind(int parameter, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(parameter, Types.NULL);
        } else if (value.isTextual()) {
            insert.setString(parameter, value.textValue());
        } else if (value.isIntegralNumber()) {
            if (value.canConvertToLong()) {
                insert.setLong(parameter, value.longValue());
            } else {
                insert.setString(parameter, value.asText());
            }
        } else if (value.isNumber()) {
            insert.setDouble(parameter, value.doubleValue());
        } else if (value.isBoolean()) {
            insert.setInt(parameter, value.booleanValue() ? 1 : 0);
        } else {
            insert.setString(parameter, value.toString());
        }
    }

    void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
