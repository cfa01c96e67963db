package lede.export.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page as text: what it embeds, and that no document text can leave the data element. */
class HtmlReportTest {
    private static final HtmlReport.Run RUN = new HtmlReport.Run("test", "lede export --html r.html", "2026-01-01 00:00 UTC");
    private static final String HOSTILE = "</script><script>alert(1)</script><!-- & \u2028 \"q\" 🇺🇦";

    private static JsonNode data(String page) throws Exception {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"lede-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find());
        return Json.MAPPER.readTree(m.group(1));
    }

    @Test
    void hostileTextStaysInsideTheData() throws Exception {
        ObjectNode document = (ObjectNode) Json.MAPPER.readTree("{\"id\":\"x\",\"date\":\"2022-09-09\"}");
        document.put("title", HOSTILE);
        document.put("text", "Kyiv said " + HOSTILE);
        String page = HtmlReport.page(List.of(document), RUN);
        // the page's own three script elements end where they should: the data holds no '<' at all
        assertEquals(3, page.split("</script>", -1).length - 1);
        String embedded = page.substring(page.indexOf("id=\"lede-data\">"), page.indexOf("</script>"));
        assertFalse(embedded.substring(15).contains("<"));
        assertFalse(embedded.contains("\u2028"));
        JsonNode documents = data(page).get("sections").get("documents").get("rows");
        assertEquals(HOSTILE, documents.get(0).get("title").asText());
        assertEquals("Kyiv said " + HOSTILE, documents.get(0).get("text").asText());
    }

    @Test
    void sectionsOnlyWhenTheFieldsAreThere() throws Exception {
        // ingested documents, not extracted: no entities, quotes or numbers; no copies
        ObjectNode a = (ObjectNode) Json.MAPPER.readTree(
                "{\"id\":\"a\",\"source\":\"wire\",\"date\":\"2022-09-01\",\"text\":\"Grain ships left Odesa.\"}");
        ObjectNode b = (ObjectNode) Json.MAPPER.readTree(
                "{\"id\":\"b\",\"source\":\"wire\",\"date\":\"2022-09-20\",\"text\":\"Grain prices fell.\"}");
        JsonNode data = data(HtmlReport.page(List.of(a, b), RUN));
        List<String> sections = new java.util.ArrayList<>();
        data.get("sections").fieldNames().forEachRemaining(sections::add);
        assertEquals(List.of("timeline", "documents"), sections);
        // 20 days: per day, every day present
        assertEquals(20, data.get("sections").get("timeline").get("rows").size());
        assertEquals("{\"day\":\"2022-09-02\",\"originals\":0,\"copies\":0}",
                data.get("sections").get("timeline").get("rows").get(1).toString());
        assertEquals("{\"documents\":2,\"first_date\":\"2022-09-01\",\"last_date\":\"2022-09-20\",\"undated\":0,"
                + "\"copies\":0,\"run\":{\"version\":\"test\",\"command\":\"lede export --html r.html\","
                + "\"date\":\"2026-01-01 00:00 UTC\"},\"sources\":[{\"source\":\"wire\",\"documents\":2,\"tokens\":9,"
                + "\"sentences\":2,\"characters\":41}]}", data.get("overview").toString());
    }

    @Test
    void sampleSectionsUseTheStatsRows() throws Exception {
        List<ObjectNode> documents = HtmlReportBrowserTest.read(HtmlReportBrowserTest.SAMPLE);
        JsonNode sections = data(HtmlReport.page(documents, RUN)).get("sections");
        List<ObjectNode> quotes = new java.util.ArrayList<>();
        lede.stats.Report.run(documents, new lede.stats.QuotesReport(null, 50), quotes::add);
        assertEquals(ReportData.rows(quotes).toString(), sections.get("quotes").get("speakers").toString());
        // 312 documents, one quote each: every one listed
        assertEquals(312, sections.get("quotes").get("rows").size());
        assertEquals(312, sections.get("quotes").get("total").asInt());
        // 12 clusters of an original and its reprint
        assertEquals(24, sections.get("copies").get("rows").size());
        assertEquals("month 2023-03", sections.get("keyness").get("target").asText());
    }

