package lede.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines without decoding them, so a JSON parser sees the original bytes and can reject invalid
 * UTF-8 itself. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r} (old Mac exports). A line longer than the limit
 * is read to its end without being kept ({@link #tooLong()}), so memory and time stay bounded whatever comes
 * (a gzip bomb that inflates to one line of gigabytes).
 */
public final class LineReader {
    /** The largest array the JVM reliably allocates. */
    public static final int MAX_LIMIT = Integer.MAX_VALUE - 16;

    private final InputStream in;
    private final int maxLineBytes;
    private boolean tooLong;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int length;
    private long number;
    /** The last line ended with \r: a \n that follows belongs to that line end. */
    private boolean afterCr;

    public LineReader(InputStream in) {
        this(in, MAX_LIMIT);
    }

    /** @param maxLineBytes longer lines are passed over, see {@link #tooLong()} */
    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = Math.min(maxLineBytes, MAX_LIMIT);
    }

    /** Reads the next line into {@link #bytes()}; false at end of input. */
    public boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            if (afterCr) {
                afterCr = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            append(start, pos - start);
            if (pos < limit) {
                afterCr = buf[pos] == '\r';
                pos++; // the line end
                break;
            }
        }
        number++;
        if (tooLong) {
            length = 0;
        }
        if (length > maxLineBytes) {
            tooLong = true;
            length = 0;
        }
        return true;
    }

    private void append(int from, int count) {
        if (tooLong) {
            return;
        }
        if ((long) length + count > maxLineBytes) {
            tooLong = true;
            length = 0;
            line = new byte[1 << 12];
            return;
        }
        if (length + count > line.length) {
            long grown = Math.max(line.length * 2L, (long) length + count); // long: doubling 2^30 overflows int
            line = Arrays.copyOf(line, (int) Math.min(grown, (long) maxLineBytes));
        }
        System.arraycopy(buf, from, line, length, count);
        length += count;
    }

    /** True when the current line was longer than the limit: its bytes were not kept ({@link #length()} is 0). */
    public boolean tooLong() {
        return tooLong;
    }

    /** The current line's bytes; valid up to {@link #length()} until the next call to {@link #next()}. */
    public byte[] bytes() {
        return line;
    }

    public int length() {
        return length;
    }

    /** 1-based number of the current line. */
    public long number() {
        return number;
    }
}
