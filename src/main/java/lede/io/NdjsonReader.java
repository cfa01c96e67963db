package lede.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads NDJSON documents: one JSON object per line, blank lines ignored, a UTF-8 byte-order mark on the
 * first line tolerated. A line that is not a JSON object goes to {@link Rejects} with its file and line.
 */
public final class NdjsonReader {
    private final String name;
    private final JsonLines lines;
    private final Rejects rejects;
    private final int maxLineBytes;

    /** 256 MiB: far above any article, far below what would exhaust a default heap several times over. */
    public static final int DEFAULT_MAX_LINE_BYTES = 256 << 20;

    public NdjsonReader(String name, InputStream in, Rejects rejects) {
        this(name, in, rejects, DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes a longer line is a bad record, passed over in bounded memory */
    public NdjsonReader(String name, InputStream in, Rejects rejects, int maxLineBytes) {
        this.name = name;
        this.lines = new JsonLines(in, maxLineBytes);
        this.rejects = rejects;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next document, or null at the end of the input. */
    public ObjectNode next() throws IOException {
        while (lines.next()) {
            if (lines.tooLong()) {
                rejects.reject(name, lines.number(), "line longer than " + maxLineBytes
                        + " bytes (a bigger limit: --max-line-bytes)", null);
                continue;
            }
            ObjectNode document = parse(lines.bytes(), lines.from(), lines.end() - lines.from());
            if (document != null) {
                return document;
            }
        }
        return null;
    }

    /** 1-based line number of the document last returned. */
    public long line() {
        return lines.number();
    }

    public String name() {
        return name;
    }

    private ObjectNode parse(byte[] bytes, int from, int length) throws IOException {
        String reason;
        int invalid = Utf8.firstInvalid(bytes, from, length);
        if (invalid >= 0) {
            // checked before Jackson, which would read overlong forms such as C0 AF as "/"
            rejects.reject(name, lines.number(), "not valid UTF-8 at byte " + (invalid - from + 1), bytes,
                    Math.min(length + from, bytes.length));
            return null;
        }
        try {
            JsonNode node = Json.read(bytes, from, length);
            if (node instanceof ObjectNode object) {
                return object;
            }
            reason = "expected a JSON object, found " + Json.describe(node);
        } catch (StreamConstraintsException e) {
            reason = "JSON nested deeper than " + Json.MAX_NESTING + " levels";
        } catch (JsonProcessingException e) {
            reason = "not valid JSON: " + e.getOriginalMessage();
        } catch (CharConversionException e) {
            // Jackson guesses UTF-16/32 from the first bytes; NDJSON is UTF-8, so this is bad input
            reason = "not valid JSON: " + e.getMessage();
        }
        rejects.reject(name, lines.number(), reason, bytes, Math.min(length + from, bytes.length));
        return null;
    }
}
