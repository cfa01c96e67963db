package lede.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One SQLite table fed with rows: created at the first row (or found, when appending), widened with
 * {@code ALTER TABLE ... ADD COLUMN} when a row brings a new column. A column's declared type comes from
 * a preset or from its first value (TEXT, INTEGER, REAL; none when that was null).
 */
final class SqlTable {
    private final Connection connection;
    private final String name;
    private final Columns columns;
    private final Map<String, String> presets = new HashMap<>();
    private final Set<String> inDatabase = new HashSet<>();
    private boolean exists;
    private int checked;
    private PreparedStatement insert;
    private int insertWidth = -1;
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

    /** Creates the table now with the columns registered so far (it is otherwise created at the first row). */
    void create() throws SQLException {
        ensureColumns(null);
    }

    void insert(Row row) throws SQLException {
        int width = columns.size();
        if (width == 0) {
            return; // an empty record: nothing to store, and SQLite has no table without columns
        }
        cells = row.spread(cells, width);
        ensureColumns(cells);
        if (insertWidth != width) {
            prepareInsert(width);
        }
        for (int i = 0; i < width; i++) {
            bind(i + 1, cells[i]);
        }
        insert.executeUpdate();
        rows++;
    }

    private void ensureColumns(JsonNode[] firstValues) throws SQLException {
        int width = columns.size();
        if (checked == width && exists) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (!exists) {
                StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(name)).append(" (");
                for (int i = 0; i < width; i++) {
                    sql.append(i == 0 ? "" : ", ").append(definition(i, firstValues));
                    inDatabase.add(columns.name(i));
                }
                statement.execute(sql.append(")").toString());
                exists = true;
            } else {
                for (int i = checked; i < width; i++) {
                    if (inDatabase.add(columns.name(i))) {
                        statement.execute("ALTER TABLE " + quote(name) + " ADD COLUMN " + definition(i, firstValues));
                    }
                }
            }
        }
        checked = width;
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

    private void prepareInsert(int width) throws SQLException {
        if (insert != null) {
            insert.close();
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(name)).append(" (");
        for (int i = 0; i < width; i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.name(i)));
        }
        sql.append(") VALUES (").append("?, ".repeat(Math.max(0, width - 1))).append(width > 0 ? "?" : "").append(")");
        insert = connection.prepareStatement(sql.toString());
        insertWidth = width;
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
