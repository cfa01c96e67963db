package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.io.LedeException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WhereTest {
    private static List<String> ids(String expression, String fixture) {
        Where where = Where.parse(expression);
        return Fixtures.read(fixture).stream().filter(where).map(d -> d.get("id").asText()).toList();
    }

    @Test
    void datesCompareAtTheLiteralsPrecision() {
        // w2's date is 2022-09-10T08:00:00Z: it is "2022-09-10" at day precision, "2022-09" at month precision
        assertEquals(List.of("w1", "w2"), ids("date = 2022-09", "words.ndjson"));
        assertEquals(List.of("w2", "w3"), ids("date >= 2022-09-10", "words.ndjson"));
        assertEquals(List.of("w1", "w2"), ids("date <= 2022-09-10", "words.ndjson"));
        assertEquals(List.of("w1", "w2", "w3"), ids("date = 2022", "words.ndjson"));
        assertEquals(List.of("w3"), ids("date > 2022-09", "words.ndjson"));
        // w4 has no date: every comparison is false, so only "not" brings it back
        assertEquals(List.of("w4"), ids("not date < 2100", "words.ndjson"));
    }

    @Test
    void stringsRegexAndBooleanLogic() {
        assertEquals(List.of("w3", "w4"), ids("source = 'moscow'", "words.ndjson"));
        assertEquals(List.of("w1", "w2"), ids("source != moscow", "words.ndjson"));
        assertEquals(List.of("w2", "w3"), ids("text ~ 'DOGS?\\b'", "words.ndjson"));
        // and binds tighter than or
        assertEquals(List.of("w1", "w3"), ids("id = w1 or source = moscow and date >= 2022", "words.ndjson"));
        assertEquals(List.of("w1"), ids("(id = w1 or source = moscow) and not (date >= 2022-10 OR id == w4)",
                "words.ndjson"));
        ObjectNode document = Json.object();
        document.putObject("meta").put("words", 120).put("section", "World");
        assertEquals(true, Where.parse("meta.words > 99 and meta.section = World").test(document));
        assertEquals(false, Where.parse("meta.words > 120.5").test(document));
    }

    @Test
    void hasEntityMatchesCanonicalOrTextIgnoringCase() {
        assertEquals(List.of("e1", "e2", "e3"), ids("has entity \"kherson\"", "entities.ndjson"));
        assertEquals(List.of("e4"), ids("has entity 'Volodymyr Zelenskyy'", "entities.ndjson"));
        assertEquals(List.of("e1"), ids("date >= 2022-09-01 and has entity \"Kherson\" and has entity Zelensky "
                + "and not has entity Biden", "entities.ndjson"));
    }

    @Test
    void errorsPointAtTheColumn() {
        assertEquals("--where column 9: expected a value after >=, found 'and' (quote it to mean the word) in: date >= and x",
                assertThrows(LedeException.class, () -> Where.parse("date >= and x")).getMessage());
        assertEquals("--where column 22: expected a field name, not, has or (, found the end in: "
                        + "date >= 1987-03 and (",
                assertThrows(LedeException.class, () -> Where.parse("date >= 1987-03 and (")).getMessage());
        assertEquals("--where column 8: expected ) to close the ( at column 1, found the end in: (id = 1",
                assertThrows(LedeException.class, () -> Where.parse("(id = 1")).getMessage());
        assertEquals("--where column 6: string not closed: missing \" in: id = \"w1",
                assertThrows(LedeException.class, () -> Where.parse("id = \"w1")).getMessage());
        assertEquals("--where column 5: expected entity after has, found 'word' in: has word x",
                assertThrows(LedeException.class, () -> Where.parse("has word x")).getMessage());
        assertEquals("--where column 9: unexpected 'w2', expected and, or or the end in: id = w1 w2",
                assertThrows(LedeException.class, () -> Where.parse("id = w1 w2")).getMessage());
        assertEquals("--where column 6: bad regular expression: Unclosed group in: id ~ '('",
                assertThrows(LedeException.class, () -> Where.parse("id ~ '('")).getMessage());
    }
}
