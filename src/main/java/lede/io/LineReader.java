package lede.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines without decoding them, so a JSON parser sees the original bytes and can reject invalid
 * UTF-8 itself. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r} (old Mac exports). Lines of any
 * length.
 */
public final class LineReader {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int length;
    private long number;
    /** The last line ended with \r: a \n that follows belongs to that line end. */
    private boolean afterCr;

    public LineReader(InputStream in) {
        this.in = in;
    }

    /** Reads the next line into {@link #bytes()}; false at end of input. */
    public boolean next() throws IOException {
        length = 0;
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
        return true;
    }

    private void append(int from, int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(buf, from, line, length, count);
        length += count;
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
