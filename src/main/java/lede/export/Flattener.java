package lede.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a JSON object into rows of cells named by dotted paths ({@code meta.places},
 * {@code quotes.speaker_mention.text}).
 * <ul>
 * <li>Nested objects flatten into dotted names.</li>
 * <li>An array becomes one cell: its values joined with {@code join}. For an array of objects each
 * sub-field gets its own column holding that field of every element, joined, with an empty value for an
 * element that lacks it, so {@code entities.text} and {@code entities.type} line up position by position.
 * An empty array or a null sets no cell but keeps its place in the column order.</li>
 * <li>With an explode path, the object yields one row per element of that array (none when the array is
 * missing or empty), each carrying the object's other chosen cells.</li>
 * <li>With fixed columns, a field naming an object, or an array holding objects, gets the value's JSON.</li>
 * </ul>
 */
public final class Flattener {
    private final Columns columns;
    private final String join;
    private final String explode;
    private final Set<String> skip;
    private final Row base = new Row();
    private final List<Row> elements = new ArrayList<>();
    private int elementCount;
    private boolean explodeSeen;
    private Row target;

    /**
     * @param explode dotted path of the array to explode, or null
     * @param skip    top-level fields to leave out (for fields written elsewhere)
     */
    public Flattener(Columns columns, String join, String explode, Set<String> skip) {
        this.columns = columns;
        this.join = join;
        this.explode = explode;
        this.skip = skip;
    }

    public Flattener(Columns columns, String join) {
        this(columns, join, null, Set.of());
    }

    /** Hands each row of {@code record} to {@code sink}; the row is reused, so copy what you keep. */
    public void rows(ObjectNode record, RowSink sink) throws IOException {
        base.clear();
        elementCount = 0;
        target = base;
        object(record, null, true);
        if (explode == null) {
            sink.accept(base);
            return;
        }
        int parentSize = base.size();
        for (int e = 0; e < elementCount; e++) {
            base.truncate(parentSize);
            Row element = elements.get(e);
            for (int i = 0; i < element.size(); i++) {
                base.add(element.column(i), element.cell(i));
            }
            sink.accept(base);
        }
    }

    /** Flattens {@code record} into {@code into} (cleared first), ignoring any explode path. */
    public void row(ObjectNode record, Row into) {
        into.clear();
        target = into;
        object(record, null, true);
    }

    /** True once some record held the explode path. */
    public boolean explodeSeen() {
        return explodeSeen;
    }

    private void object(ObjectNode node, String prefix, boolean top) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (top && skip.contains(field.getKey())) {
                continue;
            }
            String key = Columns.escape(field.getKey()); // {"a.b":..} and {"a":{"b":..}} are two columns
            String name = prefix == null ? key : prefix + "." + key;
            value(name, field.getValue());
        }
    }

    private void value(String name, JsonNode value) {
        if (explode != null && target == base && name.equals(explode)) {
            explodeSeen = true;
            explodeElements(name, value);
        } else if (value.isObject()) {
            if (columns.isField(name)) {
                add(name, TextNode.valueOf(value.toString()));
            } else if (columns.anyUnder(name) || leadsToExplode(name)) {
                object((ObjectNode) value, name, false);
            }
        } else if (value.isArray()) {
            if (columns.isField(name) && holdsContainers(value)) {
                add(name, TextNode.valueOf(value.toString()));
            } else if (columns.anyUnder(name)) {
                joinArray(name, (ArrayNode) value);
            }
        } else if (value.isNull()) {
            columns.reserve(name); // like an empty array: a place, no value (null may stand for an object)
        } else {
            add(name, value);
        }
    }

    private boolean leadsToExplode(String name) {
        return explode != null && explode.startsWith(name + ".");
    }

    private void explodeElements(String name, JsonNode value) {
        Row parent = target;
        if (value.isArray()) {
            for (JsonNode element : value) {
                explodeElement(name, element);
            }
        } else if (!value.isNull()) {
            explodeElement(name, value);
        }
        target = parent;
    }

    private void explodeElement(String name, JsonNode element) {
        if (elements.size() == elementCount) {
            elements.add(new Row());
        }
        Row row = elements.get(elementCount++);
        row.clear();
        target = row;
        if (element.isObject()) {
            object((ObjectNode) element, name, false);
        } else if (element.isArray()) {
            joinArray(name, (ArrayNode) element);
        } else {
            add(name, element);
        }
    }

    private void joinArray(String name, ArrayNode array) {
        if (array.isEmpty()) {
            columns.reserve(name);
            return;
        }
        StringBuilder scalars = null;
        Map<String, StringBuilder> fields = null;
        Set<String> valued = new HashSet<>();
        int position = 0;
        for (JsonNode element : array) {
            if (element.isObject()) {
                if (fields == null) {
                    fields = new LinkedHashMap<>();
                }
                Map<String, String> flat = new LinkedHashMap<>();
                flattenToText(name, (ObjectNode) element, flat);
                for (Map.Entry<String, String> f : flat.entrySet()) {
                    StringBuilder joined = fields.get(f.getKey());
                    if (joined == null) {
                        // earlier elements lacked this field: empty places keep the positions aligned
                        joined = new StringBuilder(join.repeat(position));
                        fields.put(f.getKey(), joined);
                    } else {
                        joined.append(join);
                    }
                    if (f.getValue() != null) {
                        joined.append(f.getValue());
                        valued.add(f.getKey());
                    }
                }
                for (Map.Entry<String, StringBuilder> f : fields.entrySet()) {
                    if (!flat.containsKey(f.getKey())) {
                        f.getValue().append(join);
                    }
                }
                position++;
            } else {
                if (scalars == null) {
                    scalars = new StringBuilder();
                } else {
                    scalars.append(join);
                }
                scalars.append(scalarText(element));
            }
        }
        if (scalars != null) {
            add(name, TextNode.valueOf(scalars.toString()));
        }
        if (fields != null) {
            for (Map.Entry<String, StringBuilder> f : fields.entrySet()) {
                if (valued.contains(f.getKey())) {
                    add(f.getKey(), TextNode.valueOf(f.getValue().toString()));
                } else {
                    columns.reserve(f.getKey()); // null in every element
                }
            }
        }
    }

    /** Flattens one array element to text cells (null for a null value); arrays inside it become their JSON. */
    private void flattenToText(String prefix, ObjectNode node, Map<String, String> into) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = prefix + "." + Columns.escape(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject() && !columns.isField(name)) {
                flattenToText(name, (ObjectNode) value, into);
            } else if (value.isNull()) {
                into.put(name, null); // no value: an empty place in the joined cell
            } else if (columns.accepts(name)) {
                into.put(name, scalarText(value));
            }
        }
    }

    private static String scalarText(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isContainerNode() ? value.toString() : value.asText();
    }

    private static boolean holdsContainers(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return true;
            }
        }
        return false;
    }

    private void add(String name, JsonNode cell) {
        int column = columns.indexOf(name);
        if (column >= 0) {
            target.add(column, cell);
            columns.filled(column);
        }
    }
}
