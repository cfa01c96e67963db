package lede.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link JsonTree} reads, writes and fails as {@link Json#MAPPER} does, node type for node type. */
class JsonTreeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"a\",\"n\":1,\"big\":12345678901,\"huge\":123456789012345678901234567890,\"x\":1.50,"
                    + "\"e\":1e400,\"neg\":-0.0,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,[2,{}],\"s\"],\"o\":{}}",
            "{\"id\":\"a\",\"id\":\"b\",\"k\":1,\"id\":[3]}",
            "[]", "\"text\"", "42", "-2147483649", "0.1", "null", "true", "",
            "   ", "{\"emoji\":\"\uD83C\uDDFA\uD83C\uDDE6 \\uD83D\\uDE00 \\u0000\"}",
    })
    void readsWhatTheMapperReads(String json) throws IOException {
        byte[] bytes = ("  " + json + "\n").getBytes(StandardCharsets.UTF_8);
        JsonNode mapper = Json.MAPPER.readTree(bytes, 2, bytes.length - 2);
        JsonNode tree = Json.read(bytes, 2, bytes.length - 2);
        assertSameNodes(mapper, tree, "$");
        assertEquals(written(mapper, true), written(tree, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"a\"} {\"id\":\"b\"}", "{\"id\":\"a\"} garbage", "{\"id\":", "{\"id\" \"a\"}", "[1,]",
            "{\"id\":\"a\"}]", "{\"id\":'a'}", "{\"n\":NaN}", "{\"n\":01}", "\"unterminated",
    })
    void failsWithTheMappersMessage(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonProcessingException mapper = assertThrows(JsonProcessingException.class,
                () -> Json.MAPPER.readTree(bytes, 0, bytes.length));
        JsonProcessingException tree = assertThrows(JsonProcessingException.class,
                () -> Json.read(bytes, 0, bytes.length));
        assertEquals(mapper.getClass(), tree.getClass());
        assertEquals(mapper.getOriginalMessage(), tree.getOriginalMessage());
    }

    @Test
    void nestingBeyondTheLimitFailsAsInTheMapper() {
        String json = "[".repeat(Json.MAX_NESTING + 1) + "]".repeat(Json.MAX_NESTING + 1);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Exception mapper = assertThrows(Exception.class, () -> Json.MAPPER.readTree(bytes, 0, bytes.length));
        Exception tree = assertThrows(Exception.class, () -> Json.read(bytes, 0, bytes.length));
        assertEquals(mapper.getClass(), tree.getClass());
        assertEquals(mapper.getMessage(), tree.getMessage());
    }

    /** Every seed article and every NDJSON test input, line by line. */
    @Test
    void readsEveryTestDocumentAsTheMapperDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            walk.filter(p -> p.toString().endsWith(".ndjson") || p.toString().endsWith(".jsonl")).forEach(files::add);
        }
        assertTrue(files.size() >= 5, "test inputs found: " + files.size());
        int lines = 0;
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                JsonNode mapper;
                try {
                    mapper = Json.MAPPER.readTree(bytes, 0, bytes.length);
                } catch (JsonProcessingException e) {
                    JsonProcessingException tree = assertThrows(JsonProcessingException.class,
                            () -> Json.read(bytes, 0, bytes.length), file + ": " + line);
                    assertEquals(e.getOriginalMessage(), tree.getOriginalMessage());
                    continue;
                }
                JsonNode tree = Json.read(bytes, 0, bytes.length);
                assertSameNodes(mapper, tree, file + ":" + line);
                assertEquals(written(mapper, true), written(tree, false), file + ": " + line);
                lines++;
            }
        }
        assertTrue(lines >= 200, "lines compared: " + lines);
    }

    @Test
    void writesNodesBuiltInCodeAsTheMapperDoes() throws IOException {
        ObjectNode node = Json.object();
        node.put("float", 1.5f).put("short", (short) 7).put("decimal", new BigDecimal("1.50"))
                .put("bigint", new BigInteger("123456789012345678901234567890")).put("double", 0.1 + 0.2)
                .putNull("null").put("text", (String) null);
        node.putArray("empty");
        node.putObject("nested").putArray("list").add(1L).add("x").addNull();
        assertEquals(written(node, true), written(node, false));
    }

    /** Long strings go to the generator as characters in an array: the bytes must be the mapper's all the same. */
    @Test
    void writesLongStringsAsTheMapperDoes() throws IOException {
        String pieces = "plain ASCII text, \"quoted\", back\\slash, tab\t, newline\n, nul\u0000, \u001f, "
                + "é ü ß ż ł Ж щ 中文, € — … \u2028 \u2029, \uD83C\uDDFA\uD83C\uDDE6 \uD83D\uDE00, </script> ";
        for (int length : new int[]{63, 64, 65, 999, 1000, 1001, 4000, 8001, 20000, 70000}) {
            for (int shift = 0; shift < 3; shift++) {
                StringBuilder b = new StringBuilder("x".repeat(shift));
                while (b.length() < length) {
                    b.append(pieces);
                }
                ObjectNode node = Json.object();
                node.put("text", b.toString());
                node.putArray("list").add(b.substring(0, length / 2));
                assertEquals(written(node, true), written(node, false), length + "/" + shift);
            }
        }
    }

    @Test
    void theNodeFactoryIsTheMappers() {
        assertSame(Json.MAPPER.getNodeFactory(), Json.NODES);
    }

    private static void assertSameNodes(JsonNode expected, JsonNode actual, String where) {
        assertEquals(expected.getClass(), actual.getClass(), where);
        assertEquals(expected, actual, where);
        if (expected.isContainerNode()) {
            Iterator<String> names = expected.fieldNames();
            List<String> order = new ArrayList<>();
            names.forEachRemaining(order::add);
            List<String> actualOrder = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualOrder::add);
            assertEquals(order, actualOrder, where);
            for (int i = 0; i < expected.size(); i++) {
                if (expected.isArray()) {
                    assertSameNodes(expected.get(i), actual.get(i), where + "[" + i + "]");
                }
            }
            for (String name : order) {
                assertSameNodes(expected.get(name), actual.get(name), where + "." + name);
            }
        }
    }

    private static String written(JsonNode node, boolean byMapper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = byMapper ? Json.MAPPER.getFactory().createGenerator(out) : Json.generator(out)) {
            if (byMapper) {
                Json.MAPPER.writeTree(generator, node);
            } else {
                Json.write(generator, node);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
