package lede.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The name dedupe gives a document in its marks and report (the text and date come from lede.io.DocumentView). */
final class DocumentFields {
    private DocumentFields() {
    }

    /** The document's {@code id}, or {@code #N} (its 1-based input position) when it has none. */
    static String idOf(ObjectNode document, int position) {
        JsonNode id = document.get("id");
        if (id == null || id.isNull() || id.isContainerNode()) {
            return "#" + (position + 1);
        }
        return id.asText();
    }
}
