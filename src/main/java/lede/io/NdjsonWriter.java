package lede.io;

import com.fasterxml.jackson.core.JsonGenerator;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one JSON value per line: UTF-8, {@code \n} line ends, fields in the order the node holds them.
 * Lines are collected in memory and handed to the stream whole, so whoever reads the output (or a run
 * resumed after Ctrl-C) never sees half a line, except after a hard kill in the middle of a write.
 */
public final class NdjsonWriter implements Closeable, Flushable {
    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private final ByteArrayOutputStream lines = new ByteArrayOutputStream(FLUSH_AT + 1024);
    private final JsonGenerator generator;
    private boolean autoFlush;

    public NdjsonWriter(OutputStream out) throws IOException {
        this.out = out;
        this.generator = Json.generator(lines);
        this.generator.setRootValueSeparator(null);
    }

    /** Hand every line to the stream at once (for interactive use, where a reader waits for each line). */
    public NdjsonWriter autoFlush(boolean autoFlush) {
        this.autoFlush = autoFlush;
        return this;
    }

    public synchronized void write(JsonNode value) throws IOException {
        Json.write(generator, value);
        generator.writeRaw('\n');
        generator.flush(); // into the line buffer only
        if (autoFlush) {
            flush();
        } else if (lines.size() >= FLUSH_AT) {
            drain();
        }
    }

    /** Writes a line of JSON that was serialised already (by {@link Json#MAPPER}, e.g. on a worker thread). */
    public synchronized void writeSerialized(byte[] json) throws IOException {
        lines.write(json, 0, json.length); // the generator holds nothing: every write flushes it
        lines.write('\n');
        if (autoFlush) {
            flush();
        } else if (lines.size() >= FLUSH_AT) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (lines.size() > 0) {
            lines.writeTo(out);
            lines.reset();
        }
    }

    /** Writes the complete lines collected so far and flushes the stream. */
    @Override
    public synchronized void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
