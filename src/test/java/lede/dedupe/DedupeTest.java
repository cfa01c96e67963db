package lede.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentSource;
import lede.io.Json;
import lede.io.NdjsonWriter;
import lede.io.Rejects;
import org.junit.jupiter.api.BeforeAll;
import lede.testing.CorpusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupeTest {
    static List<String> seeds;
    private static List<ObjectNode> reuters;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                seeds.add(Files.readString(file));
            }
        }
    }

    /** All of Reuters-21578, read once, for the {@link CorpusTest}s. */
    static List<ObjectNode> reuters() throws IOException {
        if (reuters == null) {
            List<ObjectNode> all = new ArrayList<>();
            try (DocumentSource source = new DocumentSource(List.of(lede.testing.CorpusCondition.reuters().toString()), Rejects.failFast())) {
                source.forEachRemaining(all::add);
            }
            reuters = all;
        }
        return reuters;
    }

    /**
     * A small corpus of real text with copies in it, made from the seeds: each seed and four edited copies
     * of it (last paragraph cut, straight quotes, a promo line added, the lead dropped).
     */
    static List<ObjectNode> seedCorpus() {
        List<ObjectNode> docs = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            String text = seeds.get(i).strip();
            docs.add(doc("seed" + i, "2022-09-0" + (i + 1), "t", text));
            docs.add(doc("seed" + i + "-cut", null, "t", withoutLastParagraph(text)));
            docs.add(doc("seed" + i + "-straight", null, "t", straightQuotes(text)));
            docs.add(doc("seed" + i + "-promo", null, "t", text + "\n\nRead more on our website."));
            docs.add(doc("seed" + i + "-nolead", null, "t", text.substring(text.indexOf("\n\n") + 2)));
        }
        return docs;
    }

    static ObjectNode doc(String id, String date, String title, String text) {
        ObjectNode d = Json.object();
        d.put("id", id);
        if (date != null) {
            d.put("date", date);
        }
        d.put("title", title);
        d.put("text", text);
        return d;
    }

    /** Documents that can be read again: every pass gets fresh copies. */
    static Corpus corpus(List<ObjectNode> docs) {
        return () -> {
            Iterator<ObjectNode> it = docs.stream().map(ObjectNode::deepCopy).iterator();
            return new Corpus.Pass() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public ObjectNode next() {
                    return it.next();
                }

                public void close() {
                }
            };
        };
    }

    record Run(List<ObjectNode> out, List<ObjectNode> report, String bytes, String reportBytes,
               Deduper.Summary summary) {
        ObjectNode byId(String id) {
            return out.stream().filter(d -> d.get("id").asText().equals(id)).findFirst().orElseThrow();
        }

        JsonNode dup(String id) {
            return byId(id).get("dup");
        }
    }

    static Run run(List<ObjectNode> docs, DedupeOptions options) throws IOException {
        return run(corpus(docs), options);
    }

    static Run run(Corpus corpus, DedupeOptions options) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        List<ObjectNode> report = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream reportBytes = new ByteArrayOutputStream();
        Deduper.Summary summary;
        try (NdjsonWriter writer = new NdjsonWriter(bytes); NdjsonWriter reportWriter = new NdjsonWriter(reportBytes)) {
            summary = new Deduper(options).run(corpus, d -> {
                out.add(d);
                writer.write(d);
            }, r -> {
                report.add(r);
                reportWriter.write(r);
            });
        }
        return new Run(out, report, bytes.toString(StandardCharsets.UTF_8),
                reportBytes.toString(StandardCharsets.UTF_8), summary);
    }

    static String withoutLastParagraph(String text) {
        String trimmed = text.strip();
        return trimmed.substring(0, trimmed.lastIndexOf("\n\n"));
    }

    static String straightQuotes(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }

    @Test
    void identicalTextsClusterAndTheFirstIsKept() throws IOException {
        String text = seeds.get(2);
        Run r = run(List.of(
                doc("a", null, "One", text),
                doc("b", null, "Two", seeds.get(3)),
                doc("c", null, "Three", text),
                doc("d", null, "Four", "  " + text.toUpperCase().replace("\n\n", "\n \n") + " ")),
                DedupeOptions.defaults());
        assertEquals("{\"cluster\":\"a\",\"size\":3}", r.dup("a").toString());
        assertNull(r.dup("b"));
        assertEquals("{\"cluster\":\"a\",\"of\":\"a\",\"similarity\":1.0,\"containment\":1.0,"
                + "\"method\":\"exact\"}", r.dup("c").toString());
        assertEquals("{\"cluster\":\"a\",\"of\":\"a\",\"similarity\":1.0,\"containment\":1.0,"
                + "\"method\":\"exact\"}", r.dup("d").toString());
        assertEquals(List.of("a", "b", "c", "d"), r.out.stream().map(d -> d.get("id").asText()).toList());
        assertEquals("{\"cluster\":\"a\",\"size\":3,\"members\":[\"a\",\"c\",\"d\"],\"exact\":2,"
                + "\"min_similarity\":1.0,\"max_similarity\":1.0,\"copies\":[{\"id\":\"c\",\"similarity\":1.0,"
                + "\"containment\":1.0,\"method\":\"exact\"},{\"id\":\"d\",\"similarity\":1.0,\"containment\":1.0,"
                + "\"method\":\"exact\"}]}\n", r.reportBytes);
        assertEquals(new Deduper.Summary(4, 1, 2, 2, 0), r.summary);
    }

    @Test
    void copyWithNewHeadlineTrimmedEndingAndStraightQuotesClustersWithItsOriginal() throws IOException {
        String original = seeds.get(0);
        String copy = straightQuotes(withoutLastParagraph(original));
        assertNotEquals(original.strip(), copy);
        List<ObjectNode> docs = List.of(
                doc("original", "2022-08-06", "Russian forces gather in southern Ukraine", original),
                doc("other", "2022-08-06", "Kherson", seeds.get(2)),
                doc("copy", "2022-08-07", "Putin's convoys head for Kherson as Kyiv pushes back", copy));
        for (DedupeOptions.Field field : DedupeOptions.Field.values()) {
            Run r = run(docs, DedupeOptions.defaults().withField(field));
            JsonNode dup = r.dup("copy");
            assertEquals("original", dup.get("cluster").asText(), field.name());
            assertEquals("original", dup.get("of").asText());
            assertEquals("near", dup.get("method").asText());
            double similarity = dup.get("similarity").asDouble();
            assertTrue(similarity >= 0.85 && similarity < 1.0, "similarity " + similarity);
            assertEquals("{\"cluster\":\"original\",\"size\":2}", r.dup("original").toString());
            assertNull(r.dup("other"));
        }
    }

    @Test
    void differentArticlesAboutTheSameEventDoNotCluster() throws IOException {
        // all five seeds cover Ukraine's 2022 counter-offensive (Kherson, Kharkiv, Belgorod)
        List<ObjectNode> docs = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            docs.add(doc("seed" + i, "2022-09-0" + (i + 1), "Seed " + i, seeds.get(i)));
        }
        for (DedupeOptions.Field field : DedupeOptions.Field.values()) {
            Run r = run(docs, DedupeOptions.defaults().withField(field));
            assertTrue(r.out.stream().noneMatch(d -> d.has("dup")), field.name());
            assertTrue(r.report.isEmpty());
        }
    }

    @Test
    void keepEarliestKeepsTheEarliestDateAndTiesGoToTheSmallerId() throws IOException {
        String text = seeds.get(1);
        String edited = withoutLastParagraph(text);
        List<ObjectNode> docs = List.of(
                doc("undated", null, "t", text),
                doc("sep3", "2022-09-03", "t", text),
                doc("sep1-late", "2022-09-01T18:00:00", "t", edited),
                doc("sep1-early", "2022-09-01T08:30:00Z", "t", text),
                doc("sep1-early-again", "2022-09-01T08:30:00Z", "t", edited));
        Run earliest = run(docs, DedupeOptions.defaults().withKeep(DedupeOptions.Keep.EARLIEST));
        assertEquals("{\"cluster\":\"sep1-early\",\"size\":5}", earliest.dup("sep1-early").toString());
        for (String id : List.of("undated", "sep3", "sep1-late", "sep1-early-again")) {
            assertEquals("sep1-early", earliest.dup(id).get("cluster").asText(), id);
            assertEquals("sep1-early", earliest.dup(id).get("of").asText(), id);
        }
        assertEquals("exact", earliest.dup("sep3").get("method").asText());
        assertEquals("near", earliest.dup("sep1-late").get("method").asText());

        Run first = run(docs, DedupeOptions.defaults());
        assertEquals("{\"cluster\":\"undated\",\"size\":5}", first.dup("undated").toString());

        Run longest = run(docs, DedupeOptions.defaults().withKeep(DedupeOptions.Keep.LONGEST));
        // full text; ties go to the smaller id, whatever the input order
        assertEquals("sep1-early", longest.dup("sep3").get("cluster").asText());

        Run dropped = run(docs, DedupeOptions.defaults().withKeep(DedupeOptions.Keep.EARLIEST).withDrop(true));
        assertEquals(List.of("sep1-early"), dropped.out.stream().map(d -> d.get("id").asText()).toList());
    }

    @Test
    void windowMergesOnlyDocumentsWhoseDatesAreWithinTheWindow() throws IOException {
        String text = seeds.get(3);
        List<ObjectNode> docs = List.of(
                doc("sep01", "2022-09-01", "t", text),
                doc("sep06", "2022-09-06T23:59:00", "t", text),
                doc("sep11", "2022-09-11", "t", text), // 5 days after sep06 but 10 after sep01
                doc("undated", null, "t", text),
                doc("sep12", "2022-09-12", "t", text),
                doc("aug31", "2022-08-31", "t", withoutLastParagraph(text)));
        Run r = run(docs, DedupeOptions.defaults().withWindow(7));
        assertEquals("{\"cluster\":\"sep01\",\"size\":3}", r.dup("sep01").toString());
        assertEquals("sep01", r.dup("sep06").get("cluster").asText());
        assertEquals("sep01", r.dup("aug31").get("cluster").asText());
        assertEquals("near", r.dup("aug31").get("method").asText());
        assertEquals("{\"cluster\":\"sep11\",\"size\":2}", r.dup("sep11").toString());
        assertEquals("sep11", r.dup("sep12").get("cluster").asText());
        assertNull(r.dup("undated"));

        Run oneDay = run(docs, DedupeOptions.defaults().withWindow(1));
        JsonNode aug31 = oneDay.dup("aug31");
        assertEquals("{\"cluster\":\"sep01\",\"size\":2,\"members\":[\"sep01\",\"aug31\"],\"exact\":0,"
                + "\"min_similarity\":" + aug31.get("similarity") + ",\"max_similarity\":" + aug31.get("similarity")
                + ",\"copies\":[{\"id\":\"aug31\",\"similarity\":" + aug31.get("similarity") + ",\"containment\":"
                + aug31.get("containment") + ",\"method\":\"near\"}]}\n"
                + "{\"cluster\":\"sep11\",\"size\":2,\"members\":[\"sep11\",\"sep12\"],\"exact\":1,"
                + "\"min_similarity\":1.0,\"max_similarity\":1.0,\"copies\":[{\"id\":\"sep12\",\"similarity\":1.0,"
                + "\"containment\":1.0,\"method\":\"exact\"}]}\n", oneDay.reportBytes);
        assertTrue(run(docs, DedupeOptions.defaults().withWindow(0)).report.isEmpty()); // no two on one day
        Run none = run(docs, DedupeOptions.defaults());
        assertEquals("{\"cluster\":\"sep01\",\"size\":6}", none.dup("sep01").toString());
    }

    /* Forty sites print one story, each with its own small edit: no 3-gram is rare, the bands find them. */
    @Test
    void aStoryPrintedByFortySitesWithSmallEditsIsOneCluster() throws IOException {
        String text = seeds.get(2).strip();
        String[] words = text.split(" ");
        List<ObjectNode> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String[] edited = words.clone();
            edited[(i * 37) % edited.length] = "edited" + i;
            docs.add(doc("site" + i, null, "t", String.join(" ", edited) + "\n\nMore from site " + i + "."));
        }
        docs.add(doc("other", null, "t", seeds.get(3)));
        Run r = run(docs, DedupeOptions.defaults());
        assertEquals(1, r.report.size(), r.reportBytes);
        assertEquals(40, r.report.get(0).get("size").asInt());
        assertNull(r.dup("other"));
    }

    /* Only --keep first looks at the input order: the clusters, kept documents and dup fields do not. */
    @Test
    void sameClustersInAnyInputOrder() throws IOException {
        List<ObjectNode> docs = new ArrayList<>(seedCorpus());
        String text = seeds.get(3);
        docs.add(doc("sep01", "2022-09-01", "t", text));
        docs.add(doc("sep06", "2022-09-06", "t", text));
        docs.add(doc("sep11", "2022-09-11", "t", text));
        docs.add(doc("sep12", "2022-09-12", "t", withoutLastParagraph(text)));
        docs.add(doc("aug31", "2022-08-31", "t", straightQuotes(text)));
        List<ObjectNode> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        List<ObjectNode> shuffled = new ArrayList<>(docs);
        java.util.Collections.shuffle(shuffled, new java.util.Random(17));
        for (DedupeOptions options : List.of(DedupeOptions.defaults().withKeep(DedupeOptions.Keep.LONGEST),
                DedupeOptions.defaults().withKeep(DedupeOptions.Keep.EARLIEST).withWindow(7),
                DedupeOptions.defaults().withKeep(DedupeOptions.Keep.LONGEST).withWindow(1))) {
            Map<String, String> dups = dups(run(docs, options));
            assertEquals(dups, dups(run(reversed, options)), options.toString());
            assertEquals(dups, dups(run(shuffled, options.withThreads(3))), options.toString());
        }
        // aug31 has the same words as seed3 (2022-09-04), sep01, sep06 and sep11 (quotes do not count); sep11 is 11
        // days after it, so under a 7-day window it and its near copy sep12 are a cluster of their own
        Run week = run(docs, DedupeOptions.defaults().withKeep(DedupeOptions.Keep.EARLIEST).withWindow(7));
        assertEquals("{\"cluster\":\"aug31\",\"size\":4}", week.dup("aug31").toString());
        assertEquals("aug31", week.dup("seed3").get("of").asText());
        assertEquals("{\"cluster\":\"sep11\",\"size\":2}", week.dup("sep11").toString());
        assertEquals("sep11", week.dup("sep12").get("of").asText());
    }

    private static Map<String, String> dups(Run run) {
        Map<String, String> dups = new java.util.TreeMap<>();
        for (ObjectNode d : run.out) {
            dups.put(d.get("id").asText(), String.valueOf(d.get("dup")));
        }
        return dups;
    }

    @Test
    void sameBytesOnEveryRunAndWithAnyThreadCountOnTheSeeds() throws IOException {
        List<ObjectNode> docs = seedCorpus();
        Run one = run(docs, DedupeOptions.defaults().withThreads(1));
        // each seed and its four edited copies are one cluster
        assertEquals(5, one.report.size(), one.reportBytes);
        for (int i = 0; i < 5; i++) {
            assertEquals("[\"seed" + i + "\",\"seed" + i + "-cut\",\"seed" + i + "-straight\",\"seed" + i
                    + "-promo\",\"seed" + i + "-nolead\"]", one.report.get(i).get("members").toString());
        }
        for (int threads : new int[]{1, 2, 3, 8}) {
            Run again = run(docs, DedupeOptions.defaults().withThreads(threads));
            assertEquals(one.bytes, again.bytes, "threads " + threads);
            assertEquals(one.reportBytes, again.reportBytes, "threads " + threads);
        }
    }

    @CorpusTest
    @Test
    void sameBytesOnEveryRunAndWithAnyThreadCount() throws IOException {
        List<ObjectNode> docs = reuters().subList(0, 6000);
        Run one = run(docs, DedupeOptions.defaults().withThreads(1));
        assertTrue(one.report.size() > 100, "clusters: " + one.report.size());
        for (int threads : new int[]{1, 2, 3, 8}) {
            Run again = run(docs, DedupeOptions.defaults().withThreads(threads));
            assertEquals(one.bytes, again.bytes, "threads " + threads);
            assertEquals(one.reportBytes, again.reportBytes, "threads " + threads);
        }
    }

    @CorpusTest
    @Test
    void everyGroupOfIdenticalReutersBodiesIsOneCluster() throws IOException {
        Run r = run(reuters(), DedupeOptions.defaults().withThreads(2));
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (ObjectNode d : reuters()) {
            if (d.path("text").isTextual()) {
                byText.computeIfAbsent(d.get("text").asText(), t -> new ArrayList<>()).add(d.get("id").asText());
            }
        }
        List<List<String>> groups = byText.values().stream().filter(g -> g.size() > 1).toList();
        assertEquals(279, groups.size());
        assertEquals(564, groups.stream().mapToInt(List::size).sum());
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (ObjectNode d : r.out) {
            if (d.has("dup")) {
                clusterOf.put(d.get("id").asText(), d.get("dup").get("cluster").asText());
            }
        }
        for (List<String> group : groups) {
            String cluster = clusterOf.get(group.get(0));
            assertTrue(cluster != null, "not clustered: " + group);
            for (String id : group) {
                assertEquals(cluster, clusterOf.get(id), "group " + group + " is split");
            }
        }
        assertEquals(21578, r.out.size());
    }

    @Test
    void spilledCorpusGivesTheSameOutputAsReReading(@TempDir Path dir) throws IOException {
        List<ObjectNode> docs = seedCorpus();
        Run direct = run(docs, DedupeOptions.defaults());
        try (SpilledCorpus spilled = new SpilledCorpus(() -> corpus(docs).open(), dir)) {
            Run viaSpill = run(spilled, DedupeOptions.defaults());
            assertEquals(direct.bytes, viaSpill.bytes);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aPromoParagraphInFiveSeedStoriesIsRemovedFromEach() throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String tail = i == 4 ? "SIGN UP for our daily Ukraine newsletter - it's free!"
                    : "Sign up for our daily Ukraine newsletter \u2014 it\u2019s free.";
            docs.add(doc("s" + i, null, "t", seeds.get(i).strip() + "\n\n" + tail));
        }
        Run r = run(docs, DedupeOptions.defaults().withParagraphs(true, 5));
        for (int i = 0; i < 5; i++) {
            assertEquals(seeds.get(i).strip(), r.byId("s" + i).get("text").asText()); // the breaks left as they were
        }
        assertEquals(5, r.summary.paragraphsRemoved());
        // at 6 stories nothing is common enough to go
        assertEquals(0, run(docs, DedupeOptions.defaults().withParagraphs(true, 6)).summary.paragraphsRemoved());
    }

    @CorpusTest
    @Test
    void paragraphsInManyStoriesAreRemovedButACopiedStoryIsOneStory() throws IOException {
        List<ObjectNode> reuters = reuters();
        String promo = "Sign up for our daily Ukraine newsletter \u2014 it\u2019s free.";
        List<ObjectNode> docs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // the same promo in five stories (once with straight quotes and a dash of another style)
            String tail = i == 4 ? "SIGN UP for our daily Ukraine newsletter - it's free!" : promo;
            docs.add(doc("s" + i, null, "t", seeds.get(i).strip() + "\n\n" + tail));
        }
        String wire = reuters.get(1).get("text").asText().replace("\n    ", "\n\n");
        for (int i = 0; i < 6; i++) {
            docs.add(doc("wire" + i, null, "t", wire + "\n\nMore from our partners."));
        }
        docs.add(doc("other", null, "t", reuters.get(2).get("text").asText() + "\n\nMore from our partners."));
        Run r = run(docs, DedupeOptions.defaults().withParagraphs(true, 5));
        for (int i = 0; i < 5; i++) {
            ObjectNode d = r.byId("s" + i);
            assertEquals(seeds.get(i).strip(), d.get("text").asText());
            assertFalse(d.get("text").asText().contains("newsletter"));
            assertEquals("{\"removed\":{\"paragraphs\":1}}", d.get("dedupe").toString());
        }
        // the wire story's six copies and "other" are two stories: nothing of theirs is boilerplate at 5
        assertEquals(wire + "\n\nMore from our partners.", r.byId("wire3").get("text").asText());
        assertFalse(r.byId("wire3").has("dedupe"));
        assertEquals(5, r.summary.paragraphsRemoved());

        Run two = run(docs, DedupeOptions.defaults().withParagraphs(true, 2));
        // at 2 stories the partner promo goes, and so does the "Reuter" sign-off that "other" shares
        assertTrue(wire.endsWith("\n\n Reuter"));
        assertEquals(wire.substring(0, wire.lastIndexOf("\n\n")), two.byId("wire5").get("text").asText());
        assertEquals("{\"removed\":{\"paragraphs\":2}}", two.byId("wire5").get("dedupe").toString());
    }
}
