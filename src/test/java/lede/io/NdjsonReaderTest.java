package lede.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NdjsonReaderTest {
    private static NdjsonReader reader(String text, Rejects rejects) {
        return new NdjsonReader("in.ndjson", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rejects);
    }

    private static List<String> readAll(NdjsonReader reader) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ObjectNode d = reader.next(); d != null; d = reader.next()) {
            ids.add(d.get("id").asText() + "@" + reader.line());
        }
        return ids;
    }

    @Test
    void readsObjectsSkippingBlankLinesBomAndCrlf() throws IOException {
        String text = "\uFEFF{\"id\":\"a\"}\r\n\n  \n{\"id\":\"b\",\"x\":[1,2]}\n{\"id\":\"c\"}";
        assertEquals(List.of("a@1", "b@4", "c@5"), readAll(reader(text, Rejects.failFast())));
    }

    @Test
    void badLineStopsWithFileAndLine() {
        BadRecordException e = assertThrows(BadRecordException.class,
                () -> readAll(reader("{\"id\":\"a\"}\n{\"id\": oops}\n", Rejects.failFast())));
        assertEquals("in.ndjson", e.file());
        assertEquals(2, e.line());
        assertEquals("in.ndjson:2: not valid JSON: Unrecognized token 'oops': was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", e.getMessage());
    }

    @Test
    void nonObjectAndDeepNestingAreBadRecords(@TempDir Path dir) throws IOException {
        Path rejectFile = dir.resolve("bad.ndjson");
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        try (Rejects rejects = Rejects.to(rejectFile)) {
            List<String> ids = readAll(reader("[1]\n{\"id\":\"a\"}\n" + deep + "\n{\"id\":\"b\"}\n", rejects));
            assertEquals(List.of("a@2", "b@4"), ids);
            assertEquals(2, rejects.count());
        }
        List<String> lines = Files.readAllLines(rejectFile);
        assertEquals(2, lines.size());
        assertEquals("{\"file\":\"in.ndjson\",\"line\":1,\"reason\":\"expected a JSON object, found an array\","
                + "\"record\":\"[1]\"}", lines.get(0));
        assertEquals(true, lines.get(1).startsWith(
                "{\"file\":\"in.ndjson\",\"line\":3,\"reason\":\"JSON nested deeper than 1000 levels\""));
    }

    @Test
    void invalidUtf8IsABadRecord() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        NdjsonReader reader = new NdjsonReader("x", new ByteArrayInputStream(bytes), Rejects.failFast());
        BadRecordException e = assertThrows(BadRecordException.class, reader::next);
        assertEquals(1, e.line());
        assertEquals("not valid UTF-8 at byte 7", e.reason());
    }

    @Test
    void writerKeepsFieldOrderAndUnicode() throws IOException {
        String line = "{\"id\":\"x\",\"zeta\":1,\"alpha\":\"Kyiv — Zelenskyy’s 🇺🇦\",\"nested\":{\"b\":2,\"a\":[]}}";
        ObjectNode doc = reader(line + "\n", Rejects.failFast()).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter writer = new NdjsonWriter(out)) {
            writer.write(doc);
            writer.write(doc);
        }
        assertEquals(line + "\n" + line + "\n", out.toString(StandardCharsets.UTF_8));
    }
}
