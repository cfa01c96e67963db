package lede.ingest.format;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One input record as a format reader found it, before any work on it. Exactly one of {@code json} (an
 * NDJSON line's bytes), {@code jsonText} (a decoded NDJSON line), {@code record} (CSV fields) or {@code body}
 * (a whole plain-text or HTML file) is set; a record that is already known to be bad has a null
 * {@code source} and its reason in {@code body}, its raw text in {@code jsonText}.
 *
 * @param file      the input as the user named it, for messages
 * @param line      1-based line where the record starts
 * @param source    the document's {@code source} field (file, or file:line)
 * @param defaultId the id when the record has none
 * @param warnings  warnings so far (the record → document step adds to them)
 */
public record RawRecord(String file, long line, String source, String defaultId, byte[] json, String jsonText,
                        ObjectNode record, String body, boolean html, boolean plainText, List<String> warnings) {
    public static RawRecord rejected(String file, long line, String reason) {
        return rejected(file, line, reason, null);
    }

    public static RawRecord rejected(String file, long line, String reason, String rawText) {
        return new RawRecord(file, line, null, null, null, rawText, null, reason, false, false, null);
    }

    /** Roughly the bytes the record holds, to size batches of work. */
    public long weight() {
        return json != null ? json.length : body != null ? body.length() : 256;
    }
}
