package lede.export.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.extract.ExtractConfig;
import lede.extract.Extractor;
import lede.extract.Seeds;
import lede.io.DocumentSource;
import lede.io.Rejects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report in a real browser (headless Chromium over the DevTools protocol): the committed sample
 * (scripts/report-sample/make-sample.py) and the extracted seeds. Screenshots go to target/report-*.png.
 * Without a Chromium on the PATH the tests say so in one line and are skipped.
 */
class HtmlReportBrowserTest {
    static final Path SAMPLE = Path.of("src/test/resources/lede/export/html/sample.ndjson");
    private static final HtmlReport.Run RUN = new HtmlReport.Run("test", "lede export --html", "2026-01-01 00:00 UTC");
    private static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Path binary = Chromium.find();
        if (binary == null) {
            System.out.println("HtmlReportBrowserTest: no chromium on the PATH: browser tests skipped");
        }
        Assumptions.assumeTrue(binary != null, "no chromium on the PATH");
        browser = new Chromium(binary);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    static List<ObjectNode> read(Path file) throws Exception {
        List<ObjectNode> documents = new ArrayList<>();
        try (DocumentSource source = new DocumentSource(List.of(file.toString()), Rejects.failFast())) {
            source.forEachRemaining(documents::add);
        }
        return documents;
    }

