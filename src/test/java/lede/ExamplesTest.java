package lede;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recipes in examples/ run as a reporter would run them (bash, the launcher, real processes) on
 * seeds/, and say what they should. The launcher runs the classes under test (LEDE_CLASSPATH), so no
 * build is needed; the first recipe extracts the seeds once and the others reuse it, as they do for users.
 */
class ExamplesTest {
    @TempDir
    static Path out;

    private static String pipeline;

    private static String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "examples/" + script));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LEDE_CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("LEDE_OUT", out.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] bytes;
        try (InputStream in = process.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), script + " did not finish");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), script + " failed:\n" + text);
        return text.replace(out + "/", "OUT/");
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::stripTrailing).toList();
    }

    @BeforeAll
    static void runTheSeedsPipeline() throws Exception {
        pipeline = run("seeds-pipeline.sh");
    }

    @Test
    void seedsPipelineLeavesItsResults() throws IOException {
        for (String file : List.of("seeds.extracted.ndjson", "documents.ndjson", "duplicates.ndjson",
                "top-people.ndjson", "top-places.ndjson", "top-organizations.ndjson", "top-speakers.ndjson",
                "entity-mentions.csv", "entity-mentions.xlsx", "report.html")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
        assertEquals(5, Files.readAllLines(out.resolve("documents.ndjson")).size());
        // for Excel: a byte-order mark and CRLF line ends
        String csvText = Files.readString(out.resolve("entity-mentions.csv"));
        assertTrue(csvText.startsWith("\uFEFFid,date,title,entities.text,entities.type,entities.canonical,"
                + "entities.start,entities.end\r\n"), csvText.substring(0, 100));
        List<String> csv = Files.readAllLines(out.resolve("entity-mentions.csv"));
        // one row per mention: the CSV has as many rows as the documents have entities
        long mentions = Files.readAllLines(out.resolve("documents.ndjson")).stream()
                .mapToLong(line -> readTree(line).get("entities").size()).sum();
        assertEquals(mentions, csv.size() - 1);
        assertTrue(pipeline.contains("entity-mentions.csv       one row per entity mention (" + mentions + " rows)"),
                pipeline);
        assertTrue(lines(pipeline).contains(
                "Volodymyr Zelensky  PERSON        11          5  2022-08-06  2022-09-09  "
                        + "Zelensky; Volodymyr Zelensky; Volodymyr Zelenskyy"), pipeline);
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String line) {
        try {
            return lede.io.Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCorpusAsTheFirstArgument() throws Exception {
        // an NDJSON that extract annotated is used as it is (the committed report sample: 312 documents)
        List<String> rows = lines(run("quoted-most.sh", "src/test/resources/lede/export/html/sample.ndjson"));
        assertEquals(List.of("speaker", "quotes", "documents", "first_date", "last_date", "example"),
                List.of(rows.get(0).split(" +")));
        // header, ten speakers, and stderr's line on the copies left out (the sample holds dedupe's marks)
        assertEquals(12, rows.size(), rows.toString());
        assertEquals("lede stats quotes: left out 12 copies (documents with dup.of, marked by lede dedupe); "
                + "--include-copies counts them", rows.get(11));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<script type=\"application/json\" id=\"lede-data\">"));
    }

    @Test
    void whoIsQuotedMost() throws Exception {
        List<String> rows = lines(run("quoted-most.sh"));
        assertEquals(List.of("speaker", "quotes", "documents", "first_date", "last_date", "example"),
                List.of(rows.get(0).split(" +")));
        // six direct quotes and two partial ones ("liberated dozens of settlements"), in three articles
        assertEquals(List.of("Volodymyr Zelensky", "8", "3", "2022-09-09", "2022-09-09"),
                List.of(rows.get(1).split(" {2,}")).subList(0, 5), rows.get(1));
    }

    @Test
    void placesPerWeek() throws Exception {
        String printed = run("places-per-week.sh");
        List<String> csv = Files.readAllLines(out.resolve("places-per-week.csv"));
        assertEquals("week,entity,type,mentions,documents,share", csv.get(0));
        // seed 000's caption naming Kherson ("The destroyed Fabrika shopping center ...") is removed by ingest
        assertTrue(csv.contains("2022-W31,Kherson,CITY,10,1,1.0"), csv.toString());
        assertTrue(csv.contains("2022-W36,Kherson,CITY,14,1,1.0"), csv.toString());
        assertTrue(printed.contains("wrote OUT/places-per-week.csv"));
    }

    @Test
    void wireCopies() throws Exception {
        // the five seeds are five different stories
        assertEquals(List.of("clusters: 0", "stories: 5 of 5 articles"), lines(run("wire-copies.sh")));
    }

    @Test
    void everyQuoteOfOnePersonIntoExcel() throws Exception {
        List<String> rows = lines(run("quotes-of-person.sh", "Volodymyr Zelensky"));
        assertTrue(rows.contains("003_7d3ec2061dc0c35b  -           Volodymyr Zelensky  "
                + "Russian servicemen must flee if they want to live."), rows.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out.resolve("quotes.xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(8, sheet.getLastRowNum()); // header + eight quotes, two of them partial
            Row header = sheet.getRow(0);
            assertEquals("id", header.getCell(0).getStringCellValue());
            assertEquals("Russian servicemen must flee if they want to live.",
                    sheet.getRow(4).getCell(3).getStringCellValue());
        }
    }

    @Test
    void wordsThatMarkCoverageAfterADate() throws Exception {
        List<String> rows = lines(run("keyness-after-date.sh", "2022-09-01"));
        // the columns' widths follow the reference side's words too (keyness lists both directions)
        assertEquals(List.of("term", "target_count", "reference_count", "target_per_million", "reference_per_million",
                "ll", "log_ratio"), List.of(rows.get(0).split(" +")));
        // "Ukrainian" was first while seed 004's captions ("Pictured: ... Ukrainian soldiers") stayed in its text
        assertEquals(List.of("south", "14", "0", "4753.820", "0.000", "4.642", "2.336"),
                List.of(rows.get(1).split(" +")));
    }

    @Test
    void everyMentionOfAPersonInContext() throws Exception {
        List<String> rows = lines(run("kwic-person.sh", "Volodymyr Zelensky"));
        // header + 11 mentions: with the surname merge, a lone "Zelensky" in a seed that names no full name
        // ending with it counts too (seed 004's caption naming him is removed by ingest)
        assertEquals(12, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.contains("  Volodymyr Zelenskyy   explained that Russian troops")));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("003_7d3ec2061dc0c35b") && r.contains("  Zelensky  ")));
    }
}
