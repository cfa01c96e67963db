package lede.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.BadRecordException;
import lede.io.LedeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteExportTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();

    /** Entity mentions per document: grep -o 'Kherson\|Kyiv\|Kiev\|Putin\|Zelenskyy\?' seeds/... | wc -l */
    static final Map<String, Long> ENTITIES_PER_DOCUMENT = new LinkedHashMap<>();

    static {
        ENTITIES_PER_DOCUMENT.put("000_908ccf2e5f0b18b0", 18L);
        ENTITIES_PER_DOCUMENT.put("001_e346fb210af27363", 6L);
        ENTITIES_PER_DOCUMENT.put("002_9b7bed599d2e3ec6", 19L);
        ENTITIES_PER_DOCUMENT.put("003_7d3ec2061dc0c35b", 13L);
        ENTITIES_PER_DOCUMENT.put("004_05a6c317fb3580cc", 48L);
        ENTITIES_PER_DOCUMENT.put("formula", 0L);
        ENTITIES_PER_DOCUMENT.put("tricky", 6L);
    }

    Map<String, Long> export(Path file, List<ObjectNode> records, SqliteExport.Kind kind, boolean append) {
        SqliteExport.Options options = new SqliteExport.Options(kind, "rows", append, CsvExportTest.ALL);
        return SqliteExport.write(records.iterator(), file, options,
                (record, reason) -> {
                    rejected.add(reason);
                    throw new BadRecordException("test", rejected.size(), reason);
                }, warnings::add);
    }

    static List<List<Object>> query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static Map<String, Long> entitiesPerDocument(Path file) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (List<Object> row : query(file, "SELECT d.id, COUNT(e.document_id) FROM documents d "
                + "LEFT JOIN entities e ON e.document_id = d.id GROUP BY d.id ORDER BY d.id")) {
            counts.put((String) row.get(0), ((Number) row.get(1)).longValue());
        }
        return counts;
    }

    @Test
    void documentsAndEntitiesAnswerAJoinQuery() throws SQLException {
        Path file = dir.resolve("news.db");
        Map<String, Long> counts = export(file, Fixtures.documents(), SqliteExport.Kind.AUTO, false);
        assertEquals(7L, counts.get("documents"));
        assertEquals(110L, counts.get("entities"));
        assertEquals(ENTITIES_PER_DOCUMENT, entitiesPerDocument(file));
        assertEquals(List.of(List.of("Kherson", 53)), query(file, "SELECT canonical, COUNT(*) FROM entities "
                + "WHERE type = 'CITY' GROUP BY canonical ORDER BY COUNT(*) DESC LIMIT 1"));
        // offsets, nested objects and types survive
        assertEquals(List.of(List.of("Putin", "PERSON", "Vladimir Putin", 83, 88, 0)), query(file,
                "SELECT text, type, canonical, start, \"end\", position FROM entities "
                        + "WHERE document_id = '000_908ccf2e5f0b18b0' AND position = 0"));
        assertEquals(List.of(List.of("Ministry of Defence", "Ministry of Defense", "integer")), query(file,
                "SELECT speaker, speaker_mention_text, typeof(speaker_mention_start) FROM quotes "
                        + "WHERE document_id = '000_908ccf2e5f0b18b0' AND position = 0"));
        assertEquals(List.of(List.of("document_id"), List.of("position"), List.of("text"), List.of("speaker"),
                        List.of("speaker_mention_text"), List.of("speaker_mention_start"),
                        List.of("speaker_mention_end"), List.of("cue"), List.of("start"), List.of("end")),
                query(file, "SELECT name FROM pragma_table_info('quotes')"), "no column for speaker_mention: null");
        assertEquals(List.of(List.of("seed 000", "war; ukraine", "2022-08-06")), query(file,
                "SELECT meta_outlet, meta_tags, date FROM documents WHERE id = '000_908ccf2e5f0b18b0'"));
        assertEquals(List.of(List.of(Fixtures.TRICKY_TITLE)), query(file, "SELECT title FROM documents WHERE id = 'tricky'"));
        assertEquals(List.of(List.of(Fixtures.HYPERLINK, -5)), query(file,
                "SELECT title, change FROM documents WHERE id = 'formula'"));
        assertEquals(List.of(), rejected);
    }

    /* Two seeds printed twice: the reprints carry dup.of, and a Datasette user filters on is_copy and dup_of. */
    @Test
    void copiesArePlainColumns() throws SQLException {
        Path file = dir.resolve("copies.db");
        List<ObjectNode> records = new ArrayList<>();
        for (ObjectNode seed : Fixtures.documents()) {
            records.add(seed.deepCopy());
        }
        ObjectNode kept = records.get(0);
        kept.putObject("dup").put("cluster", kept.get("id").asText()).put("size", 2);
        ObjectNode reprint = kept.deepCopy();
        reprint.put("id", "reprint-of-000");
        reprint.putObject("dup").put("cluster", kept.get("id").asText()).put("of", kept.get("id").asText())
                .put("similarity", 0.91).put("containment", 0.97).put("method", "near");
        records.add(reprint);
        export(file, records, SqliteExport.Kind.AUTO, false);
        assertEquals(List.of(List.of(0, records.size() - 1), List.of(1, 1)),
                query(file, "SELECT is_copy, COUNT(*) FROM documents GROUP BY is_copy ORDER BY is_copy"));
        assertEquals(List.of(List.of("reprint-of-000", "000_908ccf2e5f0b18b0", "000_908ccf2e5f0b18b0", 0.91, 0.97,
                        "near", kept.get("title").asText())),
                query(file, "SELECT id, dup_cluster, dup_of, dup_similarity, dup_containment, dup_method, title "
                        + "FROM documents WHERE is_copy = 1"));
    }

    @Test
    void fullTextIndexFindsDocuments() throws SQLException {
        Path file = dir.resolve("news.db");
        export(file, Fixtures.documents(), SqliteExport.Kind.AUTO, false);
        // grep -l Belgorod seeds/*: 001, 003, 004 (and "tricky", a copy of 001)
        assertEquals(List.of(List.of("001_e346fb210af27363"), List.of("003_7d3ec2061dc0c35b"),
                        List.of("004_05a6c317fb3580cc"), List.of("tricky")),
                query(file, "SELECT id FROM documents WHERE rowid IN "
                        + "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Belgorod') ORDER BY id"));
        assertEquals(List.of(List.of("tricky")), query(file, "SELECT id FROM documents WHERE rowid IN "
                + "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'title:Слава')"));
        List<List<Object>> indexes = query(file,
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        assertEquals(List.of(List.of("dates_document_id"), List.of("documents_date"), List.of("entities_canonical"),
                List.of("entities_document_id"), List.of("entities_text"), List.of("quantities_document_id"),
                List.of("quotes_document_id"), List.of("quotes_speaker")), indexes);
    }

    @Test
    void rerunReplacesAndAppendAdds() throws SQLException {
        Path file = dir.resolve("news.db");
        export(file, Fixtures.documents(), SqliteExport.Kind.AUTO, false);
        export(file, Fixtures.documents(), SqliteExport.Kind.AUTO, false);
        assertEquals(ENTITIES_PER_DOCUMENT, entitiesPerDocument(file));

        List<ObjectNode> more = Fixtures.documents().subList(0, 2);
        more.forEach(doc -> doc.put("id", "again-" + doc.get("id").asText()));
        more.get(0).put("added_later", "a new column");
        export(file, more, SqliteExport.Kind.AUTO, true);
        Map<String, Long> counts = entitiesPerDocument(file);
        assertEquals(9, counts.size());
        assertEquals(18L, counts.get("again-000_908ccf2e5f0b18b0"));
        assertEquals(List.of(List.of(9, 1)), query(file, "SELECT COUNT(*), COUNT(added_later) FROM documents"));
        // Kherson is in all five seeds, "tricky" and the two added copies; not in "formula"
        assertEquals(List.of(List.of(8)), query(file, "SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH 'Kherson'"));
    }

    @Test
    void aFailedRunLeavesTheFileAsItWas() throws Exception {
        Path file = dir.resolve("news.db");
        export(file, Fixtures.documents(), SqliteExport.Kind.AUTO, false);
        byte[] before = Files.readAllBytes(file);
        List<ObjectNode> duplicate = Fixtures.documents();
        duplicate.add(Fixtures.documents().get(0)); // the same id twice
        BadRecordException e = assertThrows(BadRecordException.class,
                () -> export(file, duplicate, SqliteExport.Kind.AUTO, false));
        assertEquals("duplicate id 000_908ccf2e5f0b18b0", rejected.get(0));
        assertTrue(e.getMessage().endsWith("duplicate id 000_908ccf2e5f0b18b0"));
        assertEquals(ENTITIES_PER_DOCUMENT, entitiesPerDocument(file));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "not a byte changed");

        Path fresh = dir.resolve("fresh.db");
        assertThrows(BadRecordException.class, () -> export(fresh, duplicate, SqliteExport.Kind.AUTO, false));
        assertFalse(Files.exists(fresh), "a file this run created is removed");
    }

    @Test
    void emptyInputLeavesTheFileAlone() throws Exception {
        Path file = dir.resolve("news.db");
        export(file, Fixtures.documents(), SqliteExport.Kind.AUTO, false);
        byte[] before = Files.readAllBytes(file);
        assertEquals(Map.of(), export(file, List.of(), SqliteExport.Kind.AUTO, false));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
        assertEquals(List.of("no records: " + file + " left as it was"), warnings);
        Path none = dir.resolve("none.db");
        export(none, List.of(), SqliteExport.Kind.ROWS, false);
        assertFalse(Files.exists(none));
    }

    @Test
    void documentWithoutIdIsABadRecord() {
        List<ObjectNode> documents = Fixtures.documents();
        documents.get(2).remove("id");
        Path file = dir.resolve("news.db");
        assertThrows(BadRecordException.class, () -> export(file, documents, SqliteExport.Kind.AUTO, false));
        assertEquals(List.of("document without an id (needed as the key of the documents table)"), rejected);
    }

    @Test
    void notADatabaseFailsClearly() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database\n".repeat(100));
        LedeException e = assertThrows(LedeException.class,
                () -> export(file, Fixtures.statsRows(), SqliteExport.Kind.AUTO, false));
        assertEquals(file + ": not an SQLite database; choose another file name", e.getMessage());
        assertEquals("these are my notes, not a database\n".repeat(100), Files.readString(file));
    }

    @Test
    void statsRowsGoToOneTypedTable() throws SQLException {
        Path file = dir.resolve("stats.db");
        Map<String, Long> counts = export(file, Fixtures.statsRows(), SqliteExport.Kind.AUTO, false);
        assertEquals(Map.of("rows", 4L), counts);
        assertEquals(List.of(List.of("rows")), query(file, "SELECT name FROM sqlite_master WHERE type = 'table'"));
        assertEquals(List.of(
                        List.of("Kherson", "CITY", 59, 5, "text", "null"),
                        List.of("Vladimir Putin", "PERSON", 19, 4, "text", "null"),
                        List.of(Fixtures.HYPERLINK, "MISC", 1, 1, "null", "null"),
                        List.of("Kyiv", "CITY", 17, 3, "text", "real")),
                query(file, "SELECT entity, type, mentions, documents, typeof(last_seen), typeof(share) FROM rows"));
        assertEquals(List.of(List.of(-5, -0.3)), query(file, "SELECT change, share FROM rows WHERE change IS NOT NULL"));
        // the same rows again with --append: 8
        export(file, Fixtures.statsRows(), SqliteExport.Kind.ROWS, true);
        assertEquals(List.of(List.of(8)), query(file, "SELECT COUNT(*) FROM rows"));
    }

    @Test
    void quoteListingsWithIdAndTextAreRowsNotDocuments() throws SQLException {
        // the shape of `lede stats quotes` listings: several rows per document id
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode doc : Fixtures.documents().subList(0, 1)) {
            for (var quote : doc.get("quotes")) {
                ObjectNode row = lede.io.Json.object();
                row.put("id", doc.get("id").asText());
                row.put("date", doc.get("date").asText());
                row.set("speaker", quote.get("speaker"));
                row.put("text", quote.get("text").asText());
                rows.add(row);
            }
        }
        assertFalse(SqliteExport.isDocument(rows.get(0)));
        assertTrue(SqliteExport.isDocument(Fixtures.documents().get(0)));
        Path file = dir.resolve("quotes.db");
        assertEquals(Map.of("rows", (long) rows.size()), export(file, rows, SqliteExport.Kind.AUTO, false));
        assertEquals(List.of(List.of(rows.size(), 1)), query(file, "SELECT COUNT(*), COUNT(DISTINCT id) FROM rows"));
        assertTrue(rows.size() > 1);
    }

    @Test
    void explodedRowsGoToOneTable() throws SQLException {
        Path file = dir.resolve("mentions.db");
        SqliteExport.Options options = new SqliteExport.Options(SqliteExport.Kind.AUTO, "mentions", false,
                new SheetExport.Shape(List.of("id", "date", "entities.text", "entities.canonical"), "entities", "; "));
        Map<String, Long> counts = SqliteExport.write(Fixtures.documents().iterator(), file, options,
                (record, reason) -> rejected.add(reason), warnings::add);
        assertEquals(Map.of("mentions", 110L), counts);
        assertEquals(List.of(List.of("000_908ccf2e5f0b18b0", "2022-08-06", "Putin", "Vladimir Putin")),
                query(file, "SELECT * FROM mentions LIMIT 1"));
    }
}