    private static Path write(String name, List<ObjectNode> documents) throws Exception {
        Path page = Path.of("target", name + ".html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        HtmlReport.write(documents, RUN, page);
        return page;
    }

    /** Every chart: drawn (an SVG of non-zero size with shapes in it) and fed at least one data point. */
    private static void chartsDrawn(int expected) throws Exception {
        JsonNode charts = browser.eval("Array.from(document.querySelectorAll('.chart')).map(c => ({name: "
                + "c.getAttribute('aria-label'), points: Number(c.dataset.points), w: c.clientWidth, h: c.clientHeight, "
                + "shapes: c.querySelectorAll('svg path, svg rect, svg circle').length}))");
        assertEquals(expected, charts.size(), charts.toString());
        for (JsonNode chart : charts) {
            assertTrue(chart.get("w").asInt() > 0 && chart.get("h").asInt() > 0, chart.toString());
            assertTrue(chart.get("points").asInt() > 0, chart.toString());
            assertTrue(chart.get("shapes").asInt() > 0, chart.toString());
        }
    }

    @Test
    void sampleReport() throws Exception {
        List<ObjectNode> documents = read(SAMPLE);
        Path page = write("report-sample", documents);
        long millis = browser.open(page);
        System.out.printf(Locale.ROOT, "report-sample.html: %,d bytes, ready %d ms after navigation%n",
                Files.size(page), millis);
        browser.screenshot(Path.of("target", "report-sample.png"));
        assertEquals(List.of(), browser.errors);
        assertEquals("[\"overview\",\"timeline\",\"people\",\"places\",\"organizations\",\"quotes\",\"numbers\","
                        + "\"copies\",\"network\",\"keyness\",\"documents\"]",
                browser.eval("Array.from(document.querySelectorAll('main > section')).map(s => s.id)").toString());
        // timeline, 3 x (top + first five), speakers, numbers, copies, network, keyness: 12
        chartsDrawn(12);

        // quotes search: the rows whose speaker, text, id or date hold "plant"
        long plant = documents.stream().flatMap(d -> { List<JsonNode> q = new ArrayList<>();
            d.path("quotes").forEach(q::add); return q.stream(); })
                .filter(q -> q.path("text").asText().toLowerCase(Locale.ROOT).contains("plant")).count();
        assertTrue(plant > 0);
        // the table shows 100 rows, 100 more on request; search covers every row
        long quotes = documents.stream().mapToLong(d -> d.path("quotes").size()).sum();
        assertEquals(312, quotes);
        assertTrue(plant < 100, "plant: " + plant);
        JsonNode shown = browser.eval("(() => { const input = document.querySelector('#quotes input[type=search]');"
                + " const table = document.querySelectorAll('#quotes table')[1];"
                + " const note = input.parentNode.querySelector('.note'); const more = table.parentNode.nextElementSibling;"
                + " const state = () => [table.tBodies[0].rows.length, note.textContent, more.hidden ? '' : more.textContent];"
                + " const out = [state()]; more.click(); out.push(state());"
                + " input.value = 'PLANT'; input.dispatchEvent(new Event('input')); out.push(state()); return out; })()");
        assertEquals("[[100,\"312 of 312 rows, the first 100 shown\",\"Show 100 more rows\"],"
                + "[200,\"312 of 312 rows, the first 200 shown\",\"Show 100 more rows\"],"
                + "[" + plant + ",\"" + plant + " of 312 rows\",\"\"]]", shown.toString());

        // a click on the first person opens the lines that mention them, the name marked
        JsonNode mentions = browser.eval("(() => { const b = document.querySelector('#people .entity-link');"
                + " b.click(); const panel = document.querySelector('#people .panel');"
                + " return {name: b.textContent, hidden: panel.hidden, heading: panel.querySelector('h3').textContent,"
                + " note: panel.querySelector('.note').textContent,"
                + " marks: Array.from(panel.querySelectorAll('tbody mark')).map(m => m.textContent)}; })()");
        assertFalse(mentions.get("hidden").asBoolean());
        String person = mentions.get("name").asText();
        assertEquals("Mentions of " + person, mentions.get("heading").asText());
        assertTrue(mentions.get("marks").size() > 1, mentions.toString());
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        for (JsonNode mark : mentions.get("marks")) {
            assertTrue(mark.asText().equals(person) || mark.asText().equals(surname), mentions.toString());
        }

        // the CSV of the people table: the header and one line per row of stats entities --type PERSON --top 20
        String csv = browser.eval("ledeReport.csv['people']()").asText();
        String[] lines = csv.split("\n");
        assertEquals("entity,type,mentions,documents,first_date,last_date,variants", lines[0]);
        List<ObjectNode> people = new ArrayList<>();
        lede.stats.Report.run(documents, new lede.stats.EntitiesReport(java.util.Set.of("PERSON"),
                lede.stats.Series.NONE, 20, true), people::add);
        assertEquals(people.size() + 1, lines.length);
        assertTrue(lines[1].startsWith(people.get(0).get("entity").asText() + ",PERSON,"
                + people.get(0).get("mentions") + "," + people.get(0).get("documents") + ","), lines[1]);
        // the page says what the cap of 30 mentions left out
        assertEquals(person, people.get(0).get("entity").asText());
        assertTrue(people.get(0).get("mentions").asInt() > 30);
        assertEquals("Spellings: " + people.get(0).get("variants").asText() + ". Mentions: the first 30 of "
                + people.get(0).get("mentions").asInt() + " (capped at 30).", mentions.get("note").asText());

        // hostile titles are text: only the page's own three scripts, the title shown as written
        assertEquals(3, browser.eval("document.scripts.length").asInt());
        assertTrue(browser.eval("Array.from(document.querySelectorAll('#documents button.link'))"
                + ".some(b => b.textContent === \"</script><script>alert('x')</script> Kyiv notes\")").asBoolean());
        JsonNode opened = browser.eval("(() => { ledeReport.open_document('s0005');"
                + " const text = document.querySelector('#documents .doc-text');"
                + " return [text.textContent.includes('</script><script>'), text.querySelectorAll('script').length,"
                + " text.querySelectorAll('mark.entity').length, text.querySelectorAll('mark.quote').length]; })()");
        assertEquals("[true,0,5,1]", opened.toString());

        // by keyboard: Enter on a focused place opens its mentions and moves the focus to their heading
        String place = browser.eval("(() => { const b = document.querySelector('#places .entity-link'); b.focus();"
                + " return document.activeElement === b ? b.textContent : null; })()").asText();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        browser.call("Input.dispatchKeyEvent", mapper.createObjectNode().put("type", "keyDown").put("key", "Enter")
                .put("code", "Enter").put("windowsVirtualKeyCode", 13).put("text", "\r"));
        browser.call("Input.dispatchKeyEvent", mapper.createObjectNode().put("type", "keyUp").put("key", "Enter")
                .put("code", "Enter").put("windowsVirtualKeyCode", 13));
        assertEquals("Mentions of " + place, browser.eval("document.activeElement.textContent").asText());
        assertFalse(browser.eval("document.querySelector('#places .panel').hidden").asBoolean());

        // the data behind the copies histogram: 12 copies, by similarity
        String[] similarity = browser.eval("ledeReport.csv['copies-similarity']()").asText().split("\n");
        assertEquals("similarity,copies", similarity[0]);
        assertEquals(6, similarity.length);
        assertEquals(12, java.util.Arrays.stream(similarity).skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum());

        // printed: no navigation, buttons or search fields, but the notes saying how many rows a table shows
        browser.call("Emulation.setEmulatedMedia", mapper.createObjectNode().put("media", "print"));
        JsonNode print = browser.eval("(() => { const shown = e => getComputedStyle(e).display !== 'none';"
                + " return [shown(document.querySelector('nav')), shown(document.querySelector('#quotes .tools button')),"
                + " shown(document.querySelector('#quotes input')), shown(document.querySelector('#quotes .tools .note')),"
                + " getComputedStyle(document.querySelector('#quotes .table-wrap')).overflow]; })()");
        browser.call("Emulation.setEmulatedMedia", mapper.createObjectNode().put("media", ""));
        assertEquals("[false,false,false,true,\"visible\"]", print.toString());
        assertEquals(List.of(), browser.errors);
    }

    @Test
    void seedsReport() throws Exception {
        Extractor extractor = new Extractor(ExtractConfig.defaults());
        List<ObjectNode> documents = new ArrayList<>();
        for (Path file : Seeds.files()) {
            ObjectNode document = Seeds.document(file);
            extractor.extract(document);
            documents.add(document);
        }
        Path page = write("report-seeds", documents);
        long millis = browser.open(page);
        System.out.printf(Locale.ROOT, "report-seeds.html: %,d bytes, ready %d ms after navigation%n",
                Files.size(page), millis);
        browser.screenshot(Path.of("target", "report-seeds.png"));
        assertEquals(List.of(), browser.errors);
        int charts = browser.eval("document.querySelectorAll('.chart').length").asInt();
        assertTrue(charts >= 5, "charts: " + charts);
        chartsDrawn(charts);
    }
}
