package lede.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Documents in the shape {@code ingest | extract} will produce, built from the real seed articles:
 * entities, quotes, quantities and dates are found with simple patterns so their offsets are real
 * code-point offsets into the seed text.
 */
final class Fixtures {
    static final Pattern ENTITY = Pattern.compile("Kherson|Kyiv|Kiev|Putin|Zelenskyy?");
    static final Map<String, String[]> ENTITY_INFO = Map.of(
            "Kherson", new String[]{"CITY", "Kherson"},
            "Kyiv", new String[]{"CITY", "Kyiv"},
            "Kiev", new String[]{"CITY", "Kyiv"},
            "Putin", new String[]{"PERSON", "Vladimir Putin"},
            "Zelensky", new String[]{"PERSON", "Volodymyr Zelenskyy"},
            "Zelenskyy", new String[]{"PERSON", "Volodymyr Zelenskyy"});
    private static final Pattern QUOTE = Pattern.compile("“([^”]{10,400})”");
    private static final Pattern QUANTITY = Pattern.compile("(\\d[\\d,]*) (km|troops|soldiers|settlements)");
    private static final Pattern DATE = Pattern.compile("(March|July|August|September) \\d{1,2}\\b");
    private static final Pattern SEED_DATE = Pattern.compile("^ date (\\d{4}-\\d{2}-\\d{2}) ");

    /** A title that would be a live formula in a spreadsheet. */
    static final String HYPERLINK = "=HYPERLINK(\"http://example.com\",\"click\")";
    /** Quotes, commas, a line break, a flag emoji, Ukrainian, Arabic and Hebrew (right to left). */
    static final String TRICKY_TITLE = "He said \"no\", then left;\nZelenskyy’s “Kyiv — Kharkiv” 🇺🇦 Слава, "
            + "مرحبا بالعالم שלום";

    private Fixtures() {
    }

    static List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document per seed article, plus tricky ones at the end. */
    static List<ObjectNode> documents() {
        List<ObjectNode> documents = new ArrayList<>();
        for (Path seed : seedFiles()) {
            documents.add(document(seed));
        }
        ObjectNode tricky = document(seedFiles().get(1));
        tricky.put("id", "tricky");
        tricky.put("title", TRICKY_TITLE);
        tricky.put("text", "Line one, with \"quotes\"\r\nand a CRLF, a tab\there, emoji 🇺🇦🙂 and RTL: שלום עולם\n\n"
                + tricky.get("text").asText());
        documents.add(tricky);
        ObjectNode formula = Json.object();
        formula.put("id", "formula");
        formula.put("title", HYPERLINK);
        formula.put("text", "A headline that tries to be a formula.");
        formula.put("change", -5);
        formula.put("share", "-0.3%");
        formula.put("note", "-minus sign text");
        documents.add(formula);
        return documents;
    }

    static ObjectNode document(Path seed) {
        String text = read(seed);
        String name = seed.getFileName().toString().replace(".txt", "");
        ObjectNode doc = Json.object();
        doc.put("id", name);
        doc.put("source", "seeds/" + seed.getFileName());
        String firstLine = text.strip().lines().findFirst().orElse("");
        doc.put("title", firstLine.length() > 80 ? firstLine.substring(0, 80) : firstLine);
        Matcher date = SEED_DATE.matcher(text);
        if (date.find()) {
            doc.put("date", date.group(1));
        }
        doc.put("lang", "en");
        doc.put("text", text);
        ObjectNode meta = doc.putObject("meta");
        meta.put("outlet", "seed " + name.substring(0, 3));
        meta.putArray("tags").add("war").add("ukraine");
        doc.put("sentences", text.split("[.!?]\\s").length);
        doc.put("tokens", text.split("\\s+").length);
        ArrayNode entities = doc.putArray("entities");
        Matcher m = ENTITY.matcher(text);
        while (m.find()) {
            ObjectNode entity = span(entities.addObject(), text, m.start(), m.end());
            String[] info = ENTITY_INFO.get(m.group());
            entity.put("type", info[0]);
            entity.put("canonical", info[1]);
        }
        ArrayNode quotes = doc.putArray("quotes");
        m = QUOTE.matcher(text);
        while (m.find()) {
            ObjectNode quote = span(quotes.addObject(), text, m.start(1), m.end(1));
            if (quotes.size() == 1) {
                quote.put("speaker", "Ministry of Defence");
                int at = text.indexOf("Ministry of Defense");
                if (at >= 0) {
                    span(quote.putObject("speaker_mention"), text, at, at + "Ministry of Defense".length());
                }
                quote.put("cue", "added");
            } else {
                quote.putNull("speaker");
                quote.putNull("speaker_mention"); // as extract writes an unknown speaker
            }
        }
        ArrayNode quantities = doc.putArray("quantities");
        m = QUANTITY.matcher(text);
        while (m.find()) {
            ObjectNode quantity = span(quantities.addObject(), text, m.start(), m.end());
            quantity.put("kind", m.group(2).equals("km") ? "DISTANCE" : "COUNT");
            quantity.put("value", Double.parseDouble(m.group(1).replace(",", "")));
            quantity.put("unit", m.group(2).equals("km") ? "km" : null);
            quantity.put("approx", false);
        }
        ArrayNode dates = doc.putArray("dates");
        m = DATE.matcher(text);
        while (m.find()) {
            span(dates.addObject(), text, m.start(), m.end()).put("value", "2022-" + m.group(1).substring(0, 3));
        }
        return doc;
    }

    /** Stats rows as {@code lede stats entities} writes them, plus a formula and negative numbers. */
    static List<ObjectNode> statsRows() {
        List<ObjectNode> rows = new ArrayList<>();
        rows.add(row("Kherson", "CITY", 59, 5, "2022-09-09"));
        rows.add(row("Vladimir Putin", "PERSON", 19, 4, "2022-08-06"));
        rows.add(row(HYPERLINK, "MISC", 1, 1, null));
        ObjectNode negative = row("Kyiv", "CITY", 17, 3, "2022-09-09");
        negative.put("change", -5);
        negative.put("share", -0.3);
        rows.add(negative);
        return rows;
    }

    private static ObjectNode row(String entity, String type, int mentions, int documents, String last) {
        ObjectNode row = Json.object();
        row.put("entity", entity);
        row.put("type", type);
        row.put("mentions", mentions);
        row.put("documents", documents);
        if (last != null) {
            row.put("last_seen", last);
        }
        return row;
    }

    private static ObjectNode span(ObjectNode node, String text, int start, int end) {
        node.put("text", text.substring(start, end));
        node.put("start", text.codePointCount(0, start));
        node.put("end", text.codePointCount(0, end));
        return node;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
