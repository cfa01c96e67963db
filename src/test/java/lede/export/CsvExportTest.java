package lede.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExportTest {
    static final SheetExport.Shape ALL = new SheetExport.Shape(null, null, "; ");
    final List<String> warnings = new ArrayList<>();

    byte[] export(List<ObjectNode> records, SheetExport.Shape shape, CsvTable.Style style) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTable table = new CsvTable(out, style)) {
            SheetExport.write(records.iterator(), shape, table, warnings::add);
        }
        return out.toByteArray();
    }

    static List<CSVRecord> parse(String csv, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                .setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = format.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void documentsRoundTripThroughCommonsCsv() throws IOException {
        List<ObjectNode> documents = Fixtures.documents();
        List<CSVRecord> records = parse(utf8(export(documents, ALL, CsvTable.Style.csv())), ',');
        assertEquals(documents.size(), records.size());
        for (int i = 0; i < documents.size(); i++) {
            ObjectNode doc = documents.get(i);
            CSVRecord record = records.get(i);
            if (doc.get("id").asText().equals("formula")) {
                continue; // its title is guarded: see FormulaGuardTest
            }
            for (String field : List.of("id", "source", "title", "lang", "text", "sentences", "tokens")) {
                assertEquals(doc.get(field).asText(), record.get(field), doc.get("id") + " " + field);
            }
            assertEquals(doc.path("date").asText(""), record.get("date"));
            assertEquals(doc.at("/meta/outlet").asText(), record.get("meta.outlet"));
            assertEquals("war; ukraine", record.get("meta.tags"));
            assertEquals(joined(doc.get("entities"), "text"), record.get("entities.text"));
            assertEquals(joined(doc.get("entities"), "canonical"), record.get("entities.canonical"));
            assertEquals(joined(doc.get("entities"), "start"), record.get("entities.start"));
        }
        CSVRecord tricky = records.get(documents.size() - 2);
        assertEquals(Fixtures.TRICKY_TITLE, tricky.get("title"));
        assertTrue(tricky.get("text").startsWith("Line one, with \"quotes\"\r\nand a CRLF, a tab\there, emoji 🇺🇦🙂"
                + " and RTL: שלום עולם\n\nKyiv confirms"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void headerIsTheUnionOfFieldsInFirstSeenOrder() throws IOException {
        String csv = utf8(export(Fixtures.documents(), ALL, CsvTable.Style.csv()));
        String header = csv.substring(0, csv.indexOf('\n'));
        assertEquals("id,source,title,date,lang,text,meta.outlet,meta.tags,sentences,tokens,"
                + "entities.text,entities.start,entities.end,entities.type,entities.canonical,"
                + "quotes.text,quotes.start,quotes.end,quotes.speaker,quotes.speaker_mention.text,"
                + "quotes.speaker_mention.start,quotes.speaker_mention.end,quotes.cue,"
                + "quantities.text,quantities.start,quantities.end,quantities.kind,quantities.value,"
                + "quantities.unit,quantities.approx,dates.text,dates.start,dates.end,dates.value,"
                + "change,share,note", header);
    }

    @Test
    void rowsWithDifferentFieldsLineUp() throws IOException {
        List<ObjectNode> rows = List.of(
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"b\":1,\"a\":\"x\",\"tags\":[]}"),
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"a\":\"y\",\"c\":{\"d\":true},\"tags\":[{\"k\":1},{\"j\":2}]}"),
                (ObjectNode) lede.io.Json.MAPPER.readTree("{\"c\":{\"d\":false},\"b\":null,\"tags\":[{\"k\":3}]}"));
        assertEquals("b,a,tags.k,tags.j,c.d\n"
                + "1,x,,,\n"
                + "\"\",y,\"1; \",; 2,true\n" // Commons CSV quotes an empty first field and a trailing space
                + "\"\",,3,,false\n", utf8(export(rows, ALL, CsvTable.Style.csv())));
    }

    @Test
    void emptyInputGivesAnEmptyFile() throws IOException {
        assertEquals("", utf8(export(List.of(), ALL, CsvTable.Style.csv())));
        assertEquals("", utf8(export(List.of(lede.io.Json.object()), ALL, CsvTable.Style.csv())));
        assertEquals("id,date\n", utf8(export(List.of(), new SheetExport.Shape(List.of("id", "date"), null, "; "),
                CsvTable.Style.csv())));
    }

    @Test
    void excelStyleHasByteOrderMarkAndCrlf() throws IOException {
        byte[] bytes = export(Fixtures.documents(), ALL, new CsvTable.Style(',', true, true));
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String csv = utf8(bytes).substring(1);
        assertTrue(csv.startsWith("id,source,title,date,lang,text,meta.outlet,meta.tags,"));
        assertEquals("\r\n", csv.substring(csv.indexOf("change,share,note") + 17,
                csv.indexOf("change,share,note") + 19));
        List<CSVRecord> records = parse(csv, ',');
        assertEquals(Fixtures.TRICKY_TITLE, records.get(5).get("title"));
        assertEquals("Zelenskyy’s “Kyiv — Kharkiv” 🇺🇦 Слава, مرحبا بالعالم שלום",
                records.get(5).get("title").substring(records.get(5).get("title").indexOf('\n') + 1));
    }

    @Test
    void tsvAndOtherDelimitersRoundTrip() throws IOException {
        List<ObjectNode> documents = Fixtures.documents();
        for (char delimiter : new char[]{'\t', ';', '|'}) {
            String csv = utf8(export(documents, ALL, new CsvTable.Style(delimiter, false, true)));
            assertTrue(csv.startsWith("id" + delimiter + "source" + delimiter + "title"));
            List<CSVRecord> records = parse(csv, delimiter);
            for (int i = 0; i < documents.size() - 1; i++) {
                assertEquals(documents.get(i).get("text").asText(), records.get(i).get("text"));
                assertEquals(documents.get(i).get("title").asText(), records.get(i).get("title"));
            }
        }
    }

    @Test
    void fieldsPickExactColumnsAndWarnAboutUnknownOnes() throws IOException {
        SheetExport.Shape shape = new SheetExport.Shape(List.of("id", "meta", "entities.type", "nosuch", "date"),
                null, "|");
        List<CSVRecord> records = parse(utf8(export(Fixtures.documents().subList(0, 2), shape,
                CsvTable.Style.csv())), ',');
        assertEquals(List.of("id", "meta", "entities.type", "nosuch", "date"), records.get(0).getParser().getHeaderNames());
        assertEquals("{\"outlet\":\"seed 000\",\"tags\":[\"war\",\"ukraine\"]}", records.get(0).get("meta"));
        assertEquals("PERSON|CITY|CITY", records.get(0).get("entities.type").substring(0, 16));
        assertEquals("", records.get(1).get("date"));
        assertEquals(List.of("no row has a value for the field nosuch (misspelt? nested fields take dotted names "
                + "such as meta.topics)"), warnings);
    }

    @Test
    void explodeGivesOneRowPerEntityMention() throws IOException {
        List<ObjectNode> documents = Fixtures.documents();
        SheetExport.Shape shape = new SheetExport.Shape(
                List.of("id", "date", "entities.text", "entities.type", "entities.canonical"), "entities", "; ");
        List<CSVRecord> records = parse(utf8(export(documents, shape, CsvTable.Style.csv())), ',');
        // 18 + 6 + 19 + 13 + 48 mentions in the five seeds, 6 in the copy of seed 001, none in "formula"
        assertEquals(110, records.size());
        assertEquals(List.of("000_908ccf2e5f0b18b0", "2022-08-06", "Putin", "PERSON", "Vladimir Putin"),
                records.get(0).toList());
        assertEquals(List.of("000_908ccf2e5f0b18b0", "2022-08-06", "Kiev", "CITY", "Kyiv"), records.get(1).toList());
        assertEquals(List.of("001_e346fb210af27363", "", "Kyiv", "CITY", "Kyiv"), records.get(18).toList());
        long kherson = records.stream().filter(r -> r.get("entities.canonical").equals("Kherson")).count();
        assertEquals(11 + 1 + 15 + 7 + 18 + 1, kherson);
        assertEquals(List.of(), warnings);
    }

    @Test
    void explodeWithoutFieldsKeepsEveryParentColumn() throws IOException {
        List<ObjectNode> documents = Fixtures.documents().subList(0, 1);
        String csv = utf8(export(documents, new SheetExport.Shape(null, "quotes", "; "), CsvTable.Style.csv()));
        List<CSVRecord> records = parse(csv, ',');
        assertEquals(documents.get(0).get("quotes").size(), records.size());
        assertEquals(List.of("id", "source", "title", "date", "lang", "text", "meta.outlet", "meta.tags", "sentences",
                "tokens", "entities.text", "entities.start", "entities.end", "entities.type", "entities.canonical",
                "quotes.text", "quotes.start", "quotes.end", "quotes.speaker", "quotes.speaker_mention.text",
                "quotes.speaker_mention.start", "quotes.speaker_mention.end", "quotes.cue", "quantities.text",
                "quantities.start", "quantities.end", "quantities.kind", "quantities.value", "quantities.unit",
                "quantities.approx", "dates.text", "dates.start", "dates.end", "dates.value"),
                records.get(0).getParser().getHeaderNames());
        JsonNode first = documents.get(0).get("quotes").get(0);
        assertEquals(first.get("text").asText(), records.get(0).get("quotes.text"));
        assertEquals("Ministry of Defence", records.get(0).get("quotes.speaker"));
        assertEquals("", records.get(1).get("quotes.speaker"));
        assertEquals(documents.get(0).get("text").asText(), records.get(1).get("text"));
    }

    @Test
    void explodingAMissingFieldWritesOnlyTheHeaderAndSaysSo() throws IOException {
        String csv = utf8(export(Fixtures.statsRows(), new SheetExport.Shape(null, "entities", "; "),
                CsvTable.Style.csv()));
        assertEquals("entity,type,mentions,documents,last_seen,change,share\n", csv);
        assertEquals(List.of("no record has the field entities to explode: wrote no rows"), warnings);
    }

    /** Reuters, read only when a corpus test runs (see CorpusCondition). */
    static String reuters() {
        return lede.testing.CorpusCondition.reuters().toString();
    }

    static List<ObjectNode> reuters(int limit) throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        try (lede.io.DocumentSource source = new lede.io.DocumentSource(List.of(reuters()), lede.io.Rejects.failFast())) {
            while (source.hasNext() && documents.size() < limit) {
                documents.add(source.next());
            }
        }
        return documents;
    }

    @lede.testing.CorpusTest
    @Test
    void wholeReutersCorpusRoundTrips() throws IOException {
        List<ObjectNode> documents = reuters(Integer.MAX_VALUE);
        assertEquals(21578, documents.size());
        List<CSVRecord> records = parse(utf8(export(documents, ALL, CsvTable.Style.csv())), ',');
        assertEquals(21578, records.size());
        assertEquals(List.of("id", "newid", "oldid", "title", "date", "date_raw", "source", "dateline", "text",
                "text_type", "topics", "places", "people", "orgs", "exchanges", "companies", "has_topics",
                "lewissplit", "cgisplit", "file"), records.get(0).getParser().getHeaderNames());
        for (int i = 0; i < documents.size(); i++) {
            ObjectNode doc = documents.get(i);
            CSVRecord record = records.get(i);
            assertEquals(doc.get("id").asText(), record.get("id"));
            assertEquals(doc.path("text").asText(""), FormulaGuardTest.unguard(record.get("text")), doc.get("id").asText());
            assertEquals(doc.path("title").asText(""), FormulaGuardTest.unguard(record.get("title")));
            assertEquals(CsvExportTest.joinedValues(doc.get("places")), record.get("places"));
        }
    }

    @Test
    void explodeAnArrayOfPlainValues() throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        for (String[] doc : new String[][]{{"wire-1", "el-salvador", "usa", "uruguay"}, {"wire-2", "usa"}, {"wire-3", "usa"}}) {
            ObjectNode d = lede.io.Json.object();
            d.put("id", doc[0]);
            var places = d.putArray("places");
            for (int i = 1; i < doc.length; i++) {
                places.add(doc[i]);
            }
            documents.add(d);
        }
        List<CSVRecord> records = parse(utf8(export(documents,
                new SheetExport.Shape(List.of("id", "places"), "places", "; "), CsvTable.Style.csv())), ',');
        assertEquals(List.of(List.of("wire-1", "el-salvador"), List.of("wire-1", "usa"),
                        List.of("wire-1", "uruguay"), List.of("wire-2", "usa"), List.of("wire-3", "usa")),
                records.stream().map(CSVRecord::toList).toList());
    }

    static String joinedValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join("; ", values);
    }

    static String joined(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array) {
            values.add(element.path(field).asText(""));
        }
        return String.join("; ", values);
    }
}
