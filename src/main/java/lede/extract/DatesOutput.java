package lede.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code dates}: every date or time expression SUTime found, {@code {text, value, start, end}}; {@code value}
 * is its TIMEX3 value ("2022-09-08", "2022-W36", "2022-09-09TMO"), relative expressions resolved against the
 * document's {@code date}, or null when SUTime gives none.
 */
final class DatesOutput implements ExtractOutput {
    private static final Set<String> DATE_TAGS = Set.of("DATE", "TIME");

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Analysis> needs() {
        return EnumSet.of(Analysis.NUMBERS_AND_DATES);
    }

    @Override
    public void addTo(ObjectNode document, AnnotatedDocument annotated) {
        ArrayNode dates = document.putArray("dates");
        String text = annotated.text();
        for (CoreMap sentence : annotated.sentences()) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int i = 0;
            while (i < tokens.size()) {
                CoreLabel first = tokens.get(i);
                if (first.ner() == null || !DATE_TAGS.contains(first.ner())) {
                    i++;
                    continue;
                }
                String value = first.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                int j = i + 1;
                while (j < tokens.size() && first.ner().equals(tokens.get(j).ner())
                        && Objects.equals(value, tokens.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                    j++;
                }
                int begin = first.beginPosition();
                int end = tokens.get(j - 1).endPosition();
                ObjectNode node = dates.addObject();
                node.put("text", text.substring(begin, end));
                node.put("value", value == null || value.isEmpty() ? null : value);
                node.put("start", annotated.codePoint(begin));
                node.put("end", annotated.codePoint(end));
                i = j;
            }
        }
    }
}