    @Test
    void eachTopNamesMentionsAreThoseOfAPassOverEveryDocument() throws Exception {
        // a lone surname in a document without the full name counts for the full name ("unclaimed")
        List<ObjectNode> surnames = new java.util.ArrayList<>();
        for (String line : List.of(
                "{\"id\":\"a\",\"date\":\"2022-09-01\",\"text\":\"Volodymyr Zelensky spoke.\",\"entities\":"
                        + "[{\"text\":\"Volodymyr Zelensky\",\"type\":\"PERSON\",\"start\":0,\"end\":18}]}",
                "{\"id\":\"b\",\"date\":\"2022-09-02\",\"text\":\"Then ZELENSKY left.\",\"entities\":"
                        + "[{\"text\":\"ZELENSKY\",\"type\":\"PERSON\",\"start\":5,\"end\":13}]}")) {
            surnames.add((ObjectNode) Json.MAPPER.readTree(line));
        }
        for (List<ObjectNode> documents : List.of(HtmlReportBrowserTest.read(HtmlReportBrowserTest.SAMPLE), surnames)) {
            JsonNode sections = data(HtmlReport.page(documents, RUN)).get("sections");
            int names = 0;
            for (String group : List.of("people", "places", "organizations")) {
                if (!sections.has(group)) {
                    continue;
                }
                var mentions = sections.get(group).get("mentions").fields();
                while (mentions.hasNext()) {
                    var entry = mentions.next();
                    List<ObjectNode> lines = new java.util.ArrayList<>();
                    lede.stats.Report.run(documents, new lede.stats.KwicReport(lede.stats.KwicReport.Mode.ENTITY,
                            entry.getKey(), 60, false, ReportData.Caps.DEFAULT.mentions()), lines::add);
                    assertEquals(ReportData.rows(lines).toString(), entry.getValue().toString(), entry.getKey());
                    assertFalse(lines.isEmpty(), entry.getKey());
                    names++;
                }
            }
            assertTrue(names >= 1, names + " names");
        }
    }

    @Test
    void namesThatEqualsIgnoreCaseCallsEqualFoldAlike() {
        String[][] pairs = {{"Kyiv", "KYIV"}, {"Straße", "STRAßE"}, {"ΟΔΟΣ", "οδος"}, {"ΟΔΟΣ", "οδοσ"},
                {"İstanbul", "istanbul"}, {"Łódź", "ŁÓDŹ"}, {"\uD801\uDC00", "\uD801\uDC28"}};
        for (String[] pair : pairs) {
            assertEquals(pair[0].equalsIgnoreCase(pair[1]), MentionIndex.fold(pair[0]).equals(MentionIndex.fold(pair[1])),
                    pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void copiesAreCappedByWholeClustersAndTheHistogramCountsThemAll() throws Exception {
        List<ObjectNode> documents = HtmlReportBrowserTest.read(HtmlReportBrowserTest.SAMPLE);
        // 12 clusters of two: a cap of 5 rows keeps two clusters; a cap below one cluster still shows the first
        JsonNode capped = Copies.section(documents, 5);
        assertEquals(4, capped.get("rows").size());
        assertEquals(24, capped.get("total").asInt());
        assertEquals(capped.get("rows").get(0).get("cluster"), capped.get("rows").get(1).get("cluster"));
        assertEquals(2, Copies.section(documents, 1).get("rows").size());
        assertEquals(24, Copies.section(documents, 2000).get("rows").size());
        long copies = 0;
        for (JsonNode bucket : capped.get("similarity")) {
            copies += bucket.get("copies").asLong();
        }
        assertEquals(12, copies);
        assertEquals(Copies.BUCKETS.size(), capped.get("similarity").size());
    }

    @Test
    void similarityOnABucketEdgeCountsInTheBucketItOpens() throws Exception {
        List<ObjectNode> documents = new java.util.ArrayList<>();
        String[] similarities = {"0.6", "0.7", "0.8", "0.9", "1.0", "0.55", "0.65"};
        for (int i = 0; i < similarities.length; i++) {
            documents.add((ObjectNode) Json.MAPPER.readTree("{\"id\":\"k" + i + "\",\"text\":\"a\",\"dup\":{\"cluster\":\"c" + i
                    + "\"}}"));
            documents.add((ObjectNode) Json.MAPPER.readTree("{\"id\":\"c" + i + "\",\"text\":\"a\",\"dup\":{\"cluster\":\"c" + i
                    + "\",\"of\":\"k" + i + "\",\"similarity\":" + similarities[i] + "}}"));
        }
        assertEquals("[{\"similarity\":\"<0.6\",\"copies\":1},{\"similarity\":\"0.6-0.7\",\"copies\":2},"
                + "{\"similarity\":\"0.7-0.8\",\"copies\":1},{\"similarity\":\"0.8-0.9\",\"copies\":1},"
                + "{\"similarity\":\"0.9-1\",\"copies\":2}]", Copies.section(documents, 100).get("similarity").toString());
    }
}
