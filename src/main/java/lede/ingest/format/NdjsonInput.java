package lede.ingest.format;

import lede.ingest.Format;
import lede.io.JsonLines;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * NDJSON: a record a non-blank line, its id the file's base name and line number. Lines are handed on as
 * bytes; parsing them is the record → document step's work, on the worker threads.
 */
final class NdjsonInput implements FormatReader {
    private final int maxLineBytes;

    NdjsonInput(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(String display, BufferedInputStream in, Charset bom, RecordSink out) throws IOException {
        String base = Format.baseName(display);
        if (bom != null && bom != StandardCharsets.UTF_8) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, bom), 1 << 16);
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    out.add(new RawRecord(display, number, display + ":" + number, base + "-" + number, null, line,
                            null, null, false, false, new ArrayList<>(0)));
                }
            }
            return;
        }
        JsonLines lines = new JsonLines(in, maxLineBytes);
        while (lines.next()) {
            long number = lines.number();
            out.lineReached(number);
            if (lines.tooLong()) {
                out.add(RawRecord.rejected(display, number, "line longer than " + maxLineBytes
                        + " bytes (a bigger limit: --max-line-bytes)"));
                continue;
            }
            out.add(new RawRecord(display, number, display + ":" + number, base + "-" + number,
                    Arrays.copyOfRange(lines.bytes(), lines.from(), lines.end()), null, null, null, false, false,
                    new ArrayList<>(0)));
        }
    }
}
