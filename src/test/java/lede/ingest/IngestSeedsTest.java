package lede.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five scraped articles in seeds/: metadata, and texts free of web furniture. */
class IngestSeedsTest {
    private static List<ObjectNode> docs;
    private static Ingest.Summary summary;

    @BeforeAll
    static void ingestSeeds() {
        Ingested run = Ingested.of("seeds/");
        docs = run.documents;
        summary = run.summary;
    }

    private static String text(int i) {
        return docs.get(i).get("text").textValue();
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void fiveDocumentsWithIdsSourcesAndFieldOrder() {
        assertEquals(5, docs.size());
        String[] ids = {"000_908ccf2e5f0b18b0", "001_e346fb210af27363", "002_9b7bed599d2e3ec6",
                "003_7d3ec2061dc0c35b", "004_05a6c317fb3580cc"};
        for (int i = 0; i < 5; i++) {
            assertEquals(ids[i], docs.get(i).get("id").textValue());
            assertEquals("seeds/" + ids[i] + ".txt", docs.get(i).get("source").textValue());
            List<String> names = new ArrayList<>();
            docs.get(i).fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("id", "source", "title", "date", "author", "url", "lang", "text", "meta", "ingest"),
                    names);
        }
    }

    @Test
    void titlesDatesAndAuthors() {
        String[] titles = {null, "Kyiv confirms that it is achieving successes, and Russia is bombing areas "
                + "recaptured by the Ukrainian army", null, "Russians flee border town after night rockets intercepted",
                null};
        String[] dates = {"2022-08-06", null, null, null, "2022-09-09"};
        String[] authors = {null, "AFP", null, null, null};
        for (int i = 0; i < 5; i++) {
            assertEquals(titles[i], docs.get(i).get("title").textValue(), "title of seed " + i);
            assertEquals(dates[i], docs.get(i).get("date").textValue(), "date of seed " + i);
            assertEquals(authors[i], docs.get(i).get("author").textValue(), "author of seed " + i);
        }
    }

    @Test
    void dateMarkerLeavesTheText() {
        assertTrue(text(0).startsWith("Russian tanks, trucks and artillery gather in southern Ukraine as Putin’s "
                + "forces try to tighten their grip on the region amid a valiant counter-offensive by Kiev.\n\nThe "
                + "Kherson region near Crimea"), text(0).substring(0, 200));
        assertTrue(text(4).startsWith("Ukrainian soldiers are being welcomed as heroes"));
        assertTrue(text(0).endsWith("is a key goal of their war."));
    }

    @Test
    void titleAndCreditAreNotRepeatedInTheText() {
        assertTrue(text(1).startsWith("After Ukraine announced new military successes"));
        assertTrue(text(3).startsWith("Panicked Russians are frantically fleeing"));
    }

    @Test
    void paragraphsAreSeparatedByExactlyOneBlankLine() {
        for (int i = 0; i < 5; i++) {
            String t = text(i);
            assertFalse(t.contains("\n\n\n"), "seed " + i);
            assertEquals(t.strip(), t);
            for (String paragraph : t.split("\n\n")) {
                assertFalse(paragraph.isBlank() || paragraph.contains("\n") || paragraph.contains("  ")
                        || paragraph.contains("\u00a0") || !paragraph.equals(paragraph.strip()), "seed " + i + ": [" + paragraph + "]");
            }
        }
    }

    @Test
    void widgetsBannersAndReadAlsoBlocksAreGone() {
        assertTrue(text(1).endsWith("according to the Russian governor of the Belgorod region."));
        assertTrue(text(3).endsWith("The plans were deemed “irrational” by the Kremlin."));
        assertTrue(text(2).endsWith("and forcing Ukrainians to leave the cities."));
        for (int i = 0; i < 5; i++) {
            String t = text(i);
            for (String furniture : List.of("\n\nShare", "Related News", "\n\nComments", "No Comments Found",
                    "Comments are closed", "↯", "Read more", "Read also", "•", "Pictured:", "(pictured)", "Left:",
                    "Right:")) {
                assertFalse(t.contains(furniture), "seed " + i + " still has " + furniture);
            }
        }
    }

