package lede.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code --format table}: the same rows aligned for a person. Numbers right-aligned (fractions with three
 * decimals), text left-aligned and cut at 60 characters, kwic's left context right-aligned. When the first
 * column is a period (day, week, month, year), a bar column shows the count ({@code mentions}, else
 * {@code documents}) against the largest, in eighths of a character up to 20 characters.
 */
public final class Table implements Consumer<ObjectNode> {
    private static final int MAX_CELL = 60;
    private static final int BAR_WIDTH = 20;
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private final List<ObjectNode> rows = new ArrayList<>();

    @Override
    public void accept(ObjectNode row) {
        rows.add(row);
    }

    public void write(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(render());
        writer.flush();
    }

    public String render() {
        if (rows.isEmpty()) {
            return "(no rows)\n";
        }
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> row.fieldNames().forEachRemaining(names::add));
        List<String> columns = new ArrayList<>(names);
        String barOf = barColumn(columns);
        long max = 1;
        if (barOf != null) {
            for (ObjectNode row : rows) {
                max = Math.max(max, row.path(barOf).asLong());
            }
        }
        List<String[]> cells = new ArrayList<>();
        boolean[] numeric = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            numeric[c] = true;
            for (ObjectNode row : rows) {
                JsonNode v = row.get(columns.get(c));
                if (v != null && !v.isNull() && !v.isNumber()) {
                    numeric[c] = false;
                }
            }
        }
        for (ObjectNode row : rows) {
            String[] line = new String[columns.size() + (barOf == null ? 0 : 1)];
            for (int c = 0; c < columns.size(); c++) {
                line[c] = cell(row.get(columns.get(c)));
            }
            if (barOf != null) {
                line[columns.size()] = bar(row.path(barOf).asLong(), max);
            }
            cells.add(line);
        }
        List<String> header = new ArrayList<>(columns);
        if (barOf != null) {
            header.add("");
        }
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = length(header.get(c));
            for (String[] line : cells) {
                widths[c] = Math.max(widths[c], length(line[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, header.toArray(new String[0]), widths, numeric, columns);
        for (String[] line : cells) {
            appendLine(out, line, widths, numeric, columns);
        }
        return out.toString();
    }

    private static String barColumn(List<String> columns) {
        if (Docs.Period.of(columns.get(0)) == null) {
            return null;
        }
        return columns.contains("mentions") ? "mentions" : columns.contains("documents") ? "documents" : null;
    }

    private static void appendLine(StringBuilder out, String[] line, int[] widths, boolean[] numeric,
                                   List<String> columns) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < line.length; c++) {
            boolean right = c < columns.size() && (numeric[c] || columns.get(c).equals("left"));
            String pad = " ".repeat(widths[c] - length(line[c]));
            if (c > 0) {
                text.append("  ");
            }
            text.append(right ? pad + line[c] : line[c] + pad);
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(text, 0, end).append('\n');
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "-";
        }
        if (value.isFloatingPointNumber()) {
            return String.format(Locale.ROOT, "%.3f", value.asDouble());
        }
        String text = value.asText();
        if (length(text) > MAX_CELL) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
        }
        return text;
    }

    static String bar(long value, long max) {
        long eighths = Math.round(value * BAR_WIDTH * 8.0 / max);
        return "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
