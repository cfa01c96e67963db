package lede.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one Jackson configuration every stage shares. Documents are read and written by {@link JsonTree}
 * ({@code Json.object()}, {@code Json.read(...)}, ... are its members); the mapper here is set up on first use,
 * by what needs databind.
 */
public final class Json extends JsonTree {
    public static final ObjectMapper MAPPER = new ObjectMapper(factory())
            // NdjsonWriter decides when to flush; a flush per document would make output unbuffered
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            // a line is exactly one JSON value: `{"id":"a"} {"id":"b"}` or `{...} garbage` is bad input,
            // never the first value with the rest dropped
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Reads input records with decimals as they were written: a double would turn {@code 1e400} into
     * Infinity and round long decimals. Ingest keeps the input's numbers this way.
     */
    public static final com.fasterxml.jackson.databind.ObjectReader EXACT_NUMBERS =
            MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }
}
