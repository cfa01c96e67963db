package lede.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static lede.dedupe.DedupeTest.doc;
import static lede.dedupe.DedupeTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verification of candidates: shortened and reordered copies are copies, templates and same-topic stories are not. */
class VerificationTest {
    private static final String TREASURY = "The U.S. Treasury said it will sell %s billion dlrs of three and "
            + "six-month bills at its regular auction next week.\n\nThe March 9 sale, to be evenly divided between "
            + "the three and six month issues, will result in a paydown of %s billion dlrs as maturing bills total "
            + "%s billion dlrs.\n\nThe bills will be issued on March 12.";

    @BeforeAll
    static void load() throws IOException {
        DedupeTest.load();
    }

    private static String[] paragraphs(String text) {
        return text.strip().split("(?:\r?\n[ \t\u00a0]*){2,}");
    }

    @Test
    void theFirstThirdOfAStoryUnderABylineIsAContainedCopy() throws IOException {
        String original = DedupeTest.seeds.get(1);
        String[] parts = paragraphs(original);
        String half = "By a staff reporter\n\n" + String.join("\n\n", Arrays.copyOf(parts, parts.length / 3));
        Run r = run(List.of(doc("original", null, "t", original), doc("other", null, "t", DedupeTest.seeds.get(2)),
                doc("half", null, "t", half)));
        JsonNode dup = r.dup("half");
        assertEquals("original", dup.get("of").asText());
        assertEquals("contained", dup.get("method").asText(), dup.toString());
        assertTrue(dup.get("similarity").asDouble() < DedupeOptions.DEFAULT_THRESHOLD, dup.toString());
        assertTrue(dup.get("containment").asDouble() >= 0.9, dup.toString());
        assertNull(r.dup("other"));
        // turned off, containment finds nothing: the two are not alike as a whole
        assertTrue(DedupeTest.run(List.of(doc("original", null, "t", original), doc("half", null, "t", half)),
                DedupeOptions.defaults().withContainment(1.01)).report().isEmpty());
    }

    @Test
    void paragraphsInAnotherOrderAreTheSameStory() throws IOException {
        String original = DedupeTest.seeds.get(0);
        List<String> parts = new ArrayList<>(List.of(paragraphs(original)));
        Collections.reverse(parts);
        Run r = run(List.of(doc("original", null, "t", original), doc("reversed", null, "t", String.join("\n\n", parts))));
        assertEquals("original", r.dup("reversed").get("of").asText());
        // only the 3-grams that span two paragraphs differ
        assertTrue(r.dup("reversed").get("containment").asDouble() >= 0.8, r.dup("reversed").toString());
    }

    @Test
    void aTemplateWithOtherNumbersIsNotACopyButTheSameNoticeIs() throws IOException {
        String monday = String.format(TREASURY, "13.2", "2.45", "15.65");
        String tuesday = String.format(TREASURY, "12.4", "1.65", "14.85");
        String resent = "WASHINGTON (Wire) - " + monday.replace("said", "told reporters");
        Run r = run(List.of(doc("monday", null, "t", monday), doc("tuesday", null, "t", tuesday),
                doc("resent", null, "t", resent)));
        assertNull(r.dup("tuesday"), "a notice with other figures is another notice");
        assertEquals("monday", r.dup("resent").get("of").asText());
    }

    @Test
    void sameClustersWhateverTheInputOrder() throws IOException {
        List<ObjectNode> docs = new ArrayList<>(DedupeTest.seedCorpus());
        for (int i = 0; i < 5; i++) {
            String[] parts = paragraphs(DedupeTest.seeds.get(i));
            docs.add(doc("seed" + i + "-half", null, "t", String.join("\n\n", Arrays.copyOf(parts, parts.length / 2))));
        }
        Set<Set<String>> expected = clusters(DedupeTest.run(docs, DedupeOptions.defaults()));
        assertEquals(5, expected.size(), expected.toString());
        Random random = new Random(17);
        for (int shuffle = 0; shuffle < 5; shuffle++) {
            Collections.shuffle(docs, random);
            for (int threads : new int[]{1, 3}) {
                assertEquals(expected, clusters(DedupeTest.run(docs, DedupeOptions.defaults().withThreads(threads))));
            }
        }
    }

    private static Set<Set<String>> clusters(DedupeTest.Run run) {
        Set<Set<String>> clusters = new java.util.HashSet<>();
        for (ObjectNode line : run.report()) {
            Set<String> members = new TreeSet<>();
            line.get("members").forEach(m -> members.add(m.asText()));
            clusters.add(members);
        }
        return clusters;
    }

    private record Run(DedupeTest.Run run) {
        JsonNode dup(String id) {
            return run.dup(id);
        }
    }

    private static Run run(List<ObjectNode> docs) throws IOException {
        return new Run(DedupeTest.run(docs, DedupeOptions.defaults()));
    }
}
