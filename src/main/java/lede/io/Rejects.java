package lede.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where bad records go. Without a reject file the first bad record stops the run with a
 * {@link BadRecordException}; with one ({@code --skip-bad FILE}) each is written there as an NDJSON line
 * {@code {"file", "line", "reason", "record"}} and counted, so nothing is dropped silently.
 */
public final class Rejects implements Closeable {
    private final Path path;
    private NdjsonWriter out;
    private long count;

    private Rejects(Path path) {
        this.path = path;
    }

    /** Fail on the first bad record. */
    public static Rejects failFast() {
        return new Rejects(null);
    }

    /** Write bad records to {@code path} (created on the first one) and go on. */
    public static Rejects to(Path path) {
        return new Rejects(path);
    }

    public boolean skipping() {
        return path != null;
    }

    /** Reports a bad record: throws when failing fast, else records it. {@code raw} may be null. */
    public void reject(String file, long line, String reason, String raw) {
        if (path == null) {
            throw new BadRecordException(file, line, reason);
        }
        ObjectNode record = Json.object();
        record.put("file", file);
        record.put("line", line);
        record.put("reason", reason);
        record.put("record", raw);
        try {
            if (out == null) {
                OutputStream stream = Files.newOutputStream(path);
                out = new NdjsonWriter(stream);
            }
            out.write(record);
        } catch (IOException e) {
            throw new LedeException("cannot write reject file " + path + ": " + e.getMessage(), e);
        }
        count++;
    }

    public void reject(String file, long line, String reason, byte[] raw, int length) {
        reject(file, line, reason, raw == null ? null : new String(raw, 0, length, StandardCharsets.UTF_8));
    }

    public long count() {
        return count;
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
