package lede.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import lede.io.BadOptionException;
import lede.io.DocumentView;
import lede.io.LedeException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes records into an SQLite file that {@code sqlite3} or Datasette can query at once.
 * <p>
 * Documents go to a table {@code documents} (key {@code id}; {@code is_copy} 1 for a document lede dedupe
 * marked as a copy, else 0; nested objects as columns named by their path with underscores, such as
 * {@code meta_topics} or {@code dup_of}, other arrays as joined text) and their {@code entities}, {@code quotes},
 * {@code quantities} and {@code dates} to tables of those names, one row per element, with
 * {@code document_id} and {@code position} (the element's index in the array, from 0). The document text
 * (and title) get an FTS5 full-text index, {@code documents_fts}. Other rows (stats results, or any
 * records with {@code --fields}/{@code --explode}) go to one table.
 * <p>
 * Everything happens in one transaction: the tables written are replaced (other tables in the file stay)
 * or, when appending, added to; any failure rolls the file back to what it was, and a file this run
 * created is removed.
 */
public final class SqliteExport {
    /** Whether records are documents (with child tables) or plain rows; AUTO looks at the first record. */
    public enum Kind { AUTO, DOCUMENTS, ROWS }

    public record Options(Kind kind, String table, boolean append, SheetExport.Shape shape) {
    }

    /** Called with a record that cannot be stored (no id, a duplicate id) and why. */
    @FunctionalInterface
    public interface BadRecords {
        void reject(ObjectNode record, String reason);
    }

    /** The child tables: array field → the columns its elements are known to have, with SQL types. */
    static final Map<String, Map<String, String>> CHILD_TABLES = childTables();

    private SqliteExport() {
    }

    /**
     * True when {@code --table NAME} would replace or break a table the documents layout needs in any file:
     * documents (its full-text index reads it), the index and its shadow tables, and SQLite's own
     * ({@code sqlite_*}). SQLite compares names ignoring ASCII case, and so does this. The child tables'
     * names (entities, ...) are refused only in a file that holds documents: see {@link #write}.
     */
    public static boolean isReservedTable(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("documents") || lower.startsWith("documents_fts") || lower.startsWith("sqlite_");
    }

    /**
     * True when a record looks like a lede document: it has {@code id} and {@code text}, and also
     * {@code source} (ingest always sets it), {@code meta} or one of extract's arrays. {@code id} and
     * {@code text} alone are not enough: {@code stats quotes} lists quotes as {@code {id, date, speaker,
     * text}}, several rows per document.
     */
    public static boolean isDocument(ObjectNode record) {
        if (!record.has("id") || !record.has("text")) {
            return false;
        }
        if (record.has("source") || record.has("meta")) {
            return true;
        }
        for (String array : CHILD_TABLES.keySet()) {
            if (record.has(array)) {
                return true;
            }
        }
        return false;
    }

    /** Writes {@code records} to {@code file}; returns the number of rows written per table. */
    public static Map<String, Long> write(Iterator<ObjectNode> records, Path file, Options options,
                                          BadRecords bad, Consumer<String> warnings) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!records.hasNext()) {
            // an empty input is more often a failed step upstream than a wish to empty the tables
            warnings.accept("no records: " + file + " left as it was");
            return counts;
        }
        ObjectNode first = records.next();
        boolean existed = Files.exists(file);
        // Ctrl-C or SIGTERM skips the clean-up below: a file this run created goes then too, with its journal
        Thread removeOnExit = new Thread(() -> deleteQuietly(file), "lede-sqlite-cleanup");
        if (!existed) {
            Runtime.getRuntime().addShutdownHook(removeOnExit);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA cache_size = -65536");
                }
                connection.setAutoCommit(false);
                Kind kind = options.kind();
                if (options.shape().fields() != null || options.shape().explode() != null) {
                    kind = Kind.ROWS;
                } else if (kind == Kind.AUTO) {
                    kind = isDocument(first) ? Kind.DOCUMENTS : Kind.ROWS;
                }
                if (kind == Kind.DOCUMENTS) {
                    new Documents(connection, options, bad).write(first, records, counts, warnings);
                } else {
                    writeRows(connection, options, first, records, counts, warnings);
                }
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                rollback(connection);
                throw e;
            }
        } catch (SQLException e) {
            if (!existed) {
                deleteQuietly(file);
            }
            throw new LedeException(file + ": " + describe(e), e);
        } catch (RuntimeException e) {
            if (!existed) {
                deleteQuietly(file);
            }
            throw e;
        } finally {
            if (!existed) {
                try {
                    Runtime.getRuntime().removeShutdownHook(removeOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // interrupted at the very end: the hook runs
                }
            }
        }
        return counts;
    }

    private static void writeRows(Connection connection, Options options, ObjectNode first,
                                  Iterator<ObjectNode> records, Map<String, Long> counts,
                                  Consumer<String> warnings) throws SQLException {
        SheetExport.Shape shape = options.shape();
        if (isReservedTable(options.table()) || CHILD_TABLES.containsKey(options.table().toLowerCase(java.util.Locale.ROOT))
                && hasTable(connection, "documents")) {
            throw new BadOptionException("--table " + options.table() + ": the documents in this file use that table; "
                    + "choose another name");
        }
        Columns columns = shape.fields() == null ? Columns.forSqlite() : Columns.fixed(shape.fields());
        SqlTable table = new SqlTable(connection, options.table(), columns);
        prepare(connection, List.of(table), options.append());
        Flattener flattener = new Flattener(columns, shape.join(), shape.explode(), Set.of());
        RowSink sink = row -> {
            try {
                table.insert(row);
            } catch (SQLException e) {
                throw new IOException(e);
            }
        };
        try {
            for (ObjectNode record = first; record != null; record = records.hasNext() ? records.next() : null) {
                flattener.rows(record, sink);
            }
        } catch (IOException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
        }
        table.finish();
        table.close();
        if (shape.explode() != null && !flattener.explodeSeen()) {
            warnings.accept("no record has the field " + shape.explode() + " to explode: wrote no rows");
        }
        counts.put(table.name(), table.rows());
        columns.renames().forEach(warnings);
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (java.sql.PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
            query.setString(1, name);
            try (java.sql.ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Drops the tables (replace) or reads their columns (append). */
    private static void prepare(Connection connection, List<SqlTable> tables, boolean append) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (SqlTable table : tables) {
                if (append) {
                    table.findExisting();
                } else {
                    statement.execute("DROP TABLE IF EXISTS " + SqlTable.quote(table.name()));
                }
            }
        }
    }

    /** Documents and their child tables. */
    private static final class Documents {
        private final Connection connection;
        private final Options options;
        private final BadRecords bad;
        private final SqlTable documents;
        private final Flattener documentFlattener;
        private final Map<String, SqlTable> children = new LinkedHashMap<>();
        private final Map<String, Flattener> childFlatteners = new LinkedHashMap<>();
        private final Row row = new Row();
        private final int isCopy;

        Documents(Connection connection, Options options, BadRecords bad) {
            this.connection = connection;
            this.options = options;
            this.bad = bad;
            Columns columns = Columns.forSqlite();
            columns.indexOf("id");
            isCopy = columns.indexOf("is_copy");
            documents = new SqlTable(connection, "documents", columns).preset("id", "TEXT PRIMARY KEY");
            documentFlattener = new Flattener(columns, options.shape().join(), null, CHILD_TABLES.keySet());
            for (Map.Entry<String, Map<String, String>> child : CHILD_TABLES.entrySet()) {
                Columns childColumns = Columns.forSqlite();
                SqlTable table = new SqlTable(connection, child.getKey(), childColumns)
                        .preset("document_id", "TEXT NOT NULL REFERENCES documents(id)")
                        .preset("position", "INTEGER NOT NULL");
                childColumns.indexOf("document_id");
                childColumns.indexOf("position");
                for (Map.Entry<String, String> column : child.getValue().entrySet()) {
                    table.preset(childColumns.name(childColumns.indexOf(column.getKey())), column.getValue());
                }
                children.put(child.getKey(), table);
                childFlatteners.put(child.getKey(), new Flattener(childColumns, options.shape().join()));
            }
        }

        void write(ObjectNode first, Iterator<ObjectNode> records, Map<String, Long> counts,
                   Consumer<String> warnings) throws SQLException {
            List<SqlTable> all = new ArrayList<>();
            all.add(documents);
            all.addAll(children.values());
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS documents_fts");
                if (!options.append()) {
                    // children first: they refer to documents
                    for (int i = all.size() - 1; i >= 0; i--) {
                        statement.execute("DROP TABLE IF EXISTS " + SqlTable.quote(all.get(i).name()));
                    }
                }
            }
            for (SqlTable table : all) {
                if (options.append()) {
                    table.findExisting();
                }
            }
            for (ObjectNode record = first; record != null; record = records.hasNext() ? records.next() : null) {
                document(record);
            }
            for (SqlTable table : all) {
                table.finish();
            }
            indexes();
            for (SqlTable table : all) {
                table.close();
                counts.put(table.name(), table.rows());
                table.columns().renames().forEach(warning -> warnings.accept(table.name() + ": " + warning));
            }
        }

        private void document(ObjectNode record) throws SQLException {
            JsonNode id = record.get("id");
            if (id == null || id.isNull() || id.isContainerNode()) {
                bad.reject(record, "document without an id (needed as the key of the documents table)");
                return;
            }
            documentFlattener.row(record, row);
            row.add(isCopy, IntNode.valueOf(new DocumentView(record).isCopy() ? 1 : 0));
            try {
                documents.insert(row);
            } catch (SQLException e) {
                if (e.getMessage() != null && e.getMessage().contains("UNIQUE constraint failed")) {
                    bad.reject(record, "duplicate id " + id.asText()
                            + (options.append() ? " (already in the file or earlier in the input)" : ""));
                    return;
                }
                throw e;
            }
            TextNode documentId = TextNode.valueOf(id.asText());
            for (Map.Entry<String, SqlTable> child : children.entrySet()) {
                JsonNode array = record.get(child.getKey());
                if (array == null || !array.isArray()) {
                    continue;
                }
                Flattener flattener = childFlatteners.get(child.getKey());
                int position = 0;
                for (JsonNode element : array) {
                    if (element.isObject()) {
                        flattener.row((ObjectNode) element, row);
                    } else {
                        row.clear();
                        row.add(child.getValue().columns().indexOf("value"), element);
                    }
                    row.add(0, documentId);
                    row.add(1, IntNode.valueOf(position++));
                    child.getValue().insert(row);
                }
            }
        }

        private void indexes() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                for (SqlTable table : children.values()) {
                    index(statement, table, "document_id");
                }
                index(statement, children.get("entities"), "canonical");
                index(statement, children.get("entities"), "text");
                index(statement, children.get("quotes"), "speaker");
                index(statement, documents, "date");
                List<String> searchable = new ArrayList<>();
                for (String column : List.of("title", "text")) {
                    if (documents.hasColumn(column)) {
                        searchable.add(SqlTable.quote(column));
                    }
                }
                if (!searchable.isEmpty()) {
                    // external content: the index refers to documents' rows instead of copying the text
                    statement.execute("CREATE VIRTUAL TABLE documents_fts USING fts5("
                            + String.join(", ", searchable) + ", content='documents', content_rowid='rowid')");
                    statement.execute("INSERT INTO documents_fts(documents_fts) VALUES('rebuild')");
                }
            }
        }

        private static void index(Statement statement, SqlTable table, String column) throws SQLException {
            if (table.hasColumn(column)) {
                statement.execute("CREATE INDEX IF NOT EXISTS " + SqlTable.quote(table.name() + "_" + column)
                        + " ON " + SqlTable.quote(table.name()) + " (" + SqlTable.quote(column) + ")");
            }
        }
    }

    private static Map<String, Map<String, String>> childTables() {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        tables.put("entities", columns("text TEXT", "type TEXT", "canonical TEXT", "start INTEGER", "end INTEGER"));
        tables.put("quotes", columns("text TEXT", "speaker TEXT", "speaker_mention.text TEXT",
                "speaker_mention.start INTEGER", "speaker_mention.end INTEGER", "cue TEXT",
                "start INTEGER", "end INTEGER"));
        tables.put("quantities", columns("text TEXT", "kind TEXT", "value REAL", "unit TEXT", "approx INTEGER",
                "start INTEGER", "end INTEGER"));
        tables.put("dates", columns("text TEXT", "value TEXT", "start INTEGER", "end INTEGER"));
        return tables;
    }

    private static Map<String, String> columns(String... definitions) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String definition : definitions) {
            int space = definition.indexOf(' ');
            columns.put(definition.substring(0, space), definition.substring(space + 1));
        }
        return columns;
    }

    private static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_NOTADB")) {
            return "not an SQLite database; choose another file name";
        }
        return message.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is going away anyway; SQLite rolls back an unfinished transaction itself
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-journal"));
        } catch (IOException ignored) {
            // best effort: the file holds no committed data
        }
    }
}
