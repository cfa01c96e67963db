package lede.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one Jackson configuration every stage shares. */
public final class Json {
    /** Deeper nesting than this is rejected as a bad record rather than risking a stack overflow. */
    public static final int MAX_NESTING = 1000;

    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(1000)
                    .build())
            // emoji and other non-BMP characters as UTF-8, not \uD83C\uDDFA escapes
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build())
            // NdjsonWriter decides when to flush; a flush per document would make output unbuffered
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            // a line is exactly one JSON value: `{"id":"a"} {"id":"b"}` or `{...} garbage` is bad input,
            // never the first value with the rest dropped
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    /**
     * Reads input records with decimals as they were written: a double would turn {@code 1e400} into
     * Infinity and round long decimals. Ingest keeps the input's numbers this way.
     */
    public static final com.fasterxml.jackson.databind.ObjectReader EXACT_NUMBERS =
            MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** What kind of JSON value a node is, for error messages ("an array", "a string", ...). */
    public static String describe(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
