package lede.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the bytes read from a raw input (for progress: the share of a file done), and stays at end of input
 * once there: on a terminal each read after the end would wait for another Ctrl-D.
 */
final class CountingInputStream extends FilterInputStream {
    private final AtomicLong count;
    private boolean ended;

    CountingInputStream(InputStream in, AtomicLong count) {
        super(in);
        this.count = count;
    }

    @Override
    public int read() throws IOException {
        if (ended) {
            return -1;
        }
        int b = super.read();
        if (b < 0) {
            ended = true;
        } else {
            count.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (ended) {
            return -1;
        }
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            ended = true;
        } else {
            count.addAndGet(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count.addAndGet(skipped);
        return skipped;
    }
}