    @Test
    void brokenSentencesOfSeed002AreJoined() {
        String t = text(2);
        assertTrue(t.startsWith("For the President of the Russian Federation, Vladimir Putin, the city of Kherson "
                + "is the biggest victory since the beginning of the aggression against Ukraine, so he will throw all "
                + "his forces at the defense of the city.\n\nThe Washington Post writes about it.\n\n"));
        assertTrue(t.contains("\n\nOur defenders have already de-occupied more than 90 settlements in the Kherson "
                + "region.\n\n"));
        assertTrue(t.contains("\n\nDeputy Minister of Defense Hanna Malyar explained why the advancement of the Armed "
                + "Forces in the Kherson region is not happening as quickly as many Ukrainians had hoped.\n\n"));
        assertTrue(t.contains("\n\nAt the same time, President Volodymyr Zelenskyy explained that Russian troops, "
                + "despite the statement of the RF command, are not leaving Kherson, all the most combat-capable "
                + "occupation units remain in place.\n\n"));
        assertTrue(t.contains("\n\nOn October 30, the General Staff of the Armed Forces reported that the Russian "
                + "Federation was withdrawing artillery from the right-bank part of the Kherson Region and forcing "
                + "Ukrainians to leave the cities."));
        // a subheading is not a broken sentence
        assertTrue(t.contains("\n\nCounteroffensive in Kherson Oblast\n\nServicemen of the Armed Forces"));
    }

    @Test
    void repeatedParagraphsOfSeed004AreKeptOnce() {
        String t = text(4);
        assertEquals(1, count(t, "Two separate clips showed Ukrainian soldiers driving Humvees"));
        assertEquals(1, count(t, "Tracer rounds can be seen shooting ahead of the vehicle"));
        // the kept copy has no caption marker and ends its sentence, and stands where the first copy stood
        assertTrue(t.contains("\n\nIn addition to the footage of Ukrainian troops liberating towns, dramatic videos "
                + "of combat also emerged.\n\nTwo separate clips showed Ukrainian soldiers driving Humvees against "
                + "Russian-occupied positions. In one of the clip, filmed with a camera on the soldier’s helmet, he "
                + "can be seen firing a heavy machine gun from the back of the military vehicle as it barrels towards "
                + "a village at dusk.\n\nTracer rounds can be seen shooting ahead of the vehicle, as smoke billows "
                + "from the weapon. At one point, the soldier can be seen switching weapons to a rocket launcher – "
                + "which he fires at the Russian position.\n\nOther clips from Ukraine east"));
    }

    @Test
    void eachDocumentRecordsWhatCleaningRemoved() {
        List<Map<String, Integer>> expected = List.of(
                Map.of("unmarked-caption", 4),
                Map.of("share-widget", 1, "related-news", 1, "comments-widget", 2),
                Map.of("read-more", 4),
                Map.of("banner", 1, "comments-widget", 1),
                Map.of("pictured-inline", 2, "left-right-caption", 1, "photo-caption", 11, "byline", 1,
                        "unmarked-caption", 4, "repeated-paragraph", 2));
        for (int i = 0; i < 5; i++) {
            assertEquals(expected.get(i), counts(docs.get(i).get("ingest").get("removed")), "seed " + i);
        }
        assertEquals(Map.ofEntries(Map.entry("pictured-inline", 2L), Map.entry("share-widget", 1L),
                Map.entry("related-news", 1L), Map.entry("comments-widget", 3L), Map.entry("banner", 1L),
                Map.entry("photo-caption", 11L), Map.entry("left-right-caption", 1L), Map.entry("read-more", 4L),
                Map.entry("byline", 1L), Map.entry("unmarked-caption", 8L), Map.entry("repeated-paragraph", 2L)),
                summary.removed);
        assertEquals("5 documents from 5 files; removed: pictured-inline 2, share-widget 1, related-news 1, "
                + "comments-widget 3, banner 1, photo-caption 11, left-right-caption 1, read-more 4, byline 1, "
                + "unmarked-caption 8, repeated-paragraph 2", summary.describe(0));
    }

    private static Map<String, Integer> counts(JsonNode removed) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = removed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            counts.put(e.getKey(), e.getValue().intValue());
        }
        return counts;
    }

    @Test
    void sameInputSameBytes() throws Exception {
        List<ObjectNode> again = Ingested.of("seeds/").documents;
        for (int i = 0; i < 5; i++) {
            assertEquals(Json.MAPPER.writeValueAsString(docs.get(i)), Json.MAPPER.writeValueAsString(again.get(i)));
        }
    }
}
