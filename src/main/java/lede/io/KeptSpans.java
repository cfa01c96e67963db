package lede.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a stage that cuts text out of {@code text} must do to the offsets: the spans of the old text that the
 * new text keeps, each copied unchanged to a new place, and the rule that moves every mention with them.
 * Offsets are code points (see {@code lede help format}), so {@code text[start:end]} still equals the mention
 * after the cut. A mention (any object with integer {@code start} and {@code end}: entities, quotes,
 * quantities, dates, speaker_mention, context, and whatever a later version adds) that lies inside one kept
 * span moves with it; one that touches cut text is dropped from its list (and counted), or set to null when
 * it is a field of a kept mention (a quote's {@code speaker_mention}).
 */
public final class KeptSpans {
    private static final Set<String> NOT_MENTIONS = Set.of("text", "title", "dup", "dedupe");

    private int[] oldFrom = new int[8];
    private int[] oldTo = new int[8];
    private int[] newFrom = new int[8];
    private int size;

    /**
     * Adds the span {@code [from, to)} of the old text (code points), found from {@code at} in the new text.
     * Spans are added in increasing order.
     */
    public void add(int from, int to, int at) {
        if (size == oldFrom.length) {
            oldFrom = Arrays.copyOf(oldFrom, size * 2);
            oldTo = Arrays.copyOf(oldTo, size * 2);
            newFrom = Arrays.copyOf(newFrom, size * 2);
        }
        oldFrom[size] = from;
        oldTo[size] = to;
        newFrom[size] = at;
        size++;
    }

    /**
     * Moves every mention of {@code document} (all fields but text, title, dup and dedupe) to the new text;
     * returns how many were dropped, by top-level field, in field order (empty when none).
     */
    public Map<String, Integer> moveMentions(ObjectNode document) {
        Map<String, Integer> dropped = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = document.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (NOT_MENTIONS.contains(field.getKey())) {
                continue;
            }
            JsonNode value = field.getValue();
            int n;
            if (isMention(value)) {
                n = moveMention((ObjectNode) value) ? 0 : 1;
                if (n > 0) {
                    field.setValue(NullNode.getInstance());
                }
            } else {
                n = move(value);
            }
            if (n > 0) {
                dropped.put(field.getKey(), n);
            }
        }
        return dropped;
    }

    /** Moves the mentions in and under {@code node}; returns how many elements were dropped from arrays. */
    private int move(JsonNode node) {
        int dropped = 0;
        if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                JsonNode element = array.get(i);
                if (!isMention(element)) {
                    dropped += move(element);
                } else if (!moveMention((ObjectNode) element)) {
                    array.remove(i);
                    dropped++;
                }
            }
        } else if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (!isMention(value)) {
                    dropped += move(value);
                } else if (!moveMention((ObjectNode) value)) {
                    field.setValue(NullNode.getInstance());
                }
            }
        }
        return dropped;
    }

    private static boolean isMention(JsonNode node) {
        return node instanceof ObjectNode object && object.path("start").isIntegralNumber()
                && object.path("end").isIntegralNumber();
    }

    /** Moves one mention (and the mentions inside it); false when it touches cut text. */
    private boolean moveMention(ObjectNode mention) {
        int start = mention.get("start").asInt();
        int end = mention.get("end").asInt();
        int span = spanOf(start, end);
        if (span < 0) {
            return false;
        }
        int shift = newFrom[span] - oldFrom[span];
        mention.set("start", IntNode.valueOf(start + shift));
        mention.set("end", IntNode.valueOf(end + shift));
        Iterator<Map.Entry<String, JsonNode>> fields = mention.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("start") && !field.getKey().equals("end")) {
                JsonNode value = field.getValue();
                if (!isMention(value)) {
                    move(value);
                } else if (!moveMention((ObjectNode) value)) {
                    field.setValue(NullNode.getInstance());
                }
            }
        }
        return true;
    }

    /** The kept span holding all of {@code [start, end)}, or -1. */
    private int spanOf(int start, int end) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (oldTo[mid] < start) {
                low = mid + 1;
            } else if (oldFrom[mid] > start) {
                high = mid - 1;
            } else {
                return end <= oldTo[mid] && start <= end ? mid : spanAfter(mid, start, end);
            }
        }
        return -1;
    }

    /** A span ending exactly at {@code start} may be followed by one starting there (an empty mention). */
    private int spanAfter(int mid, int start, int end) {
        return mid + 1 < size && oldFrom[mid + 1] == start && end <= oldTo[mid + 1] ? mid + 1 : -1;
    }
}
