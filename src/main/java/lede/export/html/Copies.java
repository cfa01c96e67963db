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

/**
 * The copies section: dedupe's clusters, the kept document first, each copy with its similarity; the first
 * clusters up to {@code cap} rows, and the similarity histogram of every copy.
 */
final class Copies {
    private Copies() {
    }

    /** Similarity buckets of the histogram: below 0.6, then tenths up to 1. */
    static final List<String> BUCKETS = List.of("<0.6", "0.6-0.7", "0.7-0.8", "0.8-0.9", "0.9-1");

    static ObjectNode section(List<ObjectNode> documents, int cap) {
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
        long[] buckets = new long[BUCKETS.size()];
        for (ObjectNode row : rows) {
            if (row.get("role").asText().equals("copy")) {
                // tenths counted from 0.5; the epsilon keeps 0.6 (0.6 - 0.5 = 0.0999... in doubles) in 0.6-0.7
                int tenth = (int) Math.floor(row.path("similarity").asDouble(1) * 10 + 1e-9) - 5;
                buckets[Math.min(BUCKETS.size() - 1, Math.max(0, tenth))]++;
            }
        }
        ArrayNode histogram = section.putArray("similarity");
        for (int i = 0; i < buckets.length; i++) {
            histogram.addObject().put("similarity", BUCKETS.get(i)).put("copies", buckets[i]);
        }
        // whole clusters only: stop before the cluster that would pass the cap
        int shown = 0;
        while (shown < rows.size()) {
            int end = shown + 1;
            while (end < rows.size() && rows.get(end).path("cluster").equals(rows.get(shown).path("cluster"))) {
                end++;
            }
            if (end > cap && shown > 0) {
                break;
            }
            shown = end;
        }
        ArrayNode array = section.putArray("rows");
        rows.subList(0, shown).forEach(array::add);
        section.put("total", rows.size());
        section.put("cap", cap);
        return section;
    }
}
