package lede.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxExportTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();

    XSSFWorkbook export(List<ObjectNode> records, SheetExport.Shape shape) throws IOException {
        Path file = dir.resolve("out.xlsx");
        try (XlsxTable table = new XlsxTable(file, warnings::add)) {
            SheetExport.write(records.iterator(), shape, table, warnings::add);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "only the finished workbook is left");
        }
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(0)) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    @Test
    void documentsReadBackWithTheSameValuesAndTypes() throws IOException {
        List<ObjectNode> documents = Fixtures.documents();
        try (XSSFWorkbook workbook = export(documents, CsvExportTest.ALL)) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(documents.size(), sheet.getLastRowNum());
            Map<String, Integer> columns = header(sheet);
            for (int i = 0; i < documents.size(); i++) {
                ObjectNode doc = documents.get(i);
                Row row = sheet.getRow(i + 1);
                for (String field : List.of("id", "title", "text")) {
                    Cell cell = row.getCell(columns.get(field));
                    assertEquals(CellType.STRING, cell.getCellType());
                    assertEquals(doc.get(field).asText(), cell.getStringCellValue(), doc.get("id") + " " + field);
                }
                if (doc.has("sentences")) {
                    Cell sentences = row.getCell(columns.get("sentences"));
                    assertEquals(CellType.NUMERIC, sentences.getCellType());
                    assertEquals(doc.get("sentences").asDouble(), sentences.getNumericCellValue());
                    assertEquals("war; ukraine", row.getCell(columns.get("meta.tags")).getStringCellValue());
                    assertEquals(CsvExportTest.joined(doc.get("entities"), "text"),
                            row.getCell(columns.get("entities.text")).getStringCellValue());
                }
            }
            Cell date = sheet.getRow(1).getCell(columns.get("date"));
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(LocalDateTime.of(2022, 8, 6, 0, 0), date.getLocalDateTimeCellValue());
            assertEquals("yyyy-mm-dd", date.getCellStyle().getDataFormatString());
            assertEquals(null, sheet.getRow(2).getCell(columns.get("date")), "seed 001 has no date: no cell");
            assertEquals((XlsxTable.MAX_WIDTH + 2) * 256, sheet.getColumnWidth(columns.get("text")), "capped");
            assertEquals(Fixtures.TRICKY_TITLE, sheet.getRow(6).getCell(columns.get("title")).getStringCellValue());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void autofilterOnTheHeaderRow() throws IOException {
        List<ObjectNode> rows = Fixtures.statsRows();
        try (XSSFWorkbook workbook = export(rows, CsvExportTest.ALL)) {
            var sheet = workbook.getSheetAt(0);
            int columns = sheet.getRow(0).getLastCellNum();
            assertEquals("A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1)
                    + (rows.size() + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void stylesheetHasTheNormalStyleAfterTheCellFormats() throws IOException {
        export(Fixtures.statsRows(), CsvExportTest.ALL).close();
        String styles;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("out.xlsx").toFile())) {
            styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        // the default named style openpyxl looks for, pointing at the default style format 0
        String normal = "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>";
        assertTrue(styles.contains(normal), styles);
        assertEquals(1, styles.split("<cellStyles", -1).length - 1, styles);
        // in the schema's order, or Excel calls the file damaged
        List<String> order = List.of("<numFmts", "<fonts", "<fills", "<borders", "<cellStyleXfs", "<cellXfs", "<cellStyles");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(styles.indexOf(order.get(i - 1)) < styles.indexOf(order.get(i)), order.get(i) + " in " + styles);
        }
        assertTrue(styles.indexOf("<cellStyleXfs count=\"1\"") > 0, styles);
    }

    @Test
    void headerIsBoldAndFrozen() throws IOException {
        try (XSSFWorkbook workbook = export(Fixtures.statsRows(), CsvExportTest.ALL)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (Cell cell : sheet.getRow(0)) {
                names.add(cell.getStringCellValue());
                assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold());
            }
            assertEquals(List.of("entity", "type", "mentions", "documents", "last_seen", "change", "share"), names);
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(0, pane.getVerticalSplitPosition());
            assertFalse(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold());
            // widths fit the widest value or header, in characters + 2
            assertEquals((Fixtures.HYPERLINK.length() + 2) * 256, sheet.getColumnWidth(0));
            assertEquals(("PERSON".length() + 2) * 256, sheet.getColumnWidth(1));
            assertEquals((12 + 2) * 256, sheet.getColumnWidth(2), "numbers: 12");
            assertEquals(("2022-09-09".length() + 2) * 256, sheet.getColumnWidth(4));
            Row kherson = sheet.getRow(1);
            assertEquals(59.0, kherson.getCell(2).getNumericCellValue());
            assertEquals(LocalDateTime.of(2022, 9, 9, 0, 0), kherson.getCell(4).getLocalDateTimeCellValue());
        }
    }

    @Test
    void dateTimesBecomeDateCellsButZonedOnesAndBadDatesStayText() throws IOException {
        List<ObjectNode> rows = List.of(
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"d\":\"1987-02-26T15:01:01\"}"),
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"d\":\"2022-09-09T10:00:00Z\"}"),
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"d\":\"2022-13-45\"}"),
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"d\":\"1850-01-01\"}"),
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"d\":12345678901234567890}"),
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"d\":9007199254740993}"),
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"d\":true}"));
        try (XSSFWorkbook workbook = export(rows, CsvExportTest.ALL)) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell dateTime = sheet.getRow(1).getCell(0);
            assertEquals(LocalDateTime.of(1987, 2, 26, 15, 1, 1), dateTime.getLocalDateTimeCellValue());
            assertEquals("yyyy-mm-dd hh:mm:ss", dateTime.getCellStyle().getDataFormatString());
            for (int r = 2; r <= 4; r++) {
                assertEquals(CellType.STRING, sheet.getRow(r).getCell(0).getCellType());
            }
            // integers Excel cannot hold exactly stay text with every digit
            assertEquals("12345678901234567890", sheet.getRow(5).getCell(0).getStringCellValue());
            assertEquals("9007199254740993", sheet.getRow(6).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(7).getCell(0).getBooleanCellValue());
        }
    }

    @Test
    void textOverTheCellLimitIsCutWithAWarning() throws IOException {
        ObjectNode doc = Fixtures.document(Fixtures.seedFiles().get(4));
        String seed = doc.get("text").asText();
        String longText = (seed + "🙂").repeat(2);
        doc.put("text", longText);
        try (XSSFWorkbook workbook = export(List.of(doc), new SheetExport.Shape(List.of("id", "text"), null, "; "))) {
            String cell = workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue();
            assertEquals(32767, cell.length());
            assertEquals(longText.substring(0, 32767), cell);
        }
        assertEquals(List.of("cut 1 text cell to Excel's limit of 32,767 characters (first: cell B2, column text)"),
                warnings);
    }
}
