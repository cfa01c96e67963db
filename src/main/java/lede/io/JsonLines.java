package lede.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * The non-blank lines of an NDJSON input, as bytes (a UTF-8 byte-order mark before the first line is
 * skipped): the line splitting that every NDJSON reader shares. Parsing a line is the reader's own affair.
 */
public final class JsonLines {
    private final LineReader lines;
    private int from;

    public JsonLines(InputStream in) {
        this.lines = new LineReader(in);
    }

    /** @param maxLineBytes a longer line is passed over and reported by {@link #tooLong()} */
    public JsonLines(InputStream in, int maxLineBytes) {
        this.lines = new LineReader(in, maxLineBytes);
    }

    /** True when the current line was longer than the limit: its bytes were not kept. */
    public boolean tooLong() {
        return lines.tooLong();
    }

    /** Moves to the next line that is not blank; false at the end of the input. */
    public boolean next() throws IOException {
        while (lines.next()) {
            byte[] bytes = lines.bytes();
            int length = lines.length();
            from = 0;
            if (lines.tooLong()) {
                return true;
            }
            if (lines.number() == 1 && length >= 3
                    && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
                from = 3;
            }
            if (!isBlank(bytes, from, length)) {
                return true;
            }
        }
        return false;
    }

    /** The line's bytes, valid from {@link #from()} to {@link #end()} until the next call to {@link #next()}. */
    public byte[] bytes() {
        return lines.bytes();
    }

    /** Where the line's JSON starts in {@link #bytes()}: after a byte-order mark, if any. */
    public int from() {
        return from;
    }

    /** Where the line ends in {@link #bytes()} (line end not included). */
    public int end() {
        return lines.length();
    }

    /** 1-based number of the current line (blank lines count). */
    public long number() {
        return lines.number();
    }

    private static boolean isBlank(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
