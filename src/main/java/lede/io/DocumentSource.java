package lede.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The documents of several NDJSON inputs, one after another ({@code -} is stdin; no inputs means stdin).
 * {@link #file()} and {@link #line()} say where the last document came from, for error messages.
 */
public final class DocumentSource implements Iterator<ObjectNode>, Closeable {
    private final List<String> names;
    private final Rejects rejects;
    private int index = -1;
    private InputStream stream;
    private NdjsonReader reader;
    private ObjectNode pending;
    private Predicate<ObjectNode> passOver = document -> false;
    private long passedOver;
    private final AtomicLong bytesRead = new AtomicLong();
    private volatile long documentsRead;
    private int maxLineBytes = NdjsonReader.DEFAULT_MAX_LINE_BYTES;

    public DocumentSource(List<String> names, Rejects rejects) {
        this.names = names == null || names.isEmpty() ? List.of(Inputs.STDIN) : List.copyOf(names);
        this.rejects = rejects;
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (stream == null && !openNext()) {
                return false;
            }
            try {
                pending = reader.next();
                if (pending == null) {
                    stream.close();
                    stream = null;
                } else if (passOver.test(pending)) {
                    pending = null;
                    passedOver++;
                }
            } catch (IOException e) {
                throw new LedeException(reader.name() + ":" + (reader.line() + 1) + ": cannot read: "
                        + IoErrors.describe(e), e);
            }
        }
        return true;
    }

    @Override
    public ObjectNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ObjectNode document = pending;
        pending = null;
        documentsRead++;
        return document;
    }

    /** Documents that {@code test} accepts are read but not returned (a resumed run's finished ones). */
    public DocumentSource passOver(Predicate<ObjectNode> test) {
        this.passOver = test;
        return this;
    }

    /** Lines longer than this are bad records ({@code --max-line-bytes}). */
    public DocumentSource maxLineBytes(int bytes) {
        this.maxLineBytes = bytes;
        return this;
    }

    /** How many documents {@link #passOver} left out. */
    public long passedOver() {
        return passedOver;
    }

    /** Documents returned so far (for progress reports; read from any thread). */
    public long documentsRead() {
        return documentsRead;
    }

    /** Bytes read so far from the inputs as stored (gzipped bytes for a .gz file). */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** The inputs' total size in bytes, or -1 when one is not a regular file (stdin, a pipe). */
    public long totalBytes() {
        long total = 0;
        for (String name : names) {
            long size = Inputs.size(name);
            if (size < 0) {
                return -1;
            }
            total += size;
        }
        return total;
    }

    /** The input the last document came from, as the user named it ("stdin" for {@code -}). */
    public String file() {
        return reader == null ? Inputs.displayName(names.get(0)) : reader.name();
    }

    /** 1-based line of the last document in {@link #file()}. */
    public long line() {
        return reader == null ? 0 : reader.line();
    }

    private boolean openNext() {
        if (index + 1 >= names.size()) {
            return false;
        }
        index++;
        String name = names.get(index);
        stream = Inputs.open(name, bytesRead);
        reader = new NdjsonReader(Inputs.displayName(name), stream, rejects, maxLineBytes);
        return true;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
