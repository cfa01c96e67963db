package lede.export.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentView;
import lede.io.Json;
import lede.stats.Docs;

import java.util.List;

/**
 * The documents section: the first documents with title, date and source, their text (cut at a length) and the
 * code-point spans of their entities, quotes and numbers, which the page highlights.
 */
final class DocumentList {
    private DocumentList() {
    }

    static ObjectNode section(List<ObjectNode> documents, int cap, int maxChars) {
        ObjectNode section = Json.object();
        section.put("total", documents.size());
        section.put("cap", cap);
        section.put("chars_cap", maxChars);
        ArrayNode rows = section.putArray("rows");
        for (ObjectNode document : documents) {
            if (rows.size() >= cap) {
                break;
            }
            DocumentView view = new DocumentView(document);
            String text = Docs.text(document);
            int length = text.codePointCount(0, text.length());
            ObjectNode row = rows.addObject();
            row.put("id", view.id());
            row.put("title", view.title());
            row.put("date", Docs.dayString(document));
            row.set("source", document.get("source"));
            row.put("text", length <= maxChars ? text : text.substring(0, text.offsetByCodePoints(0, maxChars)));
            row.put("cut", length > maxChars);
            ArrayNode marks = row.putArray("marks");
            spans(marks, document.get("entities"), "entity", maxChars);
            spans(marks, document.get("quotes"), "quote", maxChars);
            spans(marks, document.get("quantities"), "number", maxChars);
        }
        return section;
    }

    /** [start, end, kind, label] for each element with offsets inside the shown text. */
    private static void spans(ArrayNode marks, JsonNode elements, String kind, int maxChars) {
        if (elements == null || !elements.isArray()) {
            return;
        }
        for (JsonNode element : elements) {
            int start = element.path("start").asInt(-1);
            int end = element.path("end").asInt(-1);
            if (start >= 0 && end > start && end <= maxChars) {
                ArrayNode mark = marks.addArray();
                mark.add(start).add(end).add(kind);
                JsonNode label = kind.equals("entity") ? element.get("type")
                        : kind.equals("quote") ? element.get("speaker") : element.get("kind");
                mark.add(label == null || label.isNull() ? "" : label.asText());
            }
        }
    }
}
