package lede.export;

import com.fasterxml.jackson.databind.JsonNode;
import lede.io.LedeException;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import javax.xml.namespace.QName;

/**
 * An XLSX workbook with one sheet, written with POI's streaming SXSSF writer: only a window of rows is in
 * memory, the rest goes to a temporary file, so a million rows take no more memory than ten.
 * The header row is bold and frozen. JSON numbers become number cells, booleans boolean cells, texts that
 * are ISO dates ({@code 2022-08-06}) or local date-times ({@code 1987-02-26T15:01:01}) date cells; every
 * other text is a text cell, never a formula. Texts longer than Excel's cell limit are cut, with a warning.
 */
public final class XlsxTable implements TableWriter {
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();
    /** Integers beyond this lose digits as Excel's double numbers; they are written as text. */
    private static final long MAX_EXACT = 1L << 53;
    private static final int ROWS_IN_MEMORY = 100;

    private final AtomicFile file;
    private final Consumer<String> warnings;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final Thread disposeOnExit;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle headerStyle;
    private int rowNumber;
    private long cutCells;
    private String firstCut;
    private List<String> columns = List.of();
    /** Widest value per column, in characters, for the column widths (capped: a long text wraps). */
    private int[] widths = new int[0];
    static final int MAX_WIDTH = 60;

    public XlsxTable(Path target, Consumer<String> warnings) throws IOException {
        this.file = new AtomicFile(target);
        this.warnings = warnings;
        PoiTempFiles.install();
        this.workbook = new FastZipWorkbook();
        this.sheet = workbook.createSheet("data");
        // Ctrl-C or SIGTERM skips close(): the hook removes POI's temporary sheet file and our part file
        SXSSFWorkbook created = workbook;
        AtomicFile part = file;
        disposeOnExit = new Thread(() -> {
            created.dispose();
            try {
                part.close();
            } catch (IOException ignored) {
                // exiting anyway; deleteOnExit tries once more
            }
        }, "lede-xlsx-cleanup");
        Runtime.getRuntime().addShutdownHook(disposeOnExit);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        addNormalStyle(workbook);
    }

    /**
     * The named cell style "Normal" over the default format: POI writes none, and readers such as openpyxl then
     * warn "Workbook contains no default style". POI's reduced schema jar has no class for the cellStyles
     * element, so it is written with a cursor; POI's own parts of the stylesheet take their places before it
     * when the workbook is saved (the schema's order: ..., cellStyleXfs, cellXfs, cellStyles, dxfs, ...).
     */
    private static void addNormalStyle(SXSSFWorkbook workbook) {
        String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        try (XmlCursor cursor = workbook.getXSSFWorkbook().getStylesSource().getCTStylesheet().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(ns, "cellStyles"));
            cursor.insertAttributeWithValue("count", "1");
            cursor.beginElement(new QName(ns, "cellStyle"));
            cursor.insertAttributeWithValue("name", "Normal");
            cursor.insertAttributeWithValue("xfId", "0");
            cursor.insertAttributeWithValue("builtinId", "0");
        }
    }

    @Override
    public void header(List<String> columns) {
        if (columns.size() > MAX_COLUMNS) {
            throw new LedeException(columns.size() + " columns are more than an XLSX sheet holds ("
                    + MAX_COLUMNS + "); choose some with --fields");
        }
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
        }
        if (columns.isEmpty()) {
            return;
        }
        sheet.createFreezePane(0, 1);
        Row row = sheet.createRow(rowNumber++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(cut(columns.get(i), i));
            cell.setCellStyle(headerStyle);
        }
    }

    @Override
    public void row(JsonNode[] cells, int width) {
        if (rowNumber >= MAX_ROWS) {
            throw new LedeException("more rows than an XLSX sheet holds (" + (MAX_ROWS - 1)
                    + " after the header); use --csv or --sqlite, or fewer rows");
        }
        Row row = sheet.createRow(rowNumber++);
        for (int i = 0; i < width; i++) {
            JsonNode value = cells[i];
            if (value == null || value.isNull()) {
                continue;
            }
            Cell cell = row.createCell(i);
            int shown;
            if (value.isNumber()) {
                number(cell, value, i);
                shown = 12;
            } else if (value.isBoolean()) {
                cell.setCellValue(value.booleanValue());
                shown = 5;
            } else {
                String text = value.isTextual() ? value.textValue() : value.toString();
                text(cell, text, i);
                shown = text.length();
            }
            if (i < widths.length && shown > widths[i]) {
                widths[i] = Math.min(shown, MAX_WIDTH);
            }
        }
    }

    private void number(Cell cell, JsonNode value, int column) {
        if (value.isIntegralNumber() && !(value.canConvertToLong()
                && Math.abs(value.longValue()) <= MAX_EXACT)) {
            cell.setCellValue(value.asText()); // e.g. a 19-digit id: as a number Excel would round it
        } else {
            cell.setCellValue(value.doubleValue());
        }
    }

    private void text(Cell cell, String text, int column) {
        if (looksLikeDate(text)) {
            try {
                if (text.length() == 10) {
                    LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                    if (inExcelRange(date.getYear())) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                        return;
                    }
                } else {
                    LocalDateTime dateTime = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                    if (inExcelRange(dateTime.getYear())) {
                        cell.setCellValue(dateTime);
                        cell.setCellStyle(dateTimeStyle);
                        return;
                    }
                }
            } catch (DateTimeParseException e) {
                // not a date after all (2022-13-45, or a zone offset): stays text
            }
        }
        cell.setCellValue(cut(text, column));
    }

    private static boolean looksLikeDate(String text) {
        int n = text.length();
        return n >= 10 && n <= 29 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && Character.isDigit(text.charAt(0)) && Character.isDigit(text.charAt(9))
                && (n == 10 || text.charAt(10) == 'T');
    }

    private static boolean inExcelRange(int year) {
        return year >= 1900 && year <= 9999;
    }

    private String cut(String text, int column) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        if (cutCells++ == 0) {
            // rowNumber already counts the current row, so it is the 1-based number Excel shows
            firstCut = "cell " + CellReference.convertNumToColString(column) + rowNumber
                    + (column < columns.size() ? ", column " + columns.get(column) : "");
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return text.substring(0, end);
    }

    @Override
    public void finish() throws IOException {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256); // in 1/256 of a character
        }
        if (!columns.isEmpty()) {
            // the filter buttons on the header row, over every row written
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, rowNumber - 1), 0,
                    columns.size() - 1));
        }
        try (OutputStream out = Files.newOutputStream(file.path())) {
            workbook.write(out);
        }
        file.commit();
        if (cutCells > 0) {
            warnings.accept("cut " + cutCells + " text cell" + (cutCells == 1 ? "" : "s")
                    + " to Excel's limit of " + String.format(java.util.Locale.ROOT, "%,d", MAX_TEXT) + " characters (first: "
                    + firstCut + ")");
        }
    }

    /**
     * Rows beyond the in-memory window go to an uncompressed temporary file (compressing it cost far more
     * time than it saved), and the final zip uses the fastest deflate level: most of the time went into
     * deflate. Figures: scripts/bench/README.md.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {
        FastZipWorkbook() {
            super(null, ROWS_IN_MEMORY, false, false);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    @Override
    @SuppressWarnings("deprecation")
    public void close() throws IOException {
        try {
            workbook.close();
            workbook.dispose();
        } finally {
            file.close();
            try {
                Runtime.getRuntime().removeShutdownHook(disposeOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }
}
