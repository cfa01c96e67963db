package lede.ingest.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.ingest.Decoding;
import lede.ingest.Format;
import lede.io.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** CSV or TSV with a header row: a record a row, its fields named by the header, its id base name and row. */
final class CsvInput implements FormatReader {
    private final boolean tsv;

    CsvInput(boolean tsv) {
        this.tsv = tsv;
    }

    /** A header's names made unique, so no column's values are lost: the second {@code text} is {@code text_2}. */
    static List<String> uniqueNames(List<String> names) {
        java.util.Set<String> taken = new java.util.HashSet<>(names);
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> unique = new ArrayList<>(names.size());
        for (String name : names) {
            String chosen = name;
            // a repeat takes the first free name_N that no other column of the header has either
            for (int n = 2; seen.contains(chosen) || (n > 2 && taken.contains(chosen)); n++) {
                chosen = name + "_" + n;
            }
            seen.add(chosen);
            unique.add(chosen);
        }
        return unique;
    }

    private static List<String> renamedColumns(List<String> names, List<String> unique) {
        List<String> warnings = new ArrayList<>(0);
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(unique.get(i))) {
                warnings.add("CSV header repeats the column '" + names.get(i) + "': column " + (i + 1)
                        + " is read as '" + unique.get(i) + "'");
            }
        }
        return warnings;
    }

    @Override
    public void read(String display, BufferedInputStream in, Charset bom, RecordSink out) throws IOException {
        Reader reader = WholeFile.reader(in, bom);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(tsv ? '\t' : ',')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .build();
        CSVParser parser;
        try {
            parser = format.parse(reader);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            out.add(RawRecord.rejected(display, 1, "bad CSV header: " + e.getMessage()));
            return;
        }
        List<String> header = uniqueNames(parser.getHeaderNames());
        List<String> renamed = renamedColumns(parser.getHeaderNames(), header);
        String base = Format.baseName(display);
        long row = 0;
        long nextLine = parser.getCurrentLineNumber() + 1;
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                // Commons CSV says "(startline N) ..."; the line is in our message already
                message = message == null ? "unreadable" : message.replaceFirst("^\\(startline \\d+\\) ", "");
                out.add(RawRecord.rejected(display, nextLine, "bad CSV: " + message));
                return; // the parser cannot go on after a broken quote
            }
            row++;
            long line = nextLine;
            nextLine = parser.getCurrentLineNumber() + 1;
            if (record.size() != header.size()) {
                out.add(RawRecord.rejected(display, line, "row has " + record.size() + " fields, the header has "
                        + header.size(), String.join(tsv ? "\t" : ",", record.values())));
                continue;
            }
            ObjectNode fieldsOfRow = Json.object();
            for (int i = 0; i < header.size(); i++) {
                fieldsOfRow.put(header.get(i), record.get(i));
            }
            List<String> warnings = new ArrayList<>(renamed);
            if (WholeFile.fellBack(reader)) {
                warnings.add(Decoding.FALLBACK_WARNING);
            }
            out.add(new RawRecord(display, line, display + ":" + line, base + "-" + row, null, null, fieldsOfRow,
                    null, false, false, warnings));
        }
    }
}
