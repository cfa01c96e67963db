package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentSource;
import lede.io.Rejects;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real text: the first 400 Reuters-21578 stories, straight from ingest (no extract fields). */
@lede.testing.CorpusTest
class ReutersTest {
    /** Reuters, read only when a corpus test runs (see CorpusCondition). */
    private static String reuters() {
        return lede.testing.CorpusCondition.reuters().toString();
    }

    private static List<ObjectNode> stories() {
        List<ObjectNode> documents = new ArrayList<>();
        try (DocumentSource source = new DocumentSource(List.of(reuters()), Rejects.failFast())) {
            while (source.hasNext() && documents.size() < 400) {
                documents.add(source.next());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return documents;
    }

    private static List<String> run(List<ObjectNode> documents, Report<?> report, int threads) {
        List<String> rows = new ArrayList<>();
        ReportRunner.run(documents.iterator(), Where.all(), report, threads, row -> rows.add(row.toString()));
        return rows;
    }

    @Test
    void threadsChangeNothing() {
        List<ObjectNode> documents = stories();
        List<Supplier<Report<?>>> reports = List.of(
                () -> new CountReport(List.of("day")),
                () -> new NgramsReport(2, 2, Stopwords.named("en"), 0),
                () -> new CollocationsReport("oil", 5, CollocationsReport.Measure.LOGDICE, 2, 0),
                () -> new KeynessReport(Where.parse("title ~ oil"), null, false, Set.of(), 3.84, 0),
                () -> new KwicReport(KwicReport.Mode.TERM, "crude oil", 30, false, 0));
        for (Supplier<Report<?>> report : reports) {
            List<String> one = run(documents, report.get(), 1);
            assertEquals(one, run(documents, report.get(), 3));
            assertEquals(true, one.size() > 2, one.toString());
        }
    }

    @Test
    void countAddsUpToTheDocuments() {
        // the day groups together hold every story once, and the characters of every text
        List<ObjectNode> documents = stories();
        long characters = documents.stream().mapToLong(d -> d.get("text").asText().codePoints().count()).sum();
        List<ObjectNode> rows = new ArrayList<>();
        ReportRunner.run(documents.iterator(), Where.all(), new CountReport(List.of("day")), 2, rows::add);
        assertEquals(400, rows.stream().mapToLong(r -> r.get("documents").asLong()).sum());
        assertEquals(characters, rows.stream().mapToLong(r -> r.get("characters").asLong()).sum());
        // "crude oil" lines: each match is the two tokens, whatever their case
        List<ObjectNode> lines = new ArrayList<>();
        ReportRunner.run(documents.iterator(), Where.all(), new KwicReport(KwicReport.Mode.TERM, "crude oil", 10, false, 0),
                2, lines::add);
        lines.forEach(line -> assertEquals("crude oil", line.get("match").asText().toLowerCase().replaceAll("\\s+", " ")));
    }

    @Test
    void countsMergedFromPartsAreTheCountsOfTheWhole() {
        List<ObjectNode> documents = stories();
        List<String> byMonth = Parts.whole(documents, () -> new CountReport(List.of("month")));
        assertEquals(byMonth, Parts.merged(documents, () -> new CountReport(List.of("month")), 100, 101, 250));
        assertEquals(true, byMonth.size() >= 2, byMonth.toString());
        List<String> bigrams = Parts.whole(documents, () -> new NgramsReport(2, 2, Stopwords.named("en"), 0));
        assertEquals(bigrams, Parts.merged(documents, () -> new NgramsReport(2, 2, Stopwords.named("en"), 0), 7, 300));
        assertEquals(true, bigrams.size() > 100, bigrams.toString());
        List<String> words = Parts.whole(documents, () -> new NgramsReport(1, 1, Set.of(), 50));
        assertEquals(words, Parts.merged(documents, () -> new NgramsReport(1, 1, Set.of(), 50), 200));
    }
}
