package lede.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.EnumSet;
import java.util.Set;

/** {@code entities}: every named-entity mention {@code {text, type, canonical, start, end}}. */
final class EntitiesOutput implements ExtractOutput {
    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Analysis> needs() {
        return EnumSet.of(Analysis.NAMES);
    }

    @Override
    public void addTo(ObjectNode document, AnnotatedDocument annotated) {
        ArrayNode entities = document.putArray("entities");
        for (Entity e : annotated.entities()) {
            ObjectNode node = entities.addObject();
            node.put("text", e.text());
            node.put("type", e.type());
            node.put("canonical", e.canonical());
            node.put("start", annotated.codePoint(e.begin()));
            node.put("end", annotated.codePoint(e.end()));
        }
    }
}
