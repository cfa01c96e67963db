package lede.ingest.format;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvInputTest {
    @Test
    void repeatedNamesGetTheFirstFreeSuffix() {
        assertEquals(List.of("a", "b", "a_2", "a_3", "b_2"), CsvInput.uniqueNames(List.of("a", "b", "a", "a", "b")));
        // a real a_2 column keeps its name; the repeat of a skips it
        assertEquals(List.of("a", "a_3", "a_2"), CsvInput.uniqueNames(List.of("a", "a", "a_2")));
        assertEquals(List.of("", "_2"), CsvInput.uniqueNames(List.of("", "")));
    }
}
