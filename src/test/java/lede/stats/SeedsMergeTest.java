package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every report computed on the extracted seeds in consecutive parts and merged in order gives exactly the rows
 * (as JSON text) of the report over all five at once: one part, two, three, and an empty part first, between
 * and last. Limits that the first part alone already reaches or crosses are among them.
 */
class SeedsMergeTest {
    private static final int[][] SPLITS = {{}, {2}, {1, 4}, {0}, {2, 2}, {5}, {1, 2, 3, 4}};

    private static List<ObjectNode> seeds;

    @BeforeAll
    static void extractSeeds() {
        seeds = ExtractedSeeds.documents();
    }

    /** Checks one report on every split, and that it has rows at all (else the check proves nothing). */
    private static <P, R extends MergeableReport<P, R>> void sameInParts(String name, Supplier<R> report) {
        List<String> whole = Parts.whole(seeds, report);
        assertFalse(whole.isEmpty(), name + " has no rows on the seeds");
        for (int[] cuts : SPLITS) {
            assertEquals(whole, Parts.merged(seeds, report, cuts), name + " cut at " + Arrays.toString(cuts));
        }
    }

    @Test
    void countsAndNgrams() {
        sameInParts("count", () -> new CountReport(List.of()));
        sameInParts("count by month", () -> new CountReport(List.of("month", "id")));
        sameInParts("bigrams", () -> new NgramsReport(2, 2, Stopwords.named("en"), 0));
        sameInParts("top words", () -> new NgramsReport(1, 1, Set.of(), 20));
    }

    @Test
    void entitiesAndQuotes() {
        sameInParts("entities", () -> new EntitiesReport(Set.of(), Series.NONE, 0, true));
        sameInParts("people by week", () -> new EntitiesReport(Set.of("PERSON"), Series.by("week"), 0, true));
        sameInParts("speakers", () -> new QuotesReport(null, 0));
        sameInParts("top speakers", () -> new QuotesReport(null, 3));
        sameInParts("Zelensky's quotes", () -> new QuotesReport("Zelensky", 0));
        sameInParts("Zelensky's first quotes", () -> new QuotesReport("Zelensky", 2));
        sameInParts("Zelensky's first five quotes", () -> new QuotesReport("Zelensky", 5));
    }

    @Test
    void cooccurrences() {
        sameInParts("cooccur by document", () -> new CooccurReport(false, Set.of(), 1, 0));
        sameInParts("cooccur by sentence", () -> new CooccurReport(true, Set.of(), 1, 0));
        sameInParts("top places together", () -> new CooccurReport(false, EntitiesReport.PLACE_TYPES, 2, 10));
    }

    @Test
    void collocations() {
        for (CollocationsReport.Measure measure : CollocationsReport.Measure.values()) {
            sameInParts("collocations " + measure,
                    () -> new CollocationsReport("Kherson", 4, measure, 1, 0));
        }
        sameInParts("top collocations",
                () -> new CollocationsReport("russian", 2, CollocationsReport.Measure.LL, 2, 5));
    }

    @Test
    void keyness() {
        // the first and fourth seeds against the rest, and against the last seed only
        ObjectNode first = seeds.get(0);
        ObjectNode fourth = seeds.get(3);
        ObjectNode last = seeds.get(seeds.size() - 1);
        sameInParts("keyness", () -> new KeynessReport(d -> d == first || d == fourth, null, false,
                Stopwords.named("en"), 0, 0));
        sameInParts("keyness of entities", () -> new KeynessReport(d -> d == first || d == fourth, d -> d == last,
                true, Set.of(), 0, 0));
        sameInParts("top keywords", () -> new KeynessReport(d -> d == first, null, false, Set.of(), 3.84, 10));
    }

    @Test
    void quantities() {
        sameInParts("quantities", () -> new QuantitiesReport(null, null, 0));
        sameInParts("top values", () -> new QuantitiesReport(null, null, 3));
        sameInParts("quantities by week", () -> new QuantitiesReport(null, Docs.Period.WEEK, 0));
    }

    @Test
    void concordances() {
        sameInParts("kwic term", () -> new KwicReport(KwicReport.Mode.TERM, "Kherson", 30, false, 0));
        sameInParts("kwic first lines", () -> new KwicReport(KwicReport.Mode.TERM, "Kherson", 30, false, 7));
        // 40 of the 52 "Kherson"s run through several seeds, so the limit is met in a later part
        sameInParts("kwic lines up to a later part",
                () -> new KwicReport(KwicReport.Mode.TERM, "Kherson", 30, false, 40));
        sameInParts("kwic regex", () -> new KwicReport(KwicReport.Mode.REGEX, "[0-9]+ (people|troops)", 20, false, 0));
        sameInParts("kwic entity", () -> new KwicReport(KwicReport.Mode.ENTITY, "Vladimir Putin", 20, false, 0));
    }
}
