package lede.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code quantities}: money, percentages, measures, counts, ages and scores {@code {text, kind, value, unit, approx,
 * start, end, context: {start, end}}} ({@link QuantityFinder}); {@code approx} is false for an exact figure, else the
 * direction ("about", "more_than", ...); {@code unit} is null for a bare count; {@code context} is the span of the
 * sentence, in code points like {@code start} and {@code end}. The rules read the text itself, so this output
 * needs no CoreNLP analysis.
 */
final class QuantitiesOutput implements ExtractOutput {
    private static final QuantityFinder FINDER = new QuantityFinder();

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<Analysis> needs() {
        return EnumSet.noneOf(Analysis.class);
    }

    @Override
    public void addTo(ObjectNode document, AnnotatedDocument annotated) {
        ArrayNode quantities = document.putArray("quantities");
        for (QuantityFinder.Quantity q : FINDER.find(annotated.text())) {
            ObjectNode node = quantities.addObject();
            node.put("text", q.text());
            node.put("kind", q.kind());
            putNumber(node, "value", q.value());
            node.put("unit", q.unit());
            if (q.approx() == null) {
                node.put("approx", false);
            } else {
                node.put("approx", q.approx());
            }
            node.put("start", annotated.codePoint(q.start()));
            node.put("end", annotated.codePoint(q.end()));
            ObjectNode context = node.putObject("context");
            context.put("start", annotated.codePoint(q.contextStart()));
            context.put("end", annotated.codePoint(q.contextEnd()));
        }
    }

    /** Whole numbers as integers (2200000000, not 2.2E9). */
    static void putNumber(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 9.007199254740992E15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }
}
