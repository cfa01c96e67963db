package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.BadRecordException;
import lede.io.DocumentSource;
import lede.io.Json;
import lede.io.NdjsonWriter;
import lede.io.Rejects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Whatever fails while annotating one document makes that document a bad record, never an internal error
 * that loses the run; an impossible document date is treated as no date, with one warning.
 */
class ExtractFailuresTest {
    @TempDir
    Path dir;

    /** An output that fails on texts holding BOOM, the way a finder's bug would. */
    static final ExtractOutput FAILING = new ExtractOutput() {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public Set<Analysis> needs() {
            return Set.of();
        }

        @Override
        public void addTo(ObjectNode document, AnnotatedDocument annotated) {
            if (annotated.text().contains("BOOM")) {
                throw new NumberFormatException("For input string: \"3123456789\"");
            }
            document.put("failing", "ok");
        }
    };

    static byte[] run(Extractor extractor, Path input, int threads, Rejects rejects, List<String> warnings)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DocumentSource source = new DocumentSource(List.of(input.toString()), rejects);
             NdjsonWriter out = new NdjsonWriter(bytes)) {
            new ExtractDriver(extractor, threads, ExtractConfig.DEFAULT_MAX_CHARS, warnings::add, p -> {
            }).run(source, rejects, out);
        }
        return bytes.toByteArray();
    }

    @Test
    void aDocumentThatFailsIsABadRecordOnAnyNumberOfThreads() throws Exception {
        Extractor extractor = new Extractor(ExtractConfig.defaults().withOutputs(List.of(FAILING)));
        Path input = dir.resolve("in.ndjson");
        Files.write(input, List.of("{\"id\":\"a\",\"text\":\"fine\"}", "{\"id\":\"b\",\"text\":\"BOOM here\"}",
                "{\"id\":\"c\",\"text\":\"fine too\"}"));
        for (int threads : new int[]{1, 2}) {
            BadRecordException e = assertThrows(BadRecordException.class,
                    () -> run(extractor, input, threads, Rejects.failFast(), new ArrayList<>()));
            assertEquals(input + ":2: id b: cannot annotate: java.lang.NumberFormatException: For input string: "
                    + "\"3123456789\"", e.getMessage());

            Path skipped = dir.resolve("bad" + threads + ".ndjson");
            String out;
            try (Rejects rejects = Rejects.to(skipped)) {
                out = new String(run(extractor, input, threads, rejects, new ArrayList<>()), StandardCharsets.UTF_8);
            }
            assertEquals(2, out.lines().count());
            assertEquals(List.of("a", "c"), out.lines().map(l -> read(l).get("id").asText()).toList());
            JsonNode reject = read(Files.readString(skipped).strip());
            assertEquals(2, reject.get("line").asInt());
            assertEquals("{\"id\":\"b\",\"text\":\"BOOM here\"}", reject.get("record").asText());
        }
    }

    /** The cause of issue 15's crash: a bare integer of any length, in any position, is annotated. */
    @Test
    void bareIntegersOfEveryLengthAreAnnotated() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int digits = 1; digits <= 25; digits++) {
            text.append("Call ").append("3123456789012345678901234".substring(0, digits)).append(" for help. ");
        }
        ObjectNode document = Json.object();
        document.put("id", "n");
        document.put("text", text.toString());
        SharedExtractor.EXTRACTOR.extract(document);
        assertEquals(25, document.get("sentences").asInt());
    }

    @Test
    void anImpossibleDocumentDateIsNoDateWithOneWarning() throws Exception {
        Path input = dir.resolve("dates.ndjson");
        Files.write(input, List.of("{\"id\":\"x\",\"date\":\"2022-02-30\",\"text\":\"We met on Monday.\"}",
                "{\"id\":\"y\",\"date\":\"2022-13-01T00:00:00\",\"text\":\"We met on Monday.\"}",
                "{\"id\":\"z\",\"date\":\"2022-09-07\",\"text\":\"We met on Monday.\"}"));
        List<String> warnings = new ArrayList<>();
        String out = new String(run(SharedExtractor.EXTRACTOR, input, 1, Rejects.failFast(), warnings),
                StandardCharsets.UTF_8);
        assertEquals(List.of(
                input + ":1: id x: date 2022-02-30 is not a real day; relative dates are not resolved",
                input + ":2: id y: date 2022-13-01T00:00:00 is not a real day; relative dates are not resolved"),
                warnings);
        List<JsonNode> documents = out.lines().map(ExtractFailuresTest::read).toList();
        // as if absent: "Monday" is found, with no resolved value; the real date resolves it
        for (int i = 0; i < 2; i++) {
            assertEquals("Monday", documents.get(i).get("dates").get(0).get("text").asText());
        }
        assertEquals("2022-09-05", documents.get(2).get("dates").get(0).get("value").asText());
    }

    /** The class: every month-day pair of a leap and a common year, and years outside 1000-2999. */
    @Test
    void onlyRealDaysAreDocumentDates() {
        for (int year : new int[]{2023, 2024}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String date = String.format("%d-%02d-%02d", year, month, day);
                    boolean real = month >= 1 && month <= 12 && day >= 1
                            && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
                    assertEquals(real ? date : null, Extractor.documentDate(date + "T12:00:00Z"), date);
                    assertEquals(!real, Extractor.impossibleDate(date), date);
                }
            }
        }
        assertNull(Extractor.documentDate("0999-01-01"));
        assertNull(Extractor.documentDate("3000-01-01"));
        assertEquals(false, Extractor.impossibleDate("9 September 2022"));
    }

    static JsonNode read(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
