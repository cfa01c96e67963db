package lede.export.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.stats.Docs;

import java.util.List;

/** The numbers section: stats quantities' kind-and-unit rows, and each quantity with its sentence. */
final class QuantitySentences {
    private static final int MAX_SENTENCE = 300;

    private QuantitySentences() {
    }

    static void section(ObjectNode sections, List<ObjectNode> documents, int cap, List<ObjectNode> summary) {
        ObjectNode section = sections.putObject("numbers");
        section.set("summary", ReportData.rows(summary));
        section.put("cap", cap);
        ArrayNode rows = section.putArray("rows");
        long total = 0;
        for (ObjectNode document : documents) {
            JsonNode quantities = document.get("quantities");
            if (quantities == null || !quantities.isArray()) {
                continue;
            }
            int[] text = null;
            for (JsonNode q : quantities) {
                total++;
                if (rows.size() >= cap) {
                    continue;
                }
                if (text == null) {
                    text = Docs.text(document).codePoints().toArray();
                }
                ObjectNode row = rows.addObject();
                row.put("id", Docs.id(document));
                row.put("date", Docs.dayString(document));
                row.set("kind", q.get("kind"));
                row.set("unit", q.get("unit"));
                row.set("value", q.get("value"));
                row.set("text", q.get("text"));
                row.put("sentence", sentence(text, q.path("start").asInt(-1), q.path("end").asInt(-1)));
            }
        }
        section.put("total", total);
    }

    /** The text around [start, end) up to the nearest sentence end either side (. ! ? or a line break). */
    static String sentence(int[] text, int start, int end) {
        if (start < 0 || end < start || end > text.length) {
            return null;
        }
        int from = start;
        while (from > 0 && start - from < MAX_SENTENCE && !ends(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length && to - end < MAX_SENTENCE && !(to > end && ends(text, to - 1))) {
            to++;
        }
        return new String(text, from, to - from).strip();
    }

    private static boolean ends(int[] text, int at) {
        int c = text[at];
        boolean stop = (c == '.' || c == '!' || c == '?') && (at + 1 >= text.length || Character.isWhitespace(text[at + 1]));
        return stop || c == '\n';
    }
}
