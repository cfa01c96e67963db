package lede.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.Lede;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {
    @TempDir
    Path dir;
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = Lede.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    Path ndjson(String name, List<ObjectNode> records) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, records.stream().map(ObjectNode::toString).collect(Collectors.joining("\n")) + "\n");
        return file;
    }

    @Test
    void htmlReportNamesTheCommandAsTyped() throws IOException {
        Path in = ndjson("docs.ndjson", Fixtures.documents());
        Path page = dir.resolve("report.html");
        assertEquals(0, run("export", "--html", page.toString(), in.toString()));
        String html = Files.readString(page);
        assertTrue(html.contains("\"command\":\"lede export --html " + page + " " + in + "\""), "export named once");
        assertEquals("", err.toString());
    }

    @Test
    void csvToAFile() throws IOException {
        Path in = ndjson("docs.ndjson", Fixtures.documents());
        Path out = dir.resolve("docs.csv");
        assertEquals(0, run("export", "-o", out.toString(), in.toString()));
        List<CSVRecord> records = CsvExportTest.parse(Files.readString(out), ',');
        assertEquals(7, records.size());
        assertEquals(Fixtures.TRICKY_TITLE, records.get(5).get("title"));
        assertEquals("'" + Fixtures.HYPERLINK, records.get(6).get("title"));
        assertEquals("", err.toString());
    }

    @Test
    void explodeEntitiesGivesOneRowPerMention() throws IOException {
        Path in = ndjson("docs.ndjson", Fixtures.documents());
        Path out = dir.resolve("mentions.csv");
        assertEquals(0, run("export", "--explode", "entities",
                "--fields", "id,date,entities.text,entities.type,entities.canonical", "-o", out.toString(),
                in.toString()));
        List<CSVRecord> records = CsvExportTest.parse(Files.readString(out), ',');
        assertEquals(110, records.size());
        assertEquals(List.of("004_05a6c317fb3580cc", "2022-09-09", "Kyiv", "CITY", "Kyiv"), records.get(56).toList());
    }

    @Test
    void statsRowsToXlsxAndSqlite() throws Exception {
        Path in = ndjson("stats.ndjson", Fixtures.statsRows());
        Path xlsx = dir.resolve("entities.xlsx");
        assertEquals(0, run("export", "--xlsx", xlsx.toString(), in.toString()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(4, workbook.getSheetAt(0).getLastRowNum());
            assertEquals("Kherson", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
        Path db = dir.resolve("stats.db");
        assertEquals(0, run("export", "--sqlite", db.toString(), "--table", "entities", in.toString()));
        assertEquals(List.of(List.of(4)), SqliteExportTest.query(db, "SELECT COUNT(*) FROM entities"));
        assertEquals("", err.toString());
    }

    @Test
    void tableNamesTheDocumentsLayoutNeedsAreRefused() throws Exception {
        Path in = ndjson("stats.ndjson", Fixtures.statsRows());
        Path db = dir.resolve("t.db");
        for (String name : List.of("documents", "DOCUMENTS", "documents_fts", "documents_fts_data", "Documents_FTS_idx",
                "sqlite_master", "SQLITE_x")) {
            err.getBuffer().setLength(0);
            assertEquals(2, run("export", "--sqlite", db.toString(), "--table", name, in.toString()), name);
            assertEquals("lede export: --table " + name + ": that name is kept for documents (documents, "
                    + "documents_fts..., sqlite_...); choose another\n", err.toString().replace(System.lineSeparator(), "\n"));
            assertFalse(Files.exists(db), name);
        }
    }

    @Test
    void aChildTableNameIsRefusedInAFileWithDocuments() throws Exception {
        Path docs = ndjson("docs.ndjson", Fixtures.documents());
        Path rows = ndjson("stats.ndjson", Fixtures.statsRows());
        Path db = dir.resolve("news.db");
        assertEquals(0, run("export", "--sqlite", db.toString(), docs.toString()));
        List<List<Object>> entities = SqliteExportTest.query(db, "SELECT COUNT(*) FROM entities");
        for (String name : List.of("entities", "Quotes", "quantities", "DATES")) {
            err.getBuffer().setLength(0);
            assertEquals(2, run("export", "--sqlite", db.toString(), "--table", name, rows.toString()), name);
            assertEquals("lede export: --table " + name + ": the documents in this file use that table; "
                    + "choose another name", err.toString().strip());
        }
        assertEquals(entities, SqliteExportTest.query(db, "SELECT COUNT(*) FROM entities"));
        assertEquals(List.of(List.of(7)), SqliteExportTest.query(db, "SELECT COUNT(*) FROM documents_fts"));
    }

    @Test
    void conflictingOptionsAreRefused() {
        assertEquals(1, run("export", "--csv", "--xlsx", dir.resolve("x.xlsx").toString()));
        assertEquals(1, run("export", "--delimiter", "ab"));
        assertEquals(1, run("export", "--append"));
        assertEquals(1, run("export", "--sqlite", "x.db", "-o", "y"));
        assertEquals("lede export: choose one of --csv, --tsv, --xlsx, --sqlite, --html (--excel goes with --csv or --tsv)\n"
                + "lede export: --delimiter takes one character other than a quote or line break, not 'ab'\n"
                + "lede export: --append and --table go with --sqlite\n"
                + "lede export: --xlsx and --sqlite name their own file; leave out -o\n", err.toString());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void badLineStopsTheRunOrIsSkipped() throws IOException {
        Path in = dir.resolve("bad.ndjson");
        Files.writeString(in, Fixtures.statsRows().get(0) + "\n{not json\n" + Fixtures.statsRows().get(1) + "\n");
        Path out = dir.resolve("out.csv");
        assertEquals(1, run("export", "-o", out.toString(), in.toString()));
        assertEquals("lede export: " + in + ":2: not valid JSON", err.toString().substring(0, err.toString().indexOf(
                "JSON") + 4));
        assertFalse(Files.exists(out), "no half-written CSV");

        Path rejects = dir.resolve("rejects.ndjson");
        err.getBuffer().setLength(0);
        assertEquals(0, run("export", "-o", out.toString(), "--skip-bad", rejects.toString(), in.toString()));
        assertEquals(2, CsvExportTest.parse(Files.readString(out), ',').size());
        assertEquals("lede export: skipped 1 bad record (see " + rejects + ")\n", err.toString());
    }
}
