package lede.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads and writes JSON trees with Jackson's streaming parser and generator, giving the same nodes, bytes and
 * errors as {@link Json#MAPPER} ({@code JsonTreeTest} holds them side by side). Setting up databind's
 * {@code ObjectMapper} took a third of a short command's start ({@code lede stats count}: its date format
 * loads the JDK's locale data), so the stages read and write documents here and leave the mapper to the few
 * that need databind. {@link Json} extends this class: its static members are reachable as {@code Json.object()}
 * and so on, and using them sets up only this class, never the mapper (JLS 12.4.1).
 */
public class JsonTree {
    /** Deeper nesting than this is rejected as a bad record rather than risking a stack overflow. */
    public static final int MAX_NESTING = 1000;

    /** The one node factory, the one {@link Json#MAPPER} uses too. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final JsonFactory FACTORY = factory();

    JsonTree() {
    }

    /** A JSON factory with lede's limits and output settings (the mapper gets one of its own). */
    static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNumberLength(1000)
                        .build())
                // emoji and other non-BMP characters as UTF-8, not \uD83C\uDDFA escapes
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A generator writing UTF-8 to {@code out}, for {@link #write}. */
    public static JsonGenerator generator(java.io.OutputStream out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /**
     * One JSON value from {@code length} bytes at {@code from}, as {@code Json.MAPPER.readTree} reads it:
     * a missing node for no value, and a {@link MismatchedInputException} for anything after the value.
     */
    public static JsonNode read(byte[] bytes, int from, int length) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes, from, length)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return NODES.missingNode();
            }
            JsonNode value = value(parser, token);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw MismatchedInputException.from(parser, JsonNode.class, "Trailing token (of type " + trailing
                        + ") found after value (bound as `" + JsonNode.class.getName()
                        + "`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
            }
            return value;
        }
    }

    /** The value starting at {@code token}; the parser's own limit on nesting bounds the recursion. */
    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    // a repeated name: the last value, in the first one's place, as databind does
                    object.replace(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    /** Writes {@code value} as {@code Json.MAPPER.writeTree} does (nodes holding Java objects go to the mapper). */
    public static void write(JsonGenerator generator, JsonNode value) throws IOException {
        switch (value.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject(value);
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    generator.writeFieldName(field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray(value, value.size());
                for (JsonNode element : value) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> writeString(generator, value.textValue());
            case NUMBER -> {
                switch (value.numberType()) {
                    case INT -> generator.writeNumber(value.intValue());
                    case LONG -> generator.writeNumber(value.longValue());
                    case BIG_INTEGER -> generator.writeNumber(value.bigIntegerValue());
                    case FLOAT -> generator.writeNumber(value.floatValue());
                    case BIG_DECIMAL -> generator.writeNumber(value.decimalValue());
                    default -> generator.writeNumber(value.doubleValue());
                }
            }
            case BOOLEAN -> generator.writeBoolean(value.booleanValue());
            case NULL, MISSING -> generator.writeNull();
            default -> Json.MAPPER.writeTree(generator, value); // POJO and binary nodes
        }
    }

    /** Strings from this length on are handed over as an array (JsonTreeTest: the same bytes). */
    private static final int ARRAY_FROM = 64;
    private static final int KEEP_CHARS = 1 << 20;
    private static final ThreadLocal<char[][]> CHARS = ThreadLocal.withInitial(() -> new char[][]{new char[1024]});

    /**
     * A long string (an article's text) goes to the generator as characters in an array: its String path
     * reads each character with charAt, whose index checks the C1 compiler keeps, a good part of writing.
     */
    private static void writeString(JsonGenerator generator, String s) throws IOException {
        int n = s.length();
        if (n < ARRAY_FROM) {
            generator.writeString(s);
            return;
        }
        char[][] holder = CHARS.get();
        char[] chars = holder[0];
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
            if (n <= KEEP_CHARS) { // a thread keeps an article-sized buffer, not one of the largest text it met
                holder[0] = chars;
            }
        }
        s.getChars(0, n, chars, 0);
        generator.writeString(chars, 0, n);
    }

    /** What kind of JSON value a node is, for error messages ("an array", "a string", ...). */
    public static String describe(JsonNode node) {
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
