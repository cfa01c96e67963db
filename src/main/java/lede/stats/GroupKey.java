package lede.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@code --by} key: a period of the document's date (day, week, month, year) or any field, dots reaching
 * into objects ({@code source}, {@code meta.outlet}). The group of a document is the period or the field's
 * text (an object or array as JSON), null when the document has no date or no such field.
 */
public record GroupKey(String name, Docs.Period period) {
    public static GroupKey of(String name) {
        return new GroupKey(name, Docs.Period.of(name));
    }

    public String of(ObjectNode document) {
        if (period != null) {
            return period.of(Docs.day(document));
        }
        JsonNode value = Where.field(document, name);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }
}
