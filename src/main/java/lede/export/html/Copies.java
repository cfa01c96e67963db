package lede.export.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentView;
import lede.io.Json;
import lede.stats.Docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The copies section: dedupe's clusters, the kept document first, each copy with its similarity. */
final class Copies {
    private Copies() {
    }

    static ObjectNode section(List<ObjectNode> documents) {
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode document : documents) {
            JsonNode dup = document.get("dup");
            if (dup == null || !dup.isObject()) {
                continue;
            }
            ObjectNode row = Json.object();
            row.set("cluster", dup.get("cluster"));
            row.put("id", Docs.id(document));
            row.put("role", dup.path("of").isTextual() ? "copy" : "kept");
            row.set("similarity", dup.get("similarity"));
            row.put("title", new DocumentView(document).title());
            row.put("date", Docs.dayString(document));
            row.set("source", document.get("source"));
            rows.add(row);
        }
        rows.sort(Comparator.comparing((ObjectNode r) -> r.path("cluster").asText())
                .thenComparing(r -> r.get("role").asText().equals("kept") ? 0 : 1)
                .thenComparing(r -> -r.path("similarity").asDouble(1))
                .thenComparing(r -> r.get("id").asText()));
        ObjectNode section = Json.object();
        ArrayNode array = section.putArray("rows");
        rows.forEach(array::add);
        return section;
    }
}
