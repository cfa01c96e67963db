package lede.dedupe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import lede.testing.CorpusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule but --keep first depends on the documents, not on their order (what lets lede spark find the same
 * clusters): the near-duplicate development set and the same documents shuffled give the same documents, each
 * with the same dup field, with --keep longest and earliest, with and without --window.
 */
class DedupeOrderTest {
    @CorpusTest
    @ParameterizedTest
    @ValueSource(strings = {"LONGEST", "EARLIEST:1", "LONGEST:3"})
    void shuffledInputGivesTheSameMarks(String setting) throws IOException {
        Path file = lede.testing.CorpusCondition.testdata().resolve("neardup-dev/synthetic-dev.ndjson");
        List<ObjectNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            docs.add((ObjectNode) Json.MAPPER.readTree(line));
        }
        String[] parts = setting.split(":");
        DedupeOptions options = DedupeOptions.defaults().withKeep(DedupeOptions.Keep.valueOf(parts[0]))
                .withWindow(parts.length > 1 ? Integer.parseInt(parts[1]) : -1);
        List<String> inOrder = sortedLines(docs, options);
        List<ObjectNode> shuffled = new ArrayList<>();
        docs.forEach(doc -> shuffled.add(doc.deepCopy()));
        Collections.shuffle(shuffled, new Random(20));
        assertEquals(inOrder, sortedLines(shuffled, options), setting);
        assertTrue(inOrder.stream().filter(line -> line.contains("\"of\":")).count() > 1000, setting);
    }

    private static List<String> sortedLines(List<ObjectNode> docs, DedupeOptions options) throws IOException {
        List<ObjectNode> copies = new ArrayList<>();
        docs.forEach(doc -> copies.add(doc.deepCopy()));
        List<String> lines = new ArrayList<>(DedupeTest.run(copies, options).bytes().lines().toList());
        Collections.sort(lines);
        return lines;
    }
}
