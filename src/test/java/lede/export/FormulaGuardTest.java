package lede.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormulaGuardTest {
    @Test
    void riskyCellsAreThoseASpreadsheetWouldEvaluate() {
        for (String risky : List.of("=1+1", Fixtures.HYPERLINK, "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
                "\tx", "\rx", "-", "+", "-5 soldiers", "--5", "-1e")) {
            assertTrue(FormulaGuard.isRisky(risky), risky);
            assertEquals("'" + risky, FormulaGuard.guard(risky));
        }
        for (String plain : List.of("-5", "-0.3%", "+3.2", "-1,000", "-1,000.50", "-.5", "+1e10", "-2.5E-3",
                "Kherson", "", "5", "a=b", " =x", "'=x")) {
            assertFalse(FormulaGuard.isRisky(plain), plain);
            assertEquals(plain, FormulaGuard.guard(plain));
        }
    }

    @Test
    void hyperlinkTitleIsHarmlessInCsvWhileNumbersStayNumbers() throws IOException {
        List<ObjectNode> documents = Fixtures.documents();
        CSVRecord formula = csv(documents, true).get(documents.size() - 1);
        assertEquals("'" + Fixtures.HYPERLINK, formula.get("title"));
        assertEquals("-5", formula.get("change"));
        assertEquals("-0.3%", formula.get("share"));
        assertEquals("'-minus sign text", formula.get("note"));

        CSVRecord unguarded = csv(documents, false).get(documents.size() - 1);
        assertEquals(Fixtures.HYPERLINK, unguarded.get("title"));
        assertEquals("-minus sign text", unguarded.get("note"));
    }

    @Test
    void hyperlinkTitleIsATextCellInXlsxAndMinusFiveANumber() throws IOException {
        Path file = Files.createTempFile("formula", ".xlsx");
        try {
            try (XlsxTable table = new XlsxTable(file, message -> { })) {
                SheetExport.write(Fixtures.documents().iterator(), CsvExportTest.ALL, table, message -> { });
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet sheet = workbook.getSheetAt(0);
                Map<String, Integer> columns = XlsxExportTest.header(sheet);
                var row = sheet.getRow(sheet.getLastRowNum());
                var title = row.getCell(columns.get("title"));
                assertEquals(CellType.STRING, title.getCellType());
                assertEquals(Fixtures.HYPERLINK, title.getStringCellValue(), "text as it is: no apostrophe needed");
                assertEquals(CellType.NUMERIC, row.getCell(columns.get("change")).getCellType());
                assertEquals(-5.0, row.getCell(columns.get("change")).getNumericCellValue());
                assertEquals(CellType.STRING, row.getCell(columns.get("share")).getCellType());
            }
            // no formula anywhere in the sheet XML
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(xml.contains("<f>"));
                assertTrue(xml.contains("=HYPERLINK(&quot;http://example.com&quot;,&quot;click&quot;)"));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void statsRowsWithNegativeNumbersAndAFormulaEntity() throws IOException {
        List<CSVRecord> rows = csv(Fixtures.statsRows(), true);
        assertEquals("'" + Fixtures.HYPERLINK, rows.get(2).get("entity"));
        assertEquals("-5", rows.get(3).get("change"));
        assertEquals("-0.3", rows.get(3).get("share"));
    }

    /** Without the guard any text comes back exactly, whatever its characters (seeded random texts). */
    @Test
    void anyTextRoundTripsThroughCsv() throws IOException {
        String[] pieces = {",", "\"", "\r", "\n", "\r\n", "\t", " ", "=", "-", "'", ";", "🇺🇦", "🙂", "שלום",
                "مرحبا", "Київ", "a", "Kherson", "\u0000", "\u001f", "\u2028", "\uFEFF", "#"};
        java.util.Random random = new java.util.Random(20221111);
        List<ObjectNode> records = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ObjectNode record = lede.io.Json.object();
            for (String field : List.of("title", "other")) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(8);
                for (int j = 0; j < length; j++) {
                    text.append(random.nextInt(4) == 0 ? Character.toString(random.nextInt(0x20, 0xD7FF))
                            : pieces[random.nextInt(pieces.length)]);
                }
                record.put(field, text.toString());
            }
            records.add(record);
        }
        List<CSVRecord> rows = csv(records, false);
        assertEquals(records.size(), rows.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(records.get(i).get("title").asText(), rows.get(i).get("title"));
            assertEquals(records.get(i).get("other").asText(), rows.get(i).get("other"));
        }
    }

    /** The cell as it was before the guard (for comparing guarded exports with their input). */
    static String unguard(String cell) {
        return cell.startsWith("'") && FormulaGuard.isRisky(cell.substring(1)) ? cell.substring(1) : cell;
    }

    static List<CSVRecord> csv(List<ObjectNode> records, boolean guard) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTable table = new CsvTable(out, new CsvTable.Style(',', false, guard))) {
            SheetExport.write(records.iterator(), CsvExportTest.ALL, table, message -> { });
        }
        return CsvExportTest.parse(CsvExportTest.utf8(out.toByteArray()), ',');
    }
}
